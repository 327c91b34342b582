import { describe, expect, it } from '@jest/globals';
import { parseRowRef } from '../../../src/dedupe/explain/parse-row-ref.js';
import { compareValues } from '../../../src/dedupe/explain/format-review-pair.js';
import { newDecisions, pairKey } from '../../../src/dedupe/explain/review-file.js';
import type { ReviewDecision } from '../../../src/dedupe/fuzzy/refine-with-fuzzy.js';

describe('parseRowRef', () => {
  it.each([
    ['eff-raw.csv:3', { file: 'eff-raw.csv', row: 3 }],
    ['C:\\exports\\a.csv:12', { file: 'C:\\exports\\a.csv', row: 12 }],
    ['odd:name.csv:1', { file: 'odd:name.csv', row: 1 }],
  ])('%s', (text, expected) => {
    expect(parseRowRef(text)).toEqual(expected);
  });

  it.each(['eff-raw.csv', 'eff-raw.csv:0', 'eff-raw.csv:-1', 'eff-raw.csv:2.5', ':3', 'eff-raw.csv:'])('refuses %j', (text) => {
    expect(() => parseRowRef(text)).toThrow(/FILE:ROW/);
  });
});

describe('compareValues', () => {
  it.each([
    ['Seoul', 'seoul', 'same'],
    ['Osaka', '', 'missing'],
    ['', '', 'same'],
    ['Beijing', '北京', 'different'],
    ['ＡＢＣ', 'abc', 'same'], // fullwidth letters from a Korean or Japanese keyboard
  ] as const)('%j vs %j: %s', (a, b, expected) => {
    expect(compareValues(a, b)).toBe(expected);
  });
});

describe('decisions', () => {
  const d = (a: number, b: number, decision: 'same' | 'different'): ReviewDecision => ({ a: { source: 'x.csv', row: a }, b: { source: 'y.csv', row: b }, decision });

  it('keys a pair the same way in either order', () => {
    expect(pairKey({ source: 'x.csv', row: 1 }, { source: 'y.csv', row: 2 })).toBe(pairKey({ source: 'y.csv', row: 2 }, { source: 'x.csv', row: 1 }));
    expect(pairKey({ source: 'x.csv', row: 1 }, { source: 'y.csv', row: 2 })).not.toBe(pairKey({ source: 'x.csv', row: 2 }, { source: 'y.csv', row: 1 }));
  });

  it('imports only decisions that are new or change an answer', () => {
    const kept = [d(1, 1, 'same'), d(2, 2, 'different')];
    const swapped: ReviewDecision = { a: { source: 'y.csv', row: 2 }, b: { source: 'x.csv', row: 2 }, decision: 'different' };
    expect(newDecisions([d(1, 1, 'same'), swapped, d(2, 2, 'same'), d(3, 3, 'different')], kept)).toEqual([d(2, 2, 'same'), d(3, 3, 'different')]);
  });
});
