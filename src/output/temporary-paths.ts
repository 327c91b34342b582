// Temporary files and folders in use, so an interrupted run (Ctrl-C) removes them rather than leaving them behind.
import { rmSync } from 'node:fs';

const inUse = new Set<string>();

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
