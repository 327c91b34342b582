// A source's rows as one fingerprint, whatever their row and column order (outside tester Q, M3): past the rows
// scan-sources compares one by one, two sources holding the same rows are still found.
import { describe, expect, it } from '@jest/globals';
import { RowsFingerprint } from '../../src/pipeline/rows-fingerprint.js';

function fingerprint(header: string[], rows: string[][]): string {
  const found = new RowsFingerprint();
  found.startHeader(header);
  for (const row of rows) found.add(row);
  return found.key();
}

const HEADER = ['name', 'email', 'city'];
const ROWS = [['Kim Minjun', '', 'Seoul'], ['Park Jiwoo', '', 'Incheon'], ['Ada Lovelace', 'ada@example.com', 'London']];
const reordered = (row: string[]) => [row[2], row[0], row[1]];

describe('RowsFingerprint', () => {
  it.each([
    ['the rows in reverse order', HEADER, ROWS.slice().reverse()],
    ['the columns in another order', ['city', 'name', 'email'], ROWS.map(reordered)],
    ['empty cells a spreadsheet padded after the last column', HEADER, ROWS.map((row) => [...row, '', ''])],
  ])('is the same for %s', (_label, header, rows) => {
    expect(fingerprint(header, rows)).toBe(fingerprint(HEADER, ROWS));
  });

  it.each([
    ['one row more', HEADER, [...ROWS, ['Lee Seo', '', 'Busan']]],
    ['one row fewer', HEADER, ROWS.slice(1)],
    ['a row twice instead of another', HEADER, [ROWS[0], ROWS[0], ROWS[2]]],
    ['two cells swapped between rows of one column', HEADER, [['Kim Minjun', '', 'Incheon'], ['Park Jiwoo', '', 'Seoul'], ROWS[2]]],
    ['another header', ['name', 'email', 'town'], ROWS],
  ])('differs for %s', (_label, header, rows) => {
    expect(fingerprint(header, rows)).not.toBe(fingerprint(HEADER, ROWS));
  });
});
