import { describe, expect, it } from '@jest/globals';
import { RowBitset } from '../../../src/dedupe/spill/row-bitset.js';

describe('RowBitset', () => {
  it('numbers the set rows 0, 1, 2, … in row order, across word boundaries and the sign bit', () => {
    const rows = [0, 5, 31, 32, 63, 64, 95, 200, 999];
    const bits = new RowBitset(1000);
    for (const row of rows) bits.set(row);
    expect(bits.freeze()).toBe(rows.length);
    rows.forEach((row, rank) => {
      expect(bits.has(row)).toBe(true);
      expect(bits.rank(row)).toBe(rank);
    });
    expect(bits.has(1)).toBe(false);
    expect(bits.has(33)).toBe(false);
  });

  it('counts a full word of set rows', () => {
    const bits = new RowBitset(70);
    for (let row = 0; row < 70; row++) bits.set(row);
    expect(bits.freeze()).toBe(70);
    expect(bits.rank(69)).toBe(69);
  });
});
