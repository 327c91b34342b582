// The shape `petition status --json` prints: the campaign now, per delivery, changed files and flags.
import type { SheetProgress } from '../sheets/sheet-status.js';
import type { FileChangeLine } from './file-changes.js';
import type { GoalProgress } from './goal-progress.js';
import type { StatusFlag } from './ledger-flags.js';
import type { Pace } from './signing-pace.js';

export interface DeliveryStatus {
  id: string;
  target: string;
  date: string;
  place: string;
  occasion: string | null;
  /** The place and occasion in other languages (places:, occasions:), not enumerable: --json keeps the campaign's own words. */
  readonly inLanguages?: { places: Readonly<Record<string, string>>; occasions: Readonly<Record<string, string>> };
  privacy: string;
  /** Calendar days until the delivery in the campaign's time zone; negative when past. */
  daysLeft: number;
  since: string | null;
  /** Unique signers the delivery counts (signatures up to its day), as its packet and `count --delivery` state them. */
  signers: number;
  /** Signatures dated after the delivery's day: left out of its count. */
  signedAfterDate: number;
  /** The day its count closes: its date, or the day it was marked delivered when that came first. */
  countedUntil: string;
  /** For a follow-up: signers delivered before (and of them still counted, no longer counted), and the new ones. */
  followUp: { deliveredBefore: number; stillCounted: number; noLongerCounted: number; newSigners: number } | { waitingFor: string } | null;
  /** Marked delivered in the ledger. */
  /**
   * Marked delivered in the ledger; `decisions`: review decisions the packet applied, and whether this status
   * applies the same ones (`same`), none (`none`) or others (`other`), which explains a count that differs.
   */
  delivered: { markedAt: string; signers: number; total: number; decisions: number; decisionsGiven: 'same' | 'none' | 'other' } | null;
  goal: GoalProgress | null;
  /** When the total goal is reached at the current pace; null without a total goal or with no pace. */
  projected: { day: string; days: number } | null;
}

export interface StatusReport {
  campaign: string;
  today: string;
  timezone: string;
  counts: { rows: number; rejected: number; accepted: number; duplicates: number; unique: number; pendingReview: number };
  pace: Pace;
  deliveries: DeliveryStatus[];
  /** Null on the first run (nothing to compare with). */
  lastRun: string | null;
  files: FileChangeLine[];
  flags: StatusFlag[];
  /** Paper sheets, when the campaign has printed some (sheet-register.json beside it). */
  sheets?: SheetProgress;
}
