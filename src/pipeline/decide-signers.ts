// Which rows are one person: the exact rules, then fuzzy matching on top, joined by the one clustering step.
// The pipeline and the accuracy benchmark both call this, so the benchmark measures what users get.
import { dedupeExact, type DedupeOutcome } from '../dedupe/exact-dedupe.js';
import { clusterLinks } from '../dedupe/cluster-links.js';
import type { MatchTable } from '../dedupe/match-table.js';
import type { FuzzyRecords } from '../dedupe/fuzzy/fuzzy-records.js';
import { findFuzzyMatches, type FuzzyOptions, type FuzzyResult } from '../dedupe/fuzzy/refine-with-fuzzy.js';
import { anotherPersonOnEmail } from '../dedupe/fuzzy/same-email-names.js';
import { PairScorer } from '../dedupe/fuzzy/pair-scorer.js';

export interface SignerDecision {
  exact: DedupeOutcome;
  outcome: DedupeOutcome;
  fuzzy: FuzzyResult | null;
}

export function decideSigners(table: MatchTable, records: FuzzyRecords | null, options: Omit<FuzzyOptions, 'emailGuard'> = {}): SignerDecision {
  if (!records) {
    const exact = dedupeExact(table);
    return { exact, outcome: exact, fuzzy: null };
  }
  // With fuzzy matching, its comparison of names also tells the exact rules who is a second person on one email.
  const scorer = new PairScorer(records);
  const exact = dedupeExact(table, { anotherPerson: anotherPersonOnEmail(records, scorer) });
  // clusterLinks lets fuzzy links join different emails (the score weighed them), so the matcher holds none back.
  const fuzzy = findFuzzyMatches(records, exact, { ...options, scorer, emailGuard: false });
  return { exact, outcome: clusterLinks(table, fuzzy.links, exact), fuzzy };
}
