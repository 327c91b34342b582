// One build at a time into an output folder: two `packet` runs into one folder both said they had built their packet
// there, and one silently replaced the other (with --mark-delivered, the ledger recorded a packet that was nowhere).
// The lock is a file beside the folder (the folder itself is replaced whole when a packet is moved into place).
import { existsSync, promises as fsp } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { holdLock, type LockMessages } from '../ledger/ledger-lock.js';
import { trackTemporary, untrackTemporary } from './temporary-paths.js';
import { makeFolders, writeFailure, type OpenWrite } from './atomic-write.js';
import { UserError } from '../errors.js';

const FOLDER_MESSAGES: LockMessages = { cannotLock: 'output.folder-cannot-lock', locked: 'output.folder-locked', unreadable: 'output.folder-lock-unreadable' };

/** A second run stops at once (exit 2) rather than wait: it would then find the first one's packet there. */
const FOLDER_TIMINGS = { waitMs: 0, ownerlessStaleMs: 5 * 1000, staleMs: 24 * 60 * 60 * 1000 };

/** `.NAME.lock` beside the output folder NAME. */
export function outputFolderLockPath(outDir: string): string {
  const target = resolve(outDir);
  return join(dirname(target), `.${basename(target)}.lock`);
}

/** Takes the output folder's lock, or stops naming the run that holds it; resolves to what releases it. */
export async function lockOutputFolder(outDir: string, open?: OpenWrite): Promise<() => Promise<void>> {
  const lock = outputFolderLockPath(outDir);
  const made = firstMissingFolder(dirname(lock));
  try {
    await makeFolders(dirname(lock), open);
  } catch (error) {
    throw writeFailure(outDir, error);
  }
  // Removed on Ctrl-C with the run's other temporary files; a lock left by a killed run is taken over (its process is gone).
  trackTemporary(lock);
  let unlock: () => Promise<void>;
  try {
    unlock = await holdLock(lock, FOLDER_MESSAGES, FOLDER_TIMINGS);
  } catch (error) {
    untrackTemporary(lock);
    await removeEmptyFolders(dirname(lock), made);
    // A folder where nothing can be written (read-only, full) is said of the output folder, as any write to it would be.
    const cause = error instanceof UserError ? (error.cause as NodeJS.ErrnoException | undefined) : undefined;
    if (cause?.syscall === 'open' && cause.code !== undefined) throw writeFailure(outDir, cause);
    throw error;
  }
  return async () => {
    await unlock();
    untrackTemporary(lock);
    await removeEmptyFolders(dirname(lock), made);
  };
}

/** The outermost folder of `dir` that does not exist yet (the lock's folders are made for it), or undefined. */
function firstMissingFolder(dir: string): string | undefined {
  let missing: string | undefined;
  for (let at = resolve(dir); !existsSync(at); at = dirname(at)) {
    missing = at;
    if (dirname(at) === at) break;
  }
  return missing;
}

/**
 * The folders made for the lock, from `dir` up to `made`, where the run left them empty: a run refused inside another
 * packet (`press -o PACKET/a/b`) must not leave `a/` there, which that packet's manifest does not list.
 */
async function removeEmptyFolders(dir: string, made: string | undefined): Promise<void> {
  if (made === undefined) return;
  for (let at = resolve(dir); at.length >= made.length; at = dirname(at)) {
    try {
      await fsp.rmdir(at);
    } catch {
      return;
    }
    if (at === made) return;
  }
}
