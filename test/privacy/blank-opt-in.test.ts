// A signer who left an opt-in display question ("Can we display your name?") blank never said yes: the name stays
// hidden. A blank opt-out answer ("Anonymous") still means the signer did not ask to hide it.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Names far apart, so no two signers are a pair awaiting review. The last row has no answer cell at all in a workbook
 * (a short CSV row is rejected, so there it is one more blank).
 */
const ROWS: ReadonlyArray<[name: string, answer: string | undefined]> = [
  ['Ahn Seojun', 'yes'],
  ['Baptiste Moreau', ''],
  ['Chiara Esposito', 'no'],
  ['Dmitri Volkov', undefined],
];

function csvWith(header: string, file: string): string {
  const lines = [`Name,Email,Country,${header}`];
  ROWS.forEach(([name, answer], i) => lines.push(`${name},signer${i}@example.org,KR,${answer ?? ''}`));
  const path = join(dir, file);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function workbookWith(header: string, file: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Signers');
  sheet.addRow(['Name', 'Email', 'Country', header]);
  ROWS.forEach(([name, answer], i) => sheet.addRow([name, `signer${i}@example.org`, 'KR', ...(answer ? [answer] : [])]));
  const path = join(dir, file);
  await book.xlsx.writeFile(path);
  return path;
}

async function anonymityOf(path: string): Promise<Record<string, string>> {
  const merged = `${path}.merged.csv`;
  const result = await runMain(['dedupe', path, '-o', merged]);
  expect(result.stderr).not.toMatch(/not a clear/i);
  return Object.fromEntries(readCsv(merged).map((row) => [row.name, row.anonymous]));
}

describe('a blank answer to an anonymity question', () => {
  it.each([
    ['Can we display your name?', 'csv'], ['Show my name publicly', 'csv'], ['Visible', 'csv'],
    ['Can we display your name?', 'xlsx'], ['Show my name publicly', 'xlsx'],
  ])('in the opt-in column %j (%s) hides the name: only a yes shows it', async (header, kind) => {
    const file = `opt-in-${header.replace(/\W+/g, '-')}.${kind}`;
    const path = kind === 'csv' ? csvWith(header, file) : await workbookWith(header, file);
    expect(await anonymityOf(path)).toEqual({
      'Ahn Seojun': 'no', 'Baptiste Moreau': 'yes', 'Chiara Esposito': 'yes', 'Dmitri Volkov': 'yes',
    });
  });

  it.each([['csv'], ['xlsx']])('in an opt-out column (%s) leaves the name shown', async (kind) => {
    const path = kind === 'csv' ? csvWith('Anonymous', 'opt-out.csv') : await workbookWith('Anonymous', 'opt-out.xlsx');
    expect(await anonymityOf(path)).toEqual({
      'Ahn Seojun': 'yes', 'Baptiste Moreau': 'no', 'Chiara Esposito': 'no', 'Dmitri Volkov': 'no',
    });
  });
});
