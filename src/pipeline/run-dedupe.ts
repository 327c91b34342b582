// Pass 1 and the decisions on it: collect compact keys, apply the exact rules, then fuzzy matching, then count.
import { MatchTable } from '../dedupe/match-table.js';
import type { DedupeOutcome } from '../dedupe/exact-dedupe.js';
import { decideSigners } from './decide-signers.js';
import { FuzzyRecords } from '../dedupe/fuzzy/fuzzy-records.js';
import type { FuzzyResult, ReviewDecision } from '../dedupe/fuzzy/refine-with-fuzzy.js';
import { tally } from '../tally/tally.js';
import { RejectionCounter } from '../tally/rejected-row.js';
import { createTzClock } from '../normalize/tz-clock.js';
import { scanSources, type ScanOptions, type ScanResult } from './scan-sources.js';
import type { Counts, Rejection } from '../types.js';

export interface DedupeRunOptions extends ScanOptions {
  /** Exact rules only: faster and lean, for very large files or when fuzzy matching is not wanted. */
  exact?: boolean;
  decisions?: ReviewDecision[];
  /** How many rejections to keep whole for messages (all are counted; rejects.csv gets every one in pass 2). */
  keepRejections?: number;
}

/** Enough to show a person; a hostile file of a million broken rows must not hold a million objects. */
const DEFAULT_KEPT_REJECTIONS = 1000;

export interface DedupeRun {
  scan: ScanResult;
  table: MatchTable;
  outcome: DedupeOutcome;
  fuzzy: FuzzyResult | null;
  fuzzyRecords: FuzzyRecords | null;
  /** The first rejections, whole (at most keepRejections); counts.rejected has them all. */
  rejections: Rejection[];
  counts: Counts;
}

export async function runDedupe(options: DedupeRunOptions): Promise<DedupeRun> {
  const tz = options.tz ?? 'UTC';
  const clock = createTzClock(tz);
  const table = new MatchTable({ dayOf: (signedAt) => clock.dayOf(signedAt) });
  const fuzzyRecords = options.exact ? null : new FuzzyRecords();
  const rejections: Rejection[] = [];
  const rejectedRows = new RejectionCounter();
  const keepRejections = options.keepRejections ?? DEFAULT_KEPT_REJECTIONS;

  const scan = await scanSources({ ...options, tz }, (event) => {
    if (event.kind === 'accepted') {
      table.add(event.signature);
      fuzzyRecords?.add(event.signature);
      return;
    }
    const { rejection, signature } = event;
    if (rejections.length < keepRejections) rejections.push(rejection);
    rejectedRows.add({
      source: rejection.source,
      reason: rejection.reason,
      country: signature?.country ?? 'unknown',
      day: signature?.signedAt != null ? clock.dayOf(signature.signedAt) : 'unknown',
    });
  });

  const { outcome, fuzzy } = decideSigners(table, fuzzyRecords, { decisions: options.decisions });

  const counts = tally({
    sources: options.specs.map((s) => s.path),
    table,
    outcome,
    rejected: rejectedRows,
    pendingReview: fuzzy?.review.length ?? 0,
    comparedPairs: fuzzy?.comparedPairs ?? 0,
  });
  return { scan, table, outcome, fuzzy, fuzzyRecords, rejections, counts };
}

/** The run without what only fuzzy matching and explaining need: for a caller that goes on to hold a million list rows. */
export function withoutMatcherState(run: DedupeRun): DedupeRun {
  return { ...run, fuzzy: null, fuzzyRecords: null };
}
