// Side effects enter through this one object, so tests pass fakes and nothing needs a TTY.
import { createReadStream, promises as fsp } from 'node:fs';
import type { Readable } from 'node:stream';
import { inquirerPrompter, type Prompter } from './cli/prompter.js';

export interface OutputStream {
  write(text: string): unknown;
  /** True only on a terminal: progress and colour are shown only then. */
  isTTY: boolean;
}

export interface Deps {
  now(): Date;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: OutputStream;
  stderr: OutputStream;
  /** Standard input, for the '-' path. */
  stdin(): Readable;
  openRead(path: string): Readable;
  readFile(path: string): Promise<Buffer>;
  /** Questions to a person; only `init` and `review` ask any. */
  prompter: Prompter;
}

export function realDeps(): Deps {
  return {
    now: () => new Date(),
    env: process.env,
    cwd: process.cwd(),
    stdout: { write: (text) => process.stdout.write(text), isTTY: Boolean(process.stdout.isTTY) },
    stderr: { write: (text) => process.stderr.write(text), isTTY: Boolean(process.stderr.isTTY) },
    stdin: () => process.stdin,
    openRead: (path) => createReadStream(path),
    readFile: (path) => fsp.readFile(path),
    prompter: inquirerPrompter(),
  };
}
