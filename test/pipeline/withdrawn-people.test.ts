// Which rows leave with a withdrawn row (verifyR2 F2): every row of its signer, told apart by how they were joined.
import { describe, expect, it } from '@jest/globals';
import { peopleOfSeeds, rowKey } from '../../src/pipeline/withdrawn-people.js';

const at = { source: 'withdrawn.csv', row: 1 };
// Rows 0–1 online.csv, 2–5 paper.csv: row 0 is listed; row 2 merged with it by an exact rule, row 3 by likeness, row 4
// awaits review with it, row 5 is someone else.
const run = {
  sourceOf: (i: number) => (i < 2 ? 'online.csv' : 'paper.csv'),
  rowOf: (i: number) => (i < 2 ? i + 1 : i - 1),
  cluster: Int32Array.from([0, 1, 0, 0, 2, 3]),
  exactCluster: Int32Array.from([0, 1, 0, 2, 3, 4]),
  review: [{ a: 4, b: 0 }],
};

describe('peopleOfSeeds', () => {
  it('names each row of the listed row\'s signer with how it was joined, and a row awaiting review with it as a doubt', () => {
    const people = peopleOfSeeds(run, [{ index: 0, match: { by: 'email', at } }]);
    expect([...people.keys()].sort()).toEqual([rowKey('paper.csv', 1), rowKey('paper.csv', 2), rowKey('paper.csv', 3)].sort());
    expect(people.get(rowKey('paper.csv', 1))).toEqual({ source: 'online.csv', row: 1, match: { by: 'email', at }, joined: 'exact' });
    expect(people.get(rowKey('paper.csv', 2))?.joined).toBe('likeness');
    expect(people.get(rowKey('paper.csv', 3))?.joined).toBe('review');
  });

  it('no listed row: nobody', () => {
    expect(peopleOfSeeds(run, []).size).toBe(0);
  });
});
