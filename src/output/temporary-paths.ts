// Temporary files and folders in use, so an interrupted run (Ctrl-C) removes them rather than leaving them behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const inUse = new Set<string>();

/** A new private folder in the system's temporary folder, removed by removeTemporaryFolder or on interruption. */
export function makeTemporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  trackTemporary(dir);
  return dir;
}

export function removeTemporaryFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  untrackTemporary(dir);
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
}
