// One writer at a time on the ledger (and on the sheet register): an O_EXCL lock file beside it, with a lock left by a dead process taken over.
import { promises as fsp, type Stats } from 'node:fs';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
// The lock names the operating-system process that holds it; a fake process id would make no lock at all.
import { kill, pid as ownPid } from 'node:process';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

/** A lock this old is taken over even if its owner cannot be checked (another host on a shared folder). */
const STALE_MS = 10 * 60 * 1000;
/** How long a writer waits for others before giving up: a million-signer line takes seconds, not minutes. */
const WAIT_MS = 2 * 60 * 1000;
/**
 * A lock file with no owner in it this long after it was last written is stale: its creator was killed between
 * creating it and writing its owner, a gap of milliseconds. Without this limit such a lock would block every writer.
 */
const OWNERLESS_STALE_MS = 5 * 1000;

/** How long to wait and when a lock counts as abandoned; tests shorten them instead of waiting minutes. */
export interface LockTimings {
  waitMs: number;
  ownerlessStaleMs: number;
  /** A lock this old is taken over even if its owner cannot be checked; 10 minutes unless told. */
  staleMs?: number;
}

const REAL_TIMINGS: LockTimings = { waitMs: WAIT_MS, ownerlessStaleMs: OWNERLESS_STALE_MS };

interface LockOwner {
  pid: number;
  host: string;
  since: number;
  token: string;
}

export function lockPathOf(path: string): string {
  return `${path}.lock`;
}

/** The catalog keys that say what is locked when locking fails. */
export interface LockMessages {
  cannotLock: string;
  locked: string;
  unreadable: string;
}

const LEDGER_MESSAGES: LockMessages = { cannotLock: 'ledger.cannot-lock', locked: 'ledger.locked', unreadable: 'ledger.lock-unreadable' };

/** Runs `work` while holding the ledger's lock; the lock is removed afterwards, also when `work` throws. */
export function withLedgerLock<T>(path: string, work: () => Promise<T>, timings: LockTimings = REAL_TIMINGS): Promise<T> {
  return withFileLock(path, work, LEDGER_MESSAGES, timings);
}

/** Runs `work` while holding an exclusive lock on `path` (a read-modify-write of a file other runs also rewrite). */
export async function withFileLock<T>(path: string, work: () => Promise<T>, messages: LockMessages, timings: LockTimings = REAL_TIMINGS): Promise<T> {
  const unlock = await holdLock(lockPathOf(path), messages, timings);
  try {
    return await work();
  } finally {
    await unlock();
  }
}

/** Takes the lock file `lock` (waiting as `timings` say); resolves to what removes it, for work that spans several steps. */
export async function holdLock(lock: string, messages: LockMessages, timings: LockTimings = REAL_TIMINGS): Promise<() => Promise<void>> {
  const owner: LockOwner = { pid: ownPid, host: hostname(), since: Date.now(), token: randomBytes(8).toString('hex') };
  await acquire(lock, owner, messages, timings);
  return () => release(lock, owner, messages);
}

async function acquire(lock: string, owner: LockOwner, messages: LockMessages, timings: LockTimings): Promise<void> {
  const giveUpAt = Date.now() + timings.waitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await fsp.open(lock, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(owner));
      } finally {
        await handle.close();
      }
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new UserError(msg(messages.cannotLock, { reason: (error as NodeJS.ErrnoException).code ?? String(error) }), { file: lock }, { cause: error });
      }
    }
    const holder = await readOwner(lock, messages);
    if (holder === 'gone') continue;
    const abandoned = holder ? null : await abandonedOwnerless(lock, timings);
    if (holder && isStale(holder, timings.staleMs ?? STALE_MS)) await takeOver(lock, { token: holder.token }, messages);
    else if (abandoned) await takeOver(lock, abandoned, messages);
    else {
      if (Date.now() > giveUpAt) {
        const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another process';
        throw new UserError(msg(messages.locked, { who }), { file: lock });
      }
      await sleep(Math.min(200, 5 + attempt * 5) * (0.5 + Math.random()));
    }
  }
}

/** The lock's owner; null while its owner is still writing it (or it is damaged), 'gone' when it was just removed. */
async function readOwner(lock: string, messages: LockMessages): Promise<LockOwner | null | 'gone'> {
  let text: string;
  try {
    text = await fsp.readFile(lock, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw new UserError(msg(messages.unreadable, { reason: (error as NodeJS.ErrnoException).code ?? String(error) }), { file: lock }, { cause: error });
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.since === 'number' && typeof value.token === 'string') {
      return value as LockOwner;
    }
  } catch {
    // An owner between creating the file and writing it: treated as alive until the age limit says otherwise.
  }
  return null;
}

/** Which file an ownerless lock is (its inode), when it has stayed ownerless longer than any creator takes to write it. */
async function abandonedOwnerless(lock: string, timings: LockTimings): Promise<FileIdentity | null> {
  let stat: Stats;
  try {
    stat = await fsp.stat(lock);
  } catch {
    return null; // Gone meanwhile: the next attempt creates it.
  }
  if (Date.now() - stat.mtimeMs <= timings.ownerlessStaleMs) return null;
  return { dev: stat.dev, ino: stat.ino };
}

function isStale(holder: LockOwner, staleMs: number): boolean {
  if (Date.now() - holder.since > staleMs) return true;
  return holder.host === hostname() && !processAlive(holder.pid);
}

function processAlive(pid: number): boolean {
  try {
    kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What identifies the lock judged stale: its owner's token, or for a lock with no owner written, the file itself. */
type FileIdentity = { dev: number; ino: number };
type StaleLock = { token: string } | FileIdentity;

/**
 * Moves the stale lock aside under a name of our own (rename is atomic, so only one process wins it), then checks
 * that what moved is the lock judged stale. If a live writer's fresh lock was moved instead, it is put back with
 * link(), which fails rather than overwrite a lock someone else created meanwhile.
 */
async function takeOver(lock: string, stale: StaleLock, messages: LockMessages): Promise<void> {
  const aside = `${lock}.${ownPid}.${randomBytes(4).toString('hex')}.stale`;
  try {
    await fsp.rename(lock, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (!(await isTheStaleLock(aside, stale, messages))) {
    await fsp.link(aside, lock).catch(() => undefined);
  }
  await fsp.rm(aside, { force: true });
}

async function isTheStaleLock(aside: string, stale: StaleLock, messages: LockMessages): Promise<boolean> {
  const moved = await readOwner(aside, messages);
  if (moved === 'gone') return true;
  if ('token' in stale) return moved?.token === stale.token;
  // A writer that created a new lock after the stale one was judged would have a new file, even while still empty.
  if (moved !== null) return false;
  const now = await fsp.stat(aside).catch(() => null);
  return now !== null && now.dev === stale.dev && now.ino === stale.ino;
}

async function release(lock: string, owner: LockOwner, messages: LockMessages): Promise<void> {
  const holder = await readOwner(lock, messages);
  // Only our own lock is removed: one taken over after we were presumed dead belongs to someone else now.
  if (holder !== 'gone' && holder?.token === owner.token) await fsp.rm(lock, { force: true });
}

function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
