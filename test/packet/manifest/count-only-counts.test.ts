import { describe, expect, it } from '@jest/globals';
import { FOLDED_KEY, manifestCounts } from '../../../src/packet/manifest/count-only-counts.js';
import type { CountBucket, Counts } from '../../../src/types.js';

const bucket = (unique: number): CountBucket => ({ rows: unique, rejected: 0, accepted: unique, duplicates: 0, unique });
const counts: Counts = {
  ...bucket(24), rejectReasons: { outside_window: 1 }, duplicatesByRule: { email: 2 },
  byCountry: { KR: bucket(13), US: bucket(3), DE: bucket(3), CN: bucket(1), ES: bucket(2), unknown: bucket(2) },
  byDay: { '2025-11-03': bucket(24) }, bySource: { 'exports/action-network.csv': bucket(1), 'exports/change.csv': bucket(23) },
  byLanguage: { ko_KR: bucket(1), en: bucket(23) },
  firstSigned: '2025-11-01', lastSigned: '2025-11-08', pendingReview: 0, uniqueLow: 24, uniqueHigh: 24, comparedPairs: 3,
};

describe('manifestCounts: what a count-only manifest may say', () => {
  it('folds every country and language with fewer than 3 signers, and drops days, sources and reasons', () => {
    const shown = manifestCounts(counts, 'count-only');
    expect(Object.keys(shown.byCountry).sort()).toEqual(['DE', 'KR', 'US', FOLDED_KEY, 'unknown'].sort());
    expect(shown.byCountry[FOLDED_KEY].unique).toBe(3);
    expect(shown.byLanguage).toEqual({ en: bucket(23), [FOLDED_KEY]: bucket(1) });
    expect(shown.byDay).toEqual({});
    expect(shown.bySource).toEqual({});
    expect(shown.rejectReasons).toEqual({});
    expect(shown.unique).toBe(24);
    expect(JSON.stringify(shown)).not.toMatch(/"CN"|"ES"|ko_KR|action-network/);
  });

  it('keeps the whole counts for a packet whose list shows each signer', () => {
    expect(manifestCounts(counts, 'recipient')).toBe(counts);
  });
});
