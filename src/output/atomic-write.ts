// Writes a file under a temporary name beside it and renames it into place, so a crash never leaves half a file.
// A write that fails (disk full, file too large, no permission) is a UserError naming the file, and the temporary
// file, which may hold personal data, is removed.
import { createWriteStream, existsSync, promises as fsp } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { UserError } from '../errors.js';
import { temporaryTag, trackTemporary, untrackTemporary, sweepStaleTemporaries } from './temporary-paths.js';
import { msg, type Message } from '../i18n/message.js';
import { english } from '../i18n/translator.js';

/**
 * Opens a file for writing: Deps.openWrite, so tests can make the disk fill up or refuse. `makeFolder` makes one
 * folder whose parent exists (fs.mkdir without `recursive`); tests pass one that a read-only disk refuses.
 */
export type OpenWrite = ((path: string, options: { mode: number; flags: string }) => Writable) & { makeFolder?: (path: string) => Promise<void> };

export const realOpenWrite: OpenWrite = (path, options) => createWriteStream(path, options);

const realMakeFolder = async (path: string): Promise<void> => {
  await fsp.mkdir(path);
};

/**
 * Makes `dir` and its missing parents one at a time, so a refusal is reported as itself: Node's recursive mkdir
 * reports ENOENT when a read-only disk (EROFS) refuses a folder, sending the user after a path that is fine.
 */
export async function makeFolders(dir: string, open?: OpenWrite): Promise<void> {
  const makeFolder = open?.makeFolder ?? realMakeFolder;
  const missing: string[] = [];
  for (let path = resolve(dir); ; path = dirname(path)) {
    const found = await fsp.stat(path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : Promise.reject(error)));
    if (found) {
      if (!found.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
      break;
    }
    if (dirname(path) === path) break;
    missing.unshift(path);
  }
  for (const path of missing) {
    try {
      await makeFolder(path);
    } catch (error) {
      // Made meanwhile by a run beside this one.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export interface AtomicWriteOptions {
  /** File mode; files holding personal data are created 0o600 (owner only). */
  mode?: number;
  open?: OpenWrite;
}

export interface AtomicFile {
  stream: Writable;
  /** Flushes and syncs the temporary file; a failure removes it and is thrown naming the file. */
  prepare(): Promise<void>;
  /** Flushes, syncs (unless prepared) and renames the file into place. */
  commit(): Promise<void>;
  /**
   * As commit(), but only where no file has the name yet (a hard link, which refuses a name that exists, where a
   * rename would replace it): false, and the temporary file removed, when another run made the file first.
   */
  commitIfAbsent(): Promise<boolean>;
  /** Removes the temporary file; the previous file under the final name stays as it was. */
  abort(): Promise<void>;
  /**
   * After something went wrong while filling it: removes the temporary file and gives the error to throw. When the
   * file's own stream failed (the disk filled up mid-write), that is the cause, named with the file: a writer that
   * waited on the stream rejects with the bare system error (`ENOSPC: no space left on device, write`, no path).
   */
  abortWith(error: unknown): Promise<unknown>;
}

/** "cannot write it: no space left on the disk (ENOSPC)", with the file it was meant for. */
export function writeFailure(path: string, error: unknown): UserError {
  if (error instanceof UserError) return error;
  // ENOENT where the folder exists: a file system where no file can be made (/proc), not a missing folder.
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = code === 'ENOENT' && existsSync(dirname(path)) ? msg('system.ENOENT-folder-exists', { code }) : systemReasonText(error);
  return new UserError(msg('output.cannot-write', { reason }), { file: path }, { cause: error });
}

/** "no space left on the disk (ENOSPC)": an operating system's error in words. */
export function systemReason(error: unknown): string {
  return english().say(systemReasonText(error));
}

/** The reason in catalog form (system.ENOSPC, …) where the catalogs name it; the system's own words otherwise. */
export function systemReasonText(error: unknown): string | Message {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (!code) return error instanceof Error ? error.message : String(error);
  return SYSTEM_ERRORS.has(code) ? msg(`system.${code}`, { code }) : `${(error as Error).message} (${code})`;
}

const SYSTEM_ERRORS = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'EMFILE']);

/** Opens `path` for an atomic write: everything goes to a temporary file beside it until commit(). */
export async function openAtomicFile(path: string, options: AtomicWriteOptions = {}): Promise<AtomicFile> {
  const dir = dirname(path);
  try {
    await makeFolders(dir, options.open);
  } catch (error) {
    throw writeFailure(path, error);
  }
  await refuseSpecialFile(path);
  sweepStaleTemporaries(resolve(dir));
  const temp = join(dir, `.${basename(path)}.${temporaryTag()}.${randomBytes(4).toString('hex')}.tmp`);
  trackTemporary(temp);
  const stream = (options.open ?? realOpenWrite)(temp, { mode: options.mode ?? 0o644, flags: 'wx' });
  // Kept, not thrown: the writer goes on writing into a failed stream (writes are ignored) and commit() reports it.
  let failure: unknown = null;
  stream.on('error', (error) => {
    failure ??= error;
  });
  const abort = async (): Promise<void> => {
    stream.destroy();
    await fsp.rm(temp, { force: true });
    untrackTemporary(temp);
  };
  let prepared = false;
  const prepare = async (): Promise<void> => {
    if (prepared) return;
    try {
      if (failure) throw failure;
      stream.end();
      await finished(stream);
      if (failure) throw failure;
      const handle = await fsp.open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      prepared = true;
    } catch (error) {
      await abort();
      throw writeFailure(path, failure ?? error);
    }
  };
  return {
    stream,
    async abortWith(error) {
      // Only a failure of its own, before this abort: destroying the stream makes pending writes fail too
      // (ERR_STREAM_DESTROYED), which would blame this file for another's error.
      const own = failure;
      await abort();
      return own ? writeFailure(path, own) : error;
    },
    prepare,
    async commit() {
      await prepare();
      try {
        await fsp.rename(temp, path);
        untrackTemporary(temp);
      } catch (error) {
        await abort();
        throw writeFailure(path, error);
      }
    },
    async commitIfAbsent() {
      await prepare();
      try {
        await fsp.link(temp, path);
      } catch (error) {
        await abort();
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw writeFailure(path, error);
      }
      await abort();
      return true;
    },
    abort,
  };
}

/**
 * Commits files that belong together (dedupe's merged.csv with its clusters.csv): every one is written out and synced
 * before any is renamed into place, so a disk that fills up on the last leaves all the earlier ones as they were.
 */
export async function commitTogether(files: readonly AtomicFile[]): Promise<void> {
  try {
    for (const file of files) await file.prepare();
  } catch (error) {
    await Promise.all(files.map((file) => file.abort()));
    throw error;
  }
  for (const file of files) await file.commit();
}

/**
 * A device, FIFO or socket in the output's place would be replaced by the rename, and as root that replaces
 * /dev/full or /dev/null with a file of signer data: only a regular file, or none yet, is written.
 */
async function refuseSpecialFile(path: string): Promise<void> {
  const found = await fsp.stat(path).catch(() => null);
  if (found && !found.isFile()) {
    const kind = found.isDirectory() ? 'a folder' : 'not a regular file (a device, pipe or socket)';
    throw new UserError(msg('output.not-a-file', { kind }), { file: path });
  }
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
  } catch (error) {
    throw await file.abortWith(error);
  }
  await file.commit();
}

/** Writes a whole string or buffer atomically. */
export function writeWholeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  return writeFileAtomic(path, (out) => {
    out.write(data);
  }, options);
}
