// Which accepted rows an explanation of one row needs to show: its signer's rows, the rows it awaits review
// with, and the other people on its email. Found on the compact arrays, so a replay collects only these.
import type { DedupeOutcome } from '../dedupe-outcome.js';
import type { CandidatePair } from '../fuzzy/refine-with-fuzzy.js';

export interface RelatedRows {
  /** Rows of the same signer, the row itself included, in index order. */
  members: number[];
  /** Open review pairs with an end in this signer. */
  review: CandidatePair[];
  /** Rows of other signers holding the same email (a household, or a join the email guard refused). */
  emailSharers: number[];
}

/** More rows on one email than this are not listed: a shared placeholder email ("none@none.org") can hold thousands. */
const MAX_EMAIL_SHARERS = 20;

export function relatedRows(
  outcome: DedupeOutcome, index: number, review: readonly CandidatePair[], sharesEmail: (row: number) => boolean,
): RelatedRows {
  const signer = outcome.cluster[index];
  const members: number[] = [];
  const emailSharers: number[] = [];
  const cluster = outcome.cluster;
  for (let i = 0; i < cluster.length; i++) {
    if (cluster[i] === signer) members.push(i);
    else if (emailSharers.length < MAX_EMAIL_SHARERS && sharesEmail(i)) emailSharers.push(i);
  }
  const open = review.filter((pair) => cluster[pair.a] === signer || cluster[pair.b] === signer);
  return { members, review: open, emailSharers };
}

/** Every row whose signature the explanation shows. */
export function rowsToCollect(related: RelatedRows): Set<number> {
  const rows = new Set<number>([...related.members, ...related.emailSharers]);
  for (const pair of related.review) rows.add(pair.a).add(pair.b);
  return rows;
}
