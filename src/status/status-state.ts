// What the last `petition status` saw (`.petition/status-state.json`): when, and each export's size and hash.
import { promises as fsp } from 'node:fs';
import { dirname } from 'node:path';
import { writeWholeFileAtomic } from '../output/atomic-write.js';
import type { FileDigestRecord } from './file-changes.js';

export interface StatusState {
  at: string;
  files: Record<string, FileDigestRecord>;
}

export async function readStatusState(path: string): Promise<StatusState | null> {
  try {
    const parsed = JSON.parse(await fsp.readFile(path, 'utf8')) as Partial<StatusState>;
    return typeof parsed.at === 'string' && typeof parsed.files === 'object' && parsed.files !== null ? { at: parsed.at, files: parsed.files } : null;
  } catch {
    return null;
  }
}

export async function writeStatusState(path: string, state: StatusState): Promise<void> {
  await fsp.mkdir(dirname(path), { recursive: true });
  await writeWholeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
}
