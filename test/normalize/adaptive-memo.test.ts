// A memory that stops remembering when values rarely repeat, and remembers again when they do.
import { describe, expect, it } from '@jest/globals';
import { AdaptiveMemo } from '../../src/normalize/adaptive-memo.js';

function counting(): { computed: () => number; memo: AdaptiveMemo<string> } {
  let computed = 0;
  return { computed: () => computed, memo: new AdaptiveMemo((key: string) => { computed++; return key.toUpperCase(); }, 100_000) };
}

describe('AdaptiveMemo', () => {
  it('computes a repeating value once', () => {
    const { computed, memo } = counting();
    let wrong = 0;
    for (let i = 0; i < 50_000; i++) if (memo.get(`p${i % 40}`) !== `P${i % 40}`) wrong++;
    expect(wrong).toBe(0);
    expect(computed()).toBe(40);
  });

  it('stops storing values that never repeat, and still answers each', () => {
    const { memo } = counting();
    let wrong = 0;
    for (let i = 0; i < 20_000; i++) if (memo.get(`u${i}`) !== `U${i}`) wrong++;
    expect(wrong).toBe(0);
    // Unique keys: after the first window the memory is dropped, so it holds far fewer than 20,000.
    expect((memo as unknown as { memo: Map<string, string> }).memo.size).toBeLessThan(4096);
  });

  it('remembers again once the values repeat further down the file', () => {
    const { computed, memo } = counting();
    for (let i = 0; i < 5000; i++) memo.get(`u${i}`);
    for (let i = 0; i < 200_000; i++) memo.get(`r${i % 10}`);
    // The pause computes directly; after it, ten values are computed once more and then only looked up.
    expect(computed()).toBeLessThan(5000 + 65_536 + 100);
  });
});
