// Two rows of one export are less often one person than two rows of two exports: platforms refuse a second
// signature from one email, while namesakes sign wherever they happen to. How much less is learned from the data.
import { describe, expect, it } from '@jest/globals';
import { defaultThresholds, findFuzzyMatches } from '../../../src/dedupe/fuzzy/refine-with-fuzzy.js';
import { sourcePrior } from '../../../src/dedupe/fuzzy/source-prior.js';
import { formatWeights } from '../../../src/cli/format-weights.js';
import type { Signature } from '../../../src/types.js';
import { alone, fuzzyRecords as records, seededCrowd, signature } from './signature-factory.js';

/** Signers online (with emails), a third of whom sign again on paper (no email): one person, two exports. */
const twoPlatforms = (size: number): Signature[] => seededCrowd(size, { seed: 11, first: 'online.csv', second: 'paper.csv' });

/**
 * Whether the last two rows were merged, and the score of their pair if it went to review. The thresholds are held at
 * the first guess: a third of this crowd signing twice would lower them (learnedThresholds), and what is tested here
 * is the weight of one export against two, not where the bar sits.
 */
function lastPair(rows: Signature[]): { merged: boolean; reviewScore?: number; result: ReturnType<typeof findFuzzyMatches> } {
  const n = rows.length;
  const result = findFuzzyMatches(records(rows), alone(n), defaultThresholds(n, 0));
  return {
    merged: result.links.some((link) => link.a >= n - 2 && link.b >= n - 2),
    reviewScore: result.review.find((pair) => pair.a >= n - 2 && pair.b >= n - 2)?.score,
    result,
  };
}

describe('one export or two', () => {
  it('merges "Anna Novak, Hamburg" on two exports, and puts the same two rows in one export up for review', () => {
    const crowd = twoPlatforms(400);
    const across = lastPair([...crowd, signature({ source: 'online.csv', given: 'Anna', family: 'Novak', city: 'Hamburg', country: 'DE' }),
      signature({ source: 'paper.csv', given: 'Anna', family: 'Novak', city: 'Hamburg', country: 'DE' })]);
    const within = lastPair([...crowd, signature({ source: 'online.csv', given: 'Anna', family: 'Novak', city: 'Hamburg', country: 'DE' }),
      signature({ source: 'online.csv', given: 'Anna', family: 'Novak', city: 'Hamburg', country: 'DE' })]);
    expect(across.merged).toBe(true);
    expect(within.merged).toBe(false);
    expect(within.reviewScore).toBeGreaterThan(within.result.weights.thresholds.review);
    const reasons = within.result.review.find((pair) => pair.a >= crowd.length)!.reasons;
    expect(reasons).toContainEqual(expect.objectContaining({ field: 'source', level: 'same-export' }));
  });

  it('says what it learned in the weights report: one export weighs against, two exports for', () => {
    const { result } = lastPair(twoPlatforms(400));
    const prior = result.weights.sourcePrior!;
    expect(prior.sameBits).toBeLessThan(-1);
    expect(prior.otherBits).toBeGreaterThan(0);
    expect(formatWeights(result.weights)).toMatch(/Two rows of one export weigh -1\.\d bits, of two exports \+1\.\d/);
  });

  it('weighs nothing with one export, or where too few sure pairs tell', () => {
    const oneExport = twoPlatforms(200).map((row) => ({ ...row, source: 'all.csv' }));
    expect(lastPair(oneExport).result.weights.sourcePrior).toBeNull();
    expect(sourcePrior([500], 400, 3)).toBeNull();
    expect(sourcePrior([300, 300], 10, 0)).toBeNull();
  });

  it('learns no penalty where people do sign one export twice as often as its share of pairs', () => {
    // Two exports of 100 rows: half of all pairs lie within one; half the sure pairs do too.
    const prior = sourcePrior([100, 100], 400, 199)!;
    expect(Math.abs(prior.sameBits)).toBeLessThan(0.05);
    expect(Math.abs(prior.otherBits)).toBeLessThan(0.05);
  });
});
