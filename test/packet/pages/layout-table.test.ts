import { describe, it, expect } from '@jest/globals';
import { fitText } from '../../../src/packet/pages/layout-table.js';
import { fakeMeasure } from './fake-measure.js';

describe('fitText', () => {
  it.each([
    ['short', 100, 'short'],
    ['a rather long file name.csv', 50, 'a rather…'],
    ['서울 서명지', 30, '서울…'],
  ])('fits %j into %d points as %j', (text, width, expected) => {
    const fitted = fitText(fakeMeasure, text, width, 10);
    expect(fitted).toBe(expected);
    expect(fakeMeasure.widthOf(fitted, 10)).toBeLessThanOrEqual(width);
  });
});
