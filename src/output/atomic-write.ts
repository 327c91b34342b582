// Writes a file under a temporary name beside it and renames it into place, so a crash never leaves half a file.
import { createWriteStream, promises as fsp } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const PROCESS_TAG = randomBytes(3).toString('hex');
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface AtomicWriteOptions {
  /** File mode; files holding personal data are created 0o600 (owner only). */
  mode?: number;
}

/** Streams into `path` atomically: `fill` writes to the stream; the caller does not end it. */
export async function writeFileAtomic(
  path: string,
  fill: (out: Writable) => Promise<void> | void,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = dirname(path);
  await fsp.mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${PROCESS_TAG}.${randomBytes(4).toString('hex')}.tmp`);
  const out = createWriteStream(temp, { mode: options.mode ?? 0o644, flags: 'wx' });
  try {
    await fill(out);
    out.end();
    await finished(out);
    const handle = await fsp.open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fsp.rename(temp, path);
  } catch (error) {
    out.destroy();
    await fsp.rm(temp, { force: true });
    throw error;
  }
}

/** Writes a whole string or buffer atomically. */
export function writeWholeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  return writeFileAtomic(path, (out) => {
    out.write(data);
  }, options);
}
