// Side effects enter through this one object, so tests pass fakes and nothing needs a TTY.
import { constants, createReadStream, openSync, promises as fsp } from 'node:fs';
import { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { inquirerPrompter, type Prompter } from './cli/prompter.js';
import { realOpenWrite, type OpenWrite } from './output/atomic-write.js';
import { freeBytesIn, MAX_SPOOL_BYTES } from './read/spool-limit.js';
import { statPath } from './read/stat-path.js';

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
  /** Opens an output's temporary file for writing; tests pass one that fills the disk or is refused. */
  openWrite?: OpenWrite;
  /**
   * How much of a pipe or standard input may be copied to the temporary folder (MAX_SPOOL_BYTES, statfs unless told);
   * tests pass a small limit instead of writing gigabytes.
   */
  spoolSpace?: SpoolSpace;
  /** Questions to a person; only `init` and `review` ask any. */
  prompter: Prompter;
  /**
   * A full garbage collection, between phases that each need much memory. V8 frees dead array buffers only once
   * their total grows past a limit, so tens of MB of a finished phase can still be resident when the next begins.
   */
  collectGarbage(): void;
}

export interface SpoolSpace {
  maxBytes: number;
  freeBytes(folder: string): Promise<number>;
}

export const realSpoolSpace: SpoolSpace = { maxBytes: MAX_SPOOL_BYTES, freeBytes: freeBytesIn };

export function realDeps(): Deps {
  return {
    now: () => new Date(),
    env: process.env,
    cwd: process.cwd(),
    // A reader that went away (`| head -1`) destroys the stream (src/cli/run.ts listens): later text goes nowhere.
    stdout: { write: (text) => process.stdout.destroyed || process.stdout.write(text), isTTY: Boolean(process.stdout.isTTY) },
    stderr: { write: (text) => process.stderr.destroyed || process.stderr.write(text), isTTY: Boolean(process.stderr.isTTY) },
    stdin: () => process.stdin,
    openRead,
    readFile: (path) => fsp.readFile(path),
    openWrite: realOpenWrite,
    spoolSpace: realSpoolSpace,
    prompter: inquirerPrompter(),
    collectGarbage: fullGarbageCollection,
  };
}

/**
 * A FIFO is opened without blocking and read on the event loop: opened the usual way, its open (and each read) ties
 * up an I/O thread until a writer comes, and a process waiting on such a thread cannot end, not even on SIGTERM.
 */
function openRead(path: string): Readable {
  let fifo = false;
  try {
    fifo = statPath(path).isFIFO();
  } catch {
    // The stream reports the error (no such file, no permission) when it opens.
  }
  if (!fifo) return createReadStream(path);
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  return new Socket({ fd, readable: true, writable: false });
}

let exposedGc: (() => void) | undefined;

function fullGarbageCollection(): void {
  if (!exposedGc) {
    // Node's documented way to reach gc() without starting node with --expose-gc.
    setFlagsFromString('--expose-gc');
    exposedGc = runInNewContext('gc') as () => void;
  }
  exposedGc();
}
