import { describe, expect, it } from '@jest/globals';
import { csvCell, csvLine } from '../../src/output/csv-cell.js';

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
