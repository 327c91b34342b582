import { describe, expect, it } from '@jest/globals';
import { jaroWinkler } from '../../../src/dedupe/fuzzy/jaro-winkler.js';
import { withinOneEdit } from '../../../src/dedupe/fuzzy/within-one-edit.js';

describe('jaroWinkler', () => {
  // Reference values from Winkler (1990) and the Wikipedia article's worked examples.
  it.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['jon', 'john', 0.933],
    ['abc', 'xyz', 0],
    ['same', 'same', 1],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it('is symmetric and handles names longer than its scratch space', () => {
    const long = 'a'.repeat(70) + 'b';
    const other = 'a'.repeat(70) + 'c';
    expect(jaroWinkler(long, other)).toBeCloseTo(jaroWinkler(other, long), 10);
    expect(jaroWinkler(long, other)).toBeGreaterThan(0.95);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['jane.doe', 'jane.doe', true],
    ['jane.doe', 'jane.dow', true], // changed
    ['jane.doe', 'jane.do', true], // dropped
    ['jane.doe', 'jane.dooe', true], // added
    ['jane.doe', 'jnae.doe', true], // neighbours swapped
    ['jane.doe', 'jnae.deo', false],
    ['jane.doe', 'jane', false],
    ['2106', '2160', true],
    ['2106', '6012', false],
  ])('%s vs %s → %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});
