// The shared clustering step: links between rows (from any matcher) → signers, with the email guard.
import type { DedupeOutcome } from './dedupe-outcome.js';
import type { MatchTable } from './match-table.js';
import { SignerForest } from './signer-forest.js';
import { counted } from '../text/counted.js';

export type { DedupeOutcome } from './dedupe-outcome.js';

/** "Rows a and b are one person", found by `rule` (a fuzzy matcher names its own rules), with its score. */
export interface Link {
  a: number;
  b: number;
  rule: string;
  score?: number;
}

/**
 * Rules whose matcher weighed the emails itself: a fuzzy score counts a one-typo email as evidence and different
 * emails against the match; a person who decided "same" has seen both. Only the exact name rules need the guard.
 */
const WEIGHS_EMAILS = new Set(['fuzzy', 'review_same']);

/**
 * Joins the signers of each link's rows, starting from `base` (typically dedupeExact's outcome; without it every
 * row starts alone, so no exact rule applies). A link is refused, silently, when both sides already hold different
 * valid emails (or one side is the second person of a household on the other's email): such a pair is for a
 * person to review, not for a matcher to decide. Fuzzy links and review decisions may join different emails
 * (WEIGHS_EMAILS), never a household's two people. Links are applied in the order given, and a refusal depends on
 * what was joined before, so give them in a deterministic order (best score first, say).
 * Each signer keeps its earliest row; a row that stops being kept records the rule of the link that joined it.
 */
export function clusterLinks(table: MatchTable, links: Iterable<Link>, base?: DedupeOutcome): DedupeOutcome {
  const forest = new SignerForest(table, base);
  let lastRule = '';
  let lastCode = -1;
  let lastAcross = false;
  const n = table.size;
  for (const link of links) {
    if (!(link.a >= 0 && link.a < n && link.b >= 0 && link.b < n)) {
      throw new RangeError(`link ${link.a}–${link.b} (${link.rule}) names a row outside the table's ${counted(n, 'row')}`);
    }
    if (link.rule !== lastRule || lastCode < 0) {
      lastRule = link.rule;
      lastCode = forest.ruleCode(link.rule);
      lastAcross = WEIGHS_EMAILS.has(link.rule);
    }
    forest.union(link.a, link.b, lastCode, lastAcross);
  }
  return forest.finish();
}
