// Temporary files and folders: in use, so an interrupted run (Ctrl-C) removes them; and named after their process,
// so the next run sweeps what a killed one (SIGKILL, power loss) left behind. Signer data never outlives a crash
// for longer than until the next run.
//
// Folders live in one private folder per user in the system's temporary folder (petition-courier-UID, mode 0700),
// one subfolder per process (run-PID-RANDOM). Atomic writes' files sit beside their output as
// .NAME.PID-RANDOM.RANDOM.tmp, packets being built as the folder .NAME.PID-RANDOM.staging. A run removes the subfolders,
// .tmp files and staging folders of processes that are no longer alive.
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
// Process identity, not a side effect to fake: the one fact that tells a live run's files from a dead one's.
import { kill, pid } from 'node:process';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

const inUse = new Set<string>();
const TAG = `${pid}-${randomBytes(3).toString('hex')}`;
const RUN_FOLDER = /^run-(\d+)-[0-9a-f]+$/;
/** Exactly what openAtomicFile names: .NAME.PID-TAG.RANDOM.tmp, TAG 6 and RANDOM 8 hex digits. */
const TEMP_FILE_PID = /^\..+\.(\d+)-[0-9a-f]{6}\.[0-9a-f]{8}\.tmp$/;
/** What openStagingFolder names a packet being built: .NAME.PID-TAG.staging, a folder. */
const STAGING_FOLDER_PID = /^\..+\.(\d+)-[0-9a-f]{6}\.staging$/;
/** Folders swept by this run already (a packet writes six files into one). */
const swept = new Set<string>();

let runFolder: string | null = null;
let foldersInRun = 0;

/** "PID-RANDOM": what names this process's temporary files, so a later run can tell if their writer is alive. */
export function temporaryTag(): string {
  return TAG;
}

/** The per-user private folder in the system's temporary folder: created 0700, refused if someone else owns it. */
export function privateTemporaryRoot(base = tmpdir()): string {
  const uid = userInfo().uid;
  const root = temporaryRootPath(base);
  mkdirSync(root, { recursive: true, mode: 0o700 });
  const stat = lstatSync(root);
  if (!stat.isDirectory() || (uid >= 0 && stat.uid !== uid) || (stat.mode & 0o077) !== 0) {
    throw new UserError(msg('output.temp-not-private'), { file: root });
  }
  return root;
}

function temporaryRootPath(base: string): string {
  const uid = userInfo().uid;
  return join(base, `petition-courier-${uid >= 0 ? uid : userInfo().username}`);
}

/**
 * At the start of every run: the folders of runs that died (SIGKILL, power loss) go, also when this run makes no
 * temporary folder of its own (a `count` of files), so signer data outlives a crash only until the next run.
 */
export function sweepAfterCrashes(base = tmpdir()): void {
  try {
    if (!lstatSync(temporaryRootPath(base)).isDirectory()) return;
    sweepDeadRuns(privateTemporaryRoot(base));
  } catch {
    // No such folder, or not a private one: makeTemporaryFolder refuses the latter when a run needs a folder there.
  }
}

/** A new private folder, removed by removeTemporaryFolder, on interruption, or by the next run after a crash. */
export function makeTemporaryFolder(prefix: string): string {
  if (runFolder === null) {
    const root = privateTemporaryRoot();
    sweepDeadRuns(root);
    runFolder = join(root, `run-${TAG}`);
    mkdirSync(runFolder, { recursive: true, mode: 0o700 });
  }
  const dir = mkdtempSync(join(runFolder, prefix));
  foldersInRun++;
  trackTemporary(dir);
  return dir;
}

export function removeTemporaryFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  if (inUse.has(dir)) foldersInRun--;
  untrackTemporary(dir);
  if (foldersInRun === 0) removeRunFolder();
}

export function trackTemporary(path: string): void {
  inUse.add(path);
}

export function untrackTemporary(path: string): void {
  inUse.delete(path);
}

/** Removes every temporary path still in use. Synchronous: it runs in a signal handler, just before exit. */
export function removeTemporaries(): void {
  for (const path of inUse) rmSync(path, { recursive: true, force: true });
  inUse.clear();
  foldersInRun = 0;
  removeRunFolder();
}

/**
 * Removes, in `dir`, the temporary files of atomic writes and the staging folders of packets whose process is gone
 * (killed while it wrote), whatever output they were for: a SIGKILLed run's signer data goes at the next write into
 * that folder. Only regular files and folders named exactly as openAtomicFile and openStagingFolder name them; once
 * per folder a run.
 */
export function sweepStaleTemporaries(dir: string): void {
  if (swept.has(dir)) return;
  swept.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = TEMP_FILE_PID.exec(name);
    const folder = file ? null : STAGING_FOLDER_PID.exec(name);
    const owner = file ?? folder;
    if (!owner || isAlive(Number(owner[1]))) continue;
    const path = join(dir, name);
    try {
      const found = lstatSync(path);
      if (file && found.isFile()) rmSync(path, { force: true });
      if (folder && found.isDirectory()) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
}

function sweepDeadRuns(root: string): void {
  for (const name of readdirSync(root)) {
    const owner = RUN_FOLDER.exec(name);
    if (owner && !isAlive(Number(owner[1]))) rmSync(join(root, name), { recursive: true, force: true });
  }
}

function removeRunFolder(): void {
  if (runFolder === null) return;
  try {
    rmdirSync(runFolder);
    runFolder = null;
  } catch (error) {
    // Not empty (a folder made outside makeTemporaryFolder): the next run sweeps it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') runFolder = null;
  }
}

function isAlive(processId: number): boolean {
  if (processId === pid) return true;
  try {
    kill(processId, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
