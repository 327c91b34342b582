import { describe, expect, it } from '@jest/globals';
import { csvCell, csvLine, defuseFormula, restoreDefused } from '../../src/output/csv-cell.js';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['+44 20 7946 0958', "'+44 20 7946 0958"],
    ['-5', "'-5"],
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
    ['Smith; Bob', '"Smith; Bob"'],
    ['a|b', '"a|b"'],
    ['tab\there', '"tab\there"'],
  ])('%j is written as %j', (input, written) => {
    expect(csvCell(input)).toBe(written);
  });

  it('quotes the delimiters of other locales in a file written with another delimiter', () => {
    expect(csvLine(['a;b', 'c,d', 'e'], ';')).toBe('"a;b";"c,d";e\r\n');
  });

  it('reads back, without the apostrophes, what it defused', () => {
    for (const value of ["x;=cmd|'/C calc'!A0", '=1+1', 'a|+b', "it's", "a;'b"]) expect(restoreDefused(defuseFormula(value))).toBe(value);
  });
});
