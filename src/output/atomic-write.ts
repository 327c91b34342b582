// Writes a file under a temporary name beside it and renames it into place, so a crash never leaves half a file.
import { createWriteStream, promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { trackTemporary, untrackTemporary } from './temporary-paths.js';

const PROCESS_TAG = randomBytes(3).toString('hex');
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface AtomicWriteOptions {
  /** File mode; files holding personal data are created 0o600 (owner only). */
  mode?: number;
}

export interface AtomicFile {
  stream: Writable;
  /** Flushes, syncs and renames the file into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the previous file under the final name stays as it was. */
  abort(): Promise<void>;
}

/** Opens `path` for an atomic write: everything goes to a temporary file beside it until commit(). */
export async function openAtomicFile(path: string, options: AtomicWriteOptions = {}): Promise<AtomicFile> {
  const dir = dirname(path);
  await fsp.mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${PROCESS_TAG}.${randomBytes(4).toString('hex')}.tmp`);
  const stream = createWriteStream(temp, { mode: options.mode ?? 0o644, flags: 'wx' });
  trackTemporary(temp);
  return {
    stream,
    async commit() {
      stream.end();
      await finished(stream);
      const handle = await fsp.open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsp.rename(temp, path);
      untrackTemporary(temp);
    },
    async abort() {
      stream.destroy();
      await fsp.rm(temp, { force: true });
      untrackTemporary(temp);
    },
  };
}

/** Streams into `path` atomically: `fill` writes to the stream; the caller does not end it. */
export async function writeFileAtomic(
  path: string,
  fill: (out: Writable) => Promise<void> | void,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const file = await openAtomicFile(path, options);
  try {
    await fill(file.stream);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

/** Writes a whole string or buffer atomically. */
export function writeWholeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  return writeFileAtomic(path, (out) => {
    out.write(data);
  }, options);
}
