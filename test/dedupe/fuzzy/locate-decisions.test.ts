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

  it.each([
    ['without a hash', []],
    ['with a malformed hash', ['deadbeef', B]],
  ])('refuses a decision %s: its rows are bound to no content, row 4 may now be a stranger', (_label, hashes) => {
    const { located, unbound } = locateDecisions([decision('../exports/change-org.csv', '../exports/seoul-paper.csv', hashes as [string?, string?])], sources);
    expect(located).toHaveLength(0);
    expect(unbound).toHaveLength(1);
  });

  it('applies neither side of a pair decided both "same" and "different", and ignores a row "same" as itself', () => {
    const different = { ...decision('../exports/change-org.csv', '../exports/seoul-paper.csv', [A, B]), decision: 'different' as const, row: 2 };
    const self = { ...decision('../exports/change-org.csv', 'x.csv', [A, A]), b: { source: 'x.csv', row: 3, sha256: A }, row: 3 };
    const { located, conflicts, selfPairs } = locateDecisions([{ ...decision('a.csv', 'b.csv', [A, B]), row: 1 }, different, self], sources);
    expect(located).toEqual([]);
    expect(conflicts.map(([x, y]) => [x.row, y.row])).toEqual([[1, 2]]);
    expect(selfPairs.map((d) => d.row)).toEqual([3]);
  });

  it('finds a side whose content changed since (an export that grew) by path, marked so its rows are checked', () => {
    const { located, unmatched } = locateDecisions([decision('../exports/change-org.csv', '../exports/seoul-paper.csv', [A, 'c'.repeat(64)])], sources);
    expect(unmatched).toBe(0);
    expect(located.map((d) => [d.b.source, d.contentChanged])).toEqual([['../exports/seoul-paper.csv', true]]);
    expect(locateDecisions([decision('../exports/change-org.csv', '../exports/seoul-paper.csv', [A, B])], sources).located[0].contentChanged).toBeUndefined();
  });

  it('counts a decision about a file this run does not read as unmatched', () => {
    expect(locateDecisions([decision('other.csv', '../exports/change-org.csv', ['c'.repeat(64), A])], sources)).toMatchObject({ located: [], unmatched: 1 });
  });
});
