import { describe, expect, it } from '@jest/globals';
import { locateDecisions } from '../../../src/dedupe/fuzzy/locate-decisions.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const sources = [{ path: '../exports/change-org.csv', sha256: A }, { path: '../exports/seoul-paper.csv', sha256: B }];
const decision = (a: string, b: string, hashes: [string?, string?] = []) => ({
  a: { source: a, row: 3, ...(hashes[0] ? { sha256: hashes[0] } : {}) },
  b: { source: b, row: 7, ...(hashes[1] ? { sha256: hashes[1] } : {}) },
  decision: 'same' as const,
});

describe('locateDecisions', () => {
  it('finds a side by its content hash, whatever path it was saved under', () => {
    const { located, unmatched } = locateDecisions([decision('elsewhere/x.csv', 'y.csv', [A, B])], sources);
    expect(unmatched).toBe(0);
    expect(located.map((d) => [d.a.source, d.a.row, d.b.source, d.b.row])).toEqual([['../exports/change-org.csv', 3, '../exports/seoul-paper.csv', 7]]);
  });

  it('finds a side by its normalized path, or by a file name only one source has', () => {
    const located = locateDecisions([decision('./../exports/change-org.csv', 'fixtures/exports/seoul-paper.csv')], sources).located;
    expect(located.map((d) => [d.a.source, d.b.source])).toEqual([['../exports/change-org.csv', '../exports/seoul-paper.csv']]);
  });

  it('finds a side whose content changed since (an export that grew) by path, marked so its rows are checked', () => {
    const { located, unmatched } = locateDecisions([decision('../exports/change-org.csv', '../exports/seoul-paper.csv', [A, 'c'.repeat(64)])], sources);
    expect(unmatched).toBe(0);
    expect(located.map((d) => [d.b.source, d.contentChanged])).toEqual([['../exports/seoul-paper.csv', true]]);
    expect(locateDecisions([decision('../exports/change-org.csv', '../exports/seoul-paper.csv', [A, B])], sources).located[0].contentChanged).toBeUndefined();
  });

  it('counts a decision about a file this run does not read as unmatched', () => {
    expect(locateDecisions([decision('other.csv', '../exports/change-org.csv')], sources)).toEqual({ located: [], unmatched: 1 });
  });
});
