// Test helper: an outcome as one readable string per row ("kept", "household", "same_email → 0").
import { ruleOf, type DedupeOutcome } from '../../src/dedupe/dedupe-outcome.js';

export function describeOutcome(outcome: DedupeOutcome): string[] {
  const keptRow = new Map<number, number>();
  outcome.kept.forEach((kept, row) => {
    if (kept) keptRow.set(outcome.cluster[row], row);
  });
  return Array.from(outcome.kept, (kept, row) => {
    if (kept) return ruleOf(outcome, row) === 'household' ? 'household' : 'kept';
    return `${ruleOf(outcome, row)} → ${keptRow.get(outcome.cluster[row])}`;
  });
}

/** The clusters as sorted lists of the rows' `labels`, sorted: equal for equal partitions. */
export function partition(outcome: DedupeOutcome, labels: ArrayLike<number>): string {
  const groups = new Map<number, number[]>();
  outcome.cluster.forEach((signer, row) => {
    const group = groups.get(signer) ?? [];
    group.push(labels[row]);
    groups.set(signer, group);
  });
  return [...groups.values()].map((g) => g.sort((a, b) => a - b).join(',')).sort().join(' | ');
}
