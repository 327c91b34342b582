import { describe, it, expect } from '@jest/globals';
import { wrapText } from '../../../src/packet/fonts/line-break.js';

// One unit per character keeps the expectations readable.
const byLength = (text: string) => [...text].length;

describe('wrapText', () => {
  it.each([
    ['breaks at spaces', 'the quick brown fox', 10, ['the quick', 'brown fox']],
    ['keeps a line that fits', 'short', 10, ['short']],
    ['breaks between any two Han characters', '中华人民共和国不应强制遣返', 5, ['中华人民共', '和国不应强', '制遣返']],
    ['breaks between Hangul syllables', '대한민국은민주공화국', 4, ['대한민국', '은민주공', '화국']],
    ['keeps closing punctuation off the start of a line', '脱北者。好', 3, ['脱北', '者。好']],
    ['splits a word longer than a line', 'Llanfairpwllgwyngyll', 8, ['Llanfair', 'pwllgwyn', 'gyll']],
    ['keeps explicit line breaks', 'one\ntwo', 10, ['one', 'two']],
    ['mixes Latin and CJK', 'Kim 김민준 Park', 6, ['Kim 김민', '준 Park']],
  ])('%s', (_, text, width, expected) => {
    const lines = wrapText(text, width, byLength);
    expect(lines).toEqual(expected);
    for (const line of lines) expect(byLength(line)).toBeLessThanOrEqual(width);
  });
});
