// A disk that fills up at one file: the OpenWrite fake tests pass to runMain to inject ENOSPC on a named output.
import { createWriteStream } from 'node:fs';
import { Writable } from 'node:stream';
import type { OpenWrite } from '../../src/output/atomic-write.js';

/** Every write to a path holding `fragment` fails as a full disk does; every other file is written as usual. */
export function diskFullAt(fragment: string): OpenWrite {
  return (path, options) => {
    const real = createWriteStream(path, options);
    if (!path.includes(fragment)) return real;
    real.on('error', () => undefined);
    return new Writable({
      write: (_chunk, _encoding, done) => done(Object.assign(new Error('ENOSPC: injected, write'), { code: 'ENOSPC', syscall: 'write' })),
      final: (done) => real.end(done),
      destroy: (error, done) => {
        real.destroy();
        done(error);
      },
    });
  };
}
