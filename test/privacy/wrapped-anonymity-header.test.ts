// An anonymity question whose header cell is wrapped over two rows of a spreadsheet export ("Don't show" above
// "my name", "비공개" above "이름", "Show my" above "name publicly") or over two lines of one quoted cell. Before,
// the lower half alone named the column ("name", "이름": the signer's "yes" was lost and the name printed) or the
// lower row was read as a signer, rejected, and the column left unread.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two signers: the first asks for anonymity in the wrapped column (or, in an opt-in column, does not consent). */
const CASES: ReadonlyArray<[label: string, header: string, yes: string, no: string]> = [
  ['en, lower half a known name', "name,email,city,country,Don't show my\n,,,,name", 'yes', ''],
  ['en, halves unknown alone', "name,email,city,country,Don't show\n,,,,my name", 'yes', ''],
  ['ko, 비공개 above 이름', '성명,이메일,도시,국가,비공개\n,,,,이름', '예', ''],
  ['ko, 이름 above 공개 안 함', '이름,이메일,도시,국가,이름\n,,,,공개 안 함', 'O', ''],
  ['es, two rows', 'nombre,correo,ciudad,país,No mostrar\n,,,,mi nombre', 'sí', ''],
  ['consent question wrapped', 'name,email,city,country,Show my\n,,,,name publicly', 'no', 'yes'],
  ['quoted line break', 'name,email,city,country,"Don\'t show\nmy name"', 'yes', ''],
  ['quoted line break, ko', 'name,email,city,country,"이름\n비공개"', '예', ''],
];

describe('an anonymity header wrapped over two rows', () => {
  it.each(CASES)('%s: the asking signer is anonymous, the other shown, no header row read as a signer', async (label, header, yes, no) => {
    const file = join(dir, `${label.replace(/[^a-z]+/giu, '-')}.csv`);
    writeFileSync(file, `${header}\n김민수,minsu@example.kr,서울,KR,${yes}\nJosé Pérez,jose@example.es,Madrid,ES,${no}\n`);
    const merged = join(dir, 'merged.csv');
    const result = await runMain(['dedupe', file, '-o', merged]);
    expect(result.stderr).not.toMatch(/rejected/);
    expect(result.stdout).toMatch(/rows read\s+2\b/);
    expect(readCsv(merged).map((row) => [row.name, row.anonymous])).toEqual([['김민수', 'yes'], ['José Pérez', 'no']]);
    rmSync(merged);
  });

  it('in a workbook too', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('서명');
    sheet.addRow(['Name', 'Email', 'Country', "Don't show"]);
    sheet.addRow([null, null, null, 'my name']);
    sheet.addRow(['Kim Minsu', 'minsu@example.kr', 'KR', 'Yes']);
    sheet.addRow(['Chiara Esposito', 'chiara@example.it', 'IT', null]);
    const path = join(dir, 'wrapped.xlsx');
    await book.xlsx.writeFile(path);
    const merged = join(dir, 'wrapped.merged.csv');
    const result = await runMain(['dedupe', path, '-o', merged]);
    expect(result.stdout).toMatch(/rows read\s+2\b/);
    expect(readCsv(merged).map((row) => [row.name, row.anonymous])).toEqual([['Kim Minsu', 'yes'], ['Chiara Esposito', 'no']]);
  });
});
