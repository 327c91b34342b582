import { describe, expect, it } from '@jest/globals';
import { sortedDistinct } from '../../src/text/sorted-distinct.js';

describe('sortedDistinct', () => {
  it('gives what a Set then sort gives: code-unit order, each key once', () => {
    let state = 11;
    const keys = Array.from({ length: 5000 }, () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return ['a', 'B', 'ä', '한', '😀', ''][state % 6] + String((state >>> 8) % 700);
    });
    const expected = [...new Set(keys)].sort();
    expect(expected.length).toBeLessThan(keys.length);
    expect(sortedDistinct([...keys])).toEqual(expected);
  });

  it('keeps an empty list and a single key', () => {
    expect(sortedDistinct([])).toEqual([]);
    expect(sortedDistinct(['x', 'x', 'x'])).toEqual(['x']);
  });
});
