// What the last batch built, per delivery (`.petition/batch-state.json`): its input fingerprint and summary.
import { promises as fsp } from 'node:fs';
import { writeWholeFileAtomic } from '../output/atomic-write.js';
import type { BatchPacket } from './batch-summary.js';
import type { Message } from '../i18n/message.js';

export interface BuiltPacket {
  fingerprint: string;
  /** SHA-256 of the packet's manifest.json: a packet folder changed by hand is rebuilt. */
  manifestSha256: string;
  summary: BatchPacket;
  /** The summary's warnings in catalog form, so an unchanged packet's warnings are said in the organizer's language. */
  warningTexts?: Message[];
}

export interface BatchState {
  version: 1;
  packets: Record<string, BuiltPacket>;
}

export function emptyBatchState(): BatchState {
  return { version: 1, packets: {} };
}

/** A missing or unreadable state means nothing is known to be built: everything is rebuilt, nothing is lost. */
export async function readBatchState(path: string): Promise<BatchState> {
  try {
    const parsed = JSON.parse(await fsp.readFile(path, 'utf8')) as Partial<BatchState>;
    if (parsed.version !== 1 || typeof parsed.packets !== 'object' || parsed.packets === null) return emptyBatchState();
    return { version: 1, packets: parsed.packets };
  } catch {
    return emptyBatchState();
  }
}

export function writeBatchState(path: string, state: BatchState): Promise<void> {
  return writeWholeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`);
}
