// Each ledger line carries the seal of the line written before it (`previousSeal`), inside its own MAC: a line
// deleted by a sync conflict or a hand edit, moved, or inserted breaks the chain at the line after it, as an
// unreadable line does. Ledgers written before lines were chained stay readable; the first chained line is sealed
// after their last line, and every line after a chained one must be chained. Deleting the LAST line leaves no line
// after it to notice: the ledger's end is recorded beside it for that (ledger-head.ts).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../text/canonical-json.js';
import type { LedgerEntry } from './ledger-entry.js';

/** What the first line of a chained ledger says it follows: nothing. */
export const CHAIN_START = 'start';

/**
 * A line's seal: its MAC; for a line an older version wrote without one, a hash of what names its delivery (not its
 * keys, which openKeyedLedger rewrites once under the campaign secret).
 */
export function sealOf(entry: LedgerEntry): string {
  if (entry.mac !== undefined) return entry.mac;
  const { delivery, date, markedAt, manifestSha256, signerListFingerprint } = entry;
  return createHash('sha256').update(canonicalJson({ delivery, date, markedAt, manifestSha256, signerListFingerprint })).digest('hex');
}

/** The `previousSeal` of a line appended after `entries`. */
export function nextLink(entries: readonly LedgerEntry[]): string {
  const last = entries.at(-1);
  return last === undefined ? CHAIN_START : sealOf(last);
}

/** Follows the chain line by line; `linked` is false for the first line where it breaks. */
export class ChainWalk {
  private previous: LedgerEntry | undefined;
  private chained = false;
  /** After an unreadable line, what came before the next line is unknown: that line is the problem reported. */
  private lostTrack = false;

  linked(entry: LedgerEntry): boolean {
    const expected = this.lostTrack ? undefined : this.previous === undefined ? CHAIN_START : sealOf(this.previous);
    const linked = entry.previousSeal === undefined ? !this.chained || this.lostTrack : expected === undefined || entry.previousSeal === expected;
    this.previous = entry;
    this.chained ||= entry.previousSeal !== undefined;
    this.lostTrack = false;
    return linked;
  }

  unreadable(): void {
    this.lostTrack = true;
  }
}
