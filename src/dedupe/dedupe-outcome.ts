// The result of clustering accepted rows into signers: plain typed arrays indexed by MatchTable row.

/** Rule names of the exact matcher; fuzzy rules add their own names. */
export type MatchRule = 'same_email' | 'same_name_postcode' | 'same_name_city' | (string & {});

export interface DedupeOutcome {
  /** Per row: 0-based signer number; signers are numbered in the order of their kept row's index. */
  cluster: Int32Array;
  /** Per row: 1 for the signer's kept row (the earliest signature), 0 for a duplicate. */
  kept: Uint8Array;
  /**
   * Per row: index into ruleNames. Kept rows have 0 ('') or 1 ('household': a second person on one email);
   * duplicates have the rule that made them a duplicate of their signer.
   * One byte a row rather than a string[] (8 bytes a row): 35 MB less at 5,000,000 rows.
   */
  ruleId: Uint8Array;
  /** ruleNames[0] is '' and ruleNames[1] is 'household'; then rules in the order they were first used. */
  ruleNames: string[];
  signers: number;
  /** Duplicates by the rule that matched them; sums to the number of duplicates. */
  byRule: Record<string, number>;
}

export const KEPT_RULE = 0;
export const HOUSEHOLD_RULE = 1;
export const HOUSEHOLD = 'household';

/** The rule of one row: '' for a kept row, 'household' for a kept second household member, else the duplicate's rule. */
export function ruleOf(outcome: DedupeOutcome, row: number): string {
  return outcome.ruleNames[outcome.ruleId[row]];
}

/** How many rows each cluster has, by cluster number. */
export function countClusterSizes(cluster: Int32Array): Int32Array {
  let max = -1;
  for (const c of cluster) if (c > max) max = c;
  const sizes = new Int32Array(max + 1);
  for (const c of cluster) sizes[c]++;
  return sizes;
}
