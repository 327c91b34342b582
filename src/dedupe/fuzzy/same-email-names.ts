// Do given names change under one email? Rows that share an email and that the exact rules made one signer are
// the data's own examples of one person; how often their given names clearly differ says whether a clearly
// different given name at a shared address is a typing accident or another person of the household.

import type { FuzzyRecords } from './fuzzy-records.js';
import { FIELD_INDEX, FIELD_LEVELS } from './match-weights.js';

export interface SameEmailNames {
  /** Pairs of rows of one signer on one email, and how many of them carry clearly different given names. */
  pairs: number;
  otherGiven: number;
  /** Whether the data holds any email at all. */
  hasEmails: boolean;
}

const GIVEN_DISAGREES = FIELD_LEVELS.given.indexOf('disagree');
/** Rows of one email compared pair by pair, up to this many; a larger group by its first rows in content order. */
const GROUP_LIMIT = 12;

export function sameEmailNames(
  records: FuzzyRecords, cluster: Int32Array, comparer: { score(a: number, b: number): number; levels: Int8Array },
): SameEmailNames {
  const email = records.columns.email.view();
  const counts = records.emails.counts;
  const hasEmails = counts.length > 0;
  const groups = new Map<number, number[]>();
  for (let row = 0; row < email.length; row++) {
    const id = email[row];
    if (id < 0 || counts[id] < 2) continue;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = []));
    if (group.length < GROUP_LIMIT) group.push(row);
  }
  let pairs = 0;
  let otherGiven = 0;
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (cluster[a] !== cluster[b]) continue;
        comparer.score(a, b);
        const given = comparer.levels[FIELD_INDEX.given];
        if (given < 0) continue;
        pairs++;
        if (given === GIVEN_DISAGREES) otherGiven++;
      }
    }
  }
  return { pairs, otherGiven, hasEmails };
}

/**
 * Households are kept apart wherever the data holds emails. Only where nothing but names and addresses identify
 * anyone (no email anywhere: an address register such as FEBRL) is a clearly different given name weighed like any
 * other disagreement, because there a replaced given name cannot be told from a household. How often given names
 * differ under one email is reported, but does not decide: couples and families who share one address make it
 * high in exactly the petitions where keeping households apart matters most.
 */
export function householdsApart(check: SameEmailNames): boolean {
  return check.hasEmails;
}
