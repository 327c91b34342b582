import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { csvCell, csvLine, defuseFormula, isPlainCell, restoreDefused } from '../../src/output/csv-cell.js';

describe('isPlainCell', () => {
  // The loop stands in for this pattern on every cell dedupe writes: it must say the same of any text.
  const PLAIN_CELL = /^(?! *[=+\-@\t\r])[^,;\t|"\r\n]*$/;
  const char = fc.constantFrom(' ', '=', '+', '-', '@', '\t', '\r', '\n', ',', ';', '|', '"', 'a', 'é', '김', '\u2028', '\uD83D', '0');

  it('says what /^(?! *[-=+@\t\r])[^,;\t|"\r\n]*$/ says', () => {
    fc.assert(fc.property(fc.array(char, { maxLength: 8 }), (chars) => {
      const text = chars.join('');
      expect(isPlainCell(text)).toBe(PLAIN_CELL.test(text));
    }), { numRuns: 3000 });
  });
});

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+44 20 7946 0958', "'+44 20 7946 0958"],
    // A negative number is no formula (adv11 D11): a score column stays numbers in a spreadsheet.
    ['-5', '-5'],
    ['-14.1', '-14.1'],
    ['-cmd|\' /C calc\'!A0', "\"'-cmd|' /C calc'!A0\""],
    ['-5+cmd', "'-5+cmd"],
    // A lone minus is text to every spreadsheet, and the source name of standard input (verifyR1 F-L4).
    ['-', '-'],
    ['--', "'--"],
    ['- 5', "'- 5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Kim, Min-jun', '"Kim, Min-jun"'],
    ['plain', 'plain'],
  ])('%s is written as %s', (input, written) => {
    expect(csvCell(input)).toBe(written);
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 1, true])).toBe('a,1,true\r\n');
  });
});

describe('csvCell in every CSV locale (issue 11)', () => {
  it.each([
    // Excel in much of Europe splits on ";": unquoted, the piece after it would run as a formula.
    ["x;=cmd|'/C calc'!A0", `"x;'=cmd|'/C calc'!A0"`],
    ['a|+1+cmd', `"a|'+1+cmd"`],
    ['a\t@SUM(A1)', `"a\t'@SUM(A1)"`],
    ['Kim,-2+3', `"Kim,'-2+3"`],
    ['x,-5', '"x,-5"'],
    ['x;-;y', '"x;-;y"'],
    ['x;-14.1;y', '"x;-14.1;y"'],
    ['Smith; Bob', '"Smith; Bob"'],
    ['a|b', '"a|b"'],
    ['tab\there', '"tab\there"'],
    // A spreadsheet that trims spaces on import (LibreOffice's "Trim spaces") runs what follows them.
    [' =1+1', "' =1+1"],
    ['x; =cmd', `"x; '=cmd"`],
    ['x;\t=cmd', `"x;\t'=cmd"`],
    ['a,  @SUM(A1)', `"a,  '@SUM(A1)"`],
  ])('%j is written as %j', (input, written) => {
    expect(csvCell(input)).toBe(written);
  });

  it('quotes the delimiters of other locales in a file written with another delimiter', () => {
    expect(csvLine(['a;b', 'c,d', 'e'], ';')).toBe('"a;b";"c,d";e\r\n');
  });

  it('reads back, without the apostrophes, what it defused', () => {
    for (const value of ["x;=cmd|'/C calc'!A0", '=1+1', 'a|+b', "it's", "a;'b", ' =1+1', 'x; =cmd', 'x;\t=cmd']) expect(restoreDefused(defuseFormula(value))).toBe(value);
  });

  it('writes a cell on the plain path exactly as the full rules would, for every mix of the characters that matter', () => {
    // The rules before the plain path existed: defuse, then quote for any locale's delimiter, a quote or a line break.
    const fullRules = (value: string): string => {
      const text = defuseFormula(value);
      return /[,;\t|"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
    };
    const pieces = ['a', 'Kim', ' ', '=', '+', '-', '@', '\t', '\r', '\n', ',', ';', '|', '"', "'", '민준', 'é', ''];
    let state = 1;
    const next = (n: number): number => {
      state = (Math.imul(state, 48271) + 11) >>> 0;
      return (state >>> 8) % n;
    };
    const differing: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      let value = '';
      for (let k = next(5); k >= 0; k--) value += pieces[next(pieces.length)];
      if (csvCell(value) !== fullRules(value)) differing.push(value);
    }
    expect(differing).toEqual([]);
  });
});
