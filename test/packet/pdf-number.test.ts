import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { pdfNumber } from '../../src/packet/pdf-number.js';

/** What content streams held before: the value rounded to hundredths, through String(). */
function viaString(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? '0' : String(rounded);
}

describe('pdfNumber', () => {
  it.each([
    [0, '0'], [-0, '0'], [0.001, '0'], [-0.004, '0'], [12, '12'], [12.3, '12.3'], [12.345, '12.35'], [-3.5, '-3.5'],
    [595.28, '595.28'], [0.1 + 0.2, '0.3'], [100, '100'], [1e6, '1000000'], [2.675, '2.68'], [1e21, '999999999999999900000'], [-1e22, '-1e+22'],
  ])('writes %p as %p', (value, text) => {
    expect(pdfNumber(value)).toBe(text);
  });

  it('writes every number as String() of the value rounded to hundredths, so output bytes stay the same', () => {
    fc.assert(fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (value) => {
      expect(pdfNumber(value)).toBe(viaString(value));
    }), { numRuns: 5000 });
    for (let k = -200_000; k <= 200_000; k++) {
      if (pdfNumber(k / 100) !== viaString(k / 100)) throw new Error(`differs at ${k / 100}`);
    }
  });
});
