import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createIsoTime } from '../../src/output/iso-time.js';

// merged.csv's signed_at is written by createIsoTime: it must be toISOString's text for every time, in any order.
describe('createIsoTime', () => {
  const at = (ms: number): string => new Date(ms).toISOString();

  it('writes what toISOString writes, for times in any order', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 }), { maxLength: 50 }), (times) => {
      const iso = createIsoTime();
      expect(times.map(iso)).toEqual(times.map(at));
    }), { numRuns: 300 });
  });

  it('writes what toISOString writes at the edges of days and of its four-digit years, and beyond them', () => {
    const iso = createIsoTime();
    const times = [0, -1, 86_399_999, 86_400_000, -86_400_000, 951_782_400_000, 1_700_000_000_123, -62_167_219_200_000, -62_167_219_200_001,
      253_402_300_799_999, 253_402_300_800_000, 8.64e15, -8.64e15, 1_700_000_000_000.7, -0.5];
    expect(times.map(iso)).toEqual(times.map(at));
  });
});
