// A press kit that cannot be written whole leaves nothing of itself: a disk that fills up at the cards used to leave
// the posters written before them in the output folder (verifyO F8).
import { afterAll, describe, expect, it } from '@jest/globals';
import { createWriteStream, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';
import type { OpenWrite } from '../../src/output/atomic-write.js';

afterAll(removeTestTempDirs);

/** The first card's write fails as a full disk does; every other file is written as usual. */
const diskFullAtCard: OpenWrite = (path, options) => {
  const real = createWriteStream(path, options);
  if (!path.includes('card-en.png')) return real;
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

describe('petition press on a full disk', () => {
  it('names the file it could not write, exits 2, and leaves no poster, card or staging folder behind', async () => {
    const campaign = tinyCampaign('name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n');
    const root = dirname(campaign);
    const out = join(root, 'kit');
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', out], { openWrite: diskFullAtCard });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(join(out, 'card-en.png'));
    expect(result.stderr).toContain('ENOSPC');
    expect(result.stderr).not.toContain('.staging');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(readdirSync(root).filter((name) => name.endsWith('.staging') || name.endsWith('.tmp'))).toEqual([]);

    const again = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', out]);
    expect(again.code).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['poster-en.pdf', 'card-en.png', 'press-release-en.md', 'manifest.json']));
  });
});
