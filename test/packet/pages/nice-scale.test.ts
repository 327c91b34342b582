import { describe, it, expect } from '@jest/globals';
import { niceScale } from '../../../src/packet/pages/nice-scale.js';

describe('niceScale', () => {
  it.each([
    [0, 1, 1],
    [1, 1, 1],
    [7, 8, 2],
    [10, 10, 2],
    [1234, 1500, 500],
    [999_999, 1_000_000, 200_000],
  ])('max %d gives an axis up to %d in steps of %d', (value, max, step) => {
    const scale = niceScale(value);
    expect(scale.max).toBe(max);
    expect(scale.step).toBe(step);
    expect(scale.ticks[0]).toBe(0);
    expect(scale.ticks[scale.ticks.length - 1]).toBe(max);
  });

  it('always reaches the largest value with a handful of ticks', () => {
    for (const value of [3, 17, 99, 101, 4567, 123_456]) {
      const scale = niceScale(value);
      expect(scale.max).toBeGreaterThanOrEqual(value);
      expect(scale.ticks.length).toBeGreaterThanOrEqual(2);
      expect(scale.ticks.length).toBeLessThanOrEqual(11);
    }
  });
});
