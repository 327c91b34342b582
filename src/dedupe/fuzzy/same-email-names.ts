// Do given names change under one email? Rows that share an email and that the exact rules made one signer are
// the data's own examples of one person; how often their given names clearly differ says whether a clearly
// different given name at a shared address is a typing accident or another person of the household.

import type { FuzzyRecords } from './fuzzy-records.js';
import { ShardedMap } from '../sharded-map.js';
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
  const groups = new ShardedMap<number, number[]>();
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

/** Same-email pairs needed to judge whether given names change under one email. */
const MIN_SAME_EMAIL_PAIRS = 20;
/**
 * Where more than this share of one signer's rows on one email carry another given name, names do change. Some
 * couples share one email, and the exact rules keep them apart only where both gave one postcode, so a few such
 * pairs are expected even where names never change.
 */
const NAMES_CHANGE_UNDER_EMAIL = 0.25;

/**
 * Households are kept apart unless the data shows given names changing for one person: on one email, or where
 * nothing but names and addresses identify anyone (no email anywhere), in which case a replaced given name cannot
 * be told from a household and is weighed like any other disagreement.
 */
export function householdsApart(check: SameEmailNames): boolean {
  if (!check.hasEmails) return false;
  if (check.pairs < MIN_SAME_EMAIL_PAIRS) return true;
  return check.otherGiven <= NAMES_CHANGE_UNDER_EMAIL * check.pairs;
}
