import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { FirstLines } from '../../src/dedupe/first-lines.js';

describe('FirstLines', () => {
  it('gives the line a key was first given with, as a Map does, through growth and colliding slots', () => {
    // Keys that share their low bits land in the same slots; 0 and 2^53 - 1 are keys like any other.
    const key = fc.oneof(fc.nat(50).map((n) => n * 2 ** 32), fc.constantFrom(0, 2 ** 53 - 1), fc.maxSafeNat(), fc.nat(3000));
    fc.assert(fc.property(fc.array(key, { maxLength: 3000 }), (keys) => {
      const table = new FirstLines();
      const map = new Map<number, number>();
      keys.forEach((k, line) => {
        expect(table.firstOrAdd(k, line + 1)).toBe(map.get(k) ?? -1);
        if (!map.has(k)) map.set(k, line + 1);
      });
    }), { numRuns: 200 });
  });
});
