// An .xlsx anonymity column may hold real booleans (cell type "b", shown TRUE/FALSE), numbers 1/0, or a formula
// whose saved result is one of them: each is read as the tick it shows, in an opt-out and in an opt-in column.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Names far apart, so no two signers are a pair awaiting review (whose anonymity is shared until decided). */
const ROWS: ReadonlyArray<[name: string, cell: ExcelJS.CellValue, optOutMeans: boolean]> = [
  ['Ahn Seojun', true, true],
  ['Baptiste Moreau', false, false],
  ['Chiara Esposito', 1, true],
  ['Dmitri Volkov', 0, false],
  ['Eleanor Whitfield', { formula: '1=1', result: true }, true],
  ['Fatima Haddad', { formula: '1=2', result: false }, false],
  ['Gustavo Herrera', 'TRUE', true],
  ['Hiroshi Tanaka', 'FALSE', false],
];

async function workbookWith(header: string, file: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Signers');
  sheet.addRow(['Name', 'Email', 'Country', header]);
  ROWS.forEach(([name, cell], i) => sheet.addRow([name, `signer${i}@example.org`, 'KR', cell]));
  const path = join(dir, file);
  await book.xlsx.writeFile(path);
  return path;
}

describe('anonymity cells of a workbook', () => {
  it.each([
    ['Anonymous', false],
    ['Can we display your name?', true],
  ])('%j: booleans, 1/0 and formula results are read as the tick they show', async (header, optIn) => {
    const path = await workbookWith(header, `${optIn ? 'opt-in' : 'opt-out'}.xlsx`);
    const merged = join(dir, `${optIn ? 'opt-in' : 'opt-out'}.merged.csv`);
    const result = await runMain(['dedupe', path, '-o', merged]);
    expect(result.stderr).not.toMatch(/unknown|not a clear/i);
    const shown = Object.fromEntries(readCsv(merged).map((row) => [row.name, row.anonymous]));
    expect(shown).toEqual(Object.fromEntries(ROWS.map(([name, , yes]) => [name, (optIn ? !yes : yes) ? 'yes' : 'no'])));
  });
});
