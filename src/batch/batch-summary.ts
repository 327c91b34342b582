// The JSON `petition batch --json` prints, one entry per packet, and the exit code it implies.
import type { ManifestFollows } from '../packet/build-packet.js';
import type { Message } from '../i18n/message.js';
import type { UserError } from '../errors.js';

/**
 * `delivered`: marked delivered in the ledger, so left as it was handed over (rebuilt only when named).
 * `empty`: a follow-up with no new signers, not built (a warning, as in `packet`; --allow-empty builds it).
 */
export type PacketStatus = 'built' | 'unchanged' | 'delivered' | 'empty' | 'failed';

export interface BatchFile {
  /** Relative to the packet folder, '/' separators. */
  path: string;
  bytes: number;
  sha256: string;
  pages?: number;
}

export interface BatchPacket {
  delivery: string;
  status: PacketStatus;
  /** The packet folder and its packet.pdf, as paths relative to the working folder. */
  outDir: string;
  packet: string | null;
  /** Signers in the list (for a follow-up, the new ones only). */
  signers: number | null;
  counts: { rows: number; rejected: number; accepted: number; duplicates: number; unique: number; pendingReview: number } | null;
  follows: ManifestFollows | null;
  files: BatchFile[];
  manifestSha256: string | null;
  warnings: string[];
  error: string | null;
  /** `warnings` in catalog form, for the terminal; not enumerable, so --json keeps the English. */
  readonly warningTexts?: Message[];
  /** What made the build fail, said on the terminal in the organizer's language; not enumerable. */
  readonly failure?: UserError | Message;
  /** How long the build took; 0 when unchanged or failed before building. */
  seconds: number;
}

export interface BatchSummary {
  campaign: string;
  packets: BatchPacket[];
  built: number;
  unchanged: number;
  delivered: number;
  empty: number;
  failed: number;
  /** What the campaign's ledger says that no packet's warnings would: a delivered line the campaign no longer names. */
  warnings?: string[];
  /** `warnings` in catalog form for the terminal; not enumerable, so --json keeps the English. */
  readonly warningTexts?: Message[];
}

/** 2 when a packet could not be built; 1 when all were built but some carry warnings; else 0. */
export function batchExitCode(summary: BatchSummary, codes: { done: number; problems: number; failed: number }): number {
  if (summary.failed > 0) return codes.failed;
  return summary.warnings?.length || summary.packets.some((p) => p.warnings.length > 0) ? codes.problems : codes.done;
}
