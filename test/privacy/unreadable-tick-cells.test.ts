// An anonymity cell a workbook shows no value in — an error typed or pasted (#N/A), a formula whose saved result is an
// error (#REF!, #VALUE!), a formula whose result was never saved — may hold the signer's tick: the row is rejected,
// and the question "hide my name?" is passed on to the same person's accepted rows, with a warning, whichever way
// the cell came to be unreadable (adv-s9 D6: only the static error was, the formula cases printed the name).
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Cell = ExcelJS.CellValue;

const UNREADABLE: Array<[string, Cell]> = [
  ['a static #N/A', { error: '#N/A' } as Cell],
  ['a formula never calculated', { formula: 'IF(A1="","O","")' } as Cell],
  ['a formula whose result is #REF!', { formula: 'VLOOKUP(A1,B:B,2)', result: { error: '#REF!' } } as Cell],
  ['a formula whose result is #VALUE!', { formula: 'A1+1', result: { error: '#VALUE!' } } as Cell],
  ['a formula whose result is #N/A', { formula: 'MATCH(A1,B:B,0)', result: { error: '#N/A' } } as Cell],
  ['a formula whose result is #NAME?', { formula: 'TICK(A1)', result: { error: '#NAME?' } } as Cell],
];

async function workbook(path: string, header: string[], rows: Cell[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('입력');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  await book.xlsx.writeFile(path);
}

describe('an unreadable anonymity cell in a workbook fails closed, whatever made it unreadable', () => {
  it.each(UNREADABLE)('%s in the tick column of a typed-up sheet: the same email online is hidden', async (why, cell) => {
    const slug = why.replace(/\W+/g, '-');
    const book = join(dir, `${slug}.xlsx`);
    await workbook(book, ['sheet', 'line', 'name', 'email', 'city', 'country', '이름 비공개'], [
      ['NKR-01-020-2J', '1', '열린이', 'open@ex.kr', '서울', 'KR', ''],
      ['NKR-01-020-2J', '2', '불참오', 'b5@ex.kr', '서울', 'KR', cell],
    ]);
    const online = join(dir, `${slug}-online.csv`);
    writeFileSync(online, 'name,email,country\n불참오,b5@ex.kr,KR\n다른이,other@ex.kr,KR\n');
    const merged = join(dir, `${slug}-m.csv`);
    const result = await runMain(['dedupe', book, online, '-o', merged]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/row 3, line 3: this row was rejected, but it asked for anonymity/);
    const rows = readCsv(merged);
    expect(rows.find((r) => r.email === 'b5@ex.kr')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.email === 'other@ex.kr')?.anonymous).toBe('no');
    expect(rows.find((r) => r.email === 'open@ex.kr')?.anonymous).toBe('no');
  });

  it.each(UNREADABLE)('%s in an online "Anonymous" column beside an unreadable email: passed on by name and city', async (why, cell) => {
    const slug = `nc-${why.replace(/\W+/g, '-')}`;
    const book = join(dir, `${slug}.xlsx`);
    // The email cell is the first one that shows no value: the tick cell must still count, not only the first fault.
    await workbook(book, ['name', 'email', 'city', 'country', 'Anonymous'], [
      ['Ann Open', 'ann@ex.org', 'Seoul', 'KR', 'no'],
      ['Pat Hidden', { formula: 'B2' } as Cell, 'Seoul', 'KR', cell],
    ]);
    const other = join(dir, `${slug}-other.csv`);
    writeFileSync(other, 'name,city,country\nPat Hidden,Seoul,KR\nLee Open,Seoul,KR\n');
    const merged = join(dir, `${slug}-m.csv`);
    const result = await runMain(['dedupe', book, other, '-o', merged]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/this row was rejected, but it asked for anonymity/);
    const rows = readCsv(merged);
    expect(rows.find((r) => r.name === 'Pat Hidden')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.name === 'Lee Open')?.anonymous).toBe('no');
  });

  it('the same sheet line typed again elsewhere, name spelled otherwise, is hidden too', async () => {
    const book = join(dir, 'line-copy.xlsx');
    await workbook(book, ['sheet', 'line', 'name', 'city', 'country', '이름 비공개'], [
      ['NKR-01-020-2J', '2', '불참오', '서울', 'KR', { formula: 'VLOOKUP(A1,B:B,2)', result: { error: '#REF!' } } as Cell],
    ]);
    const retyped = join(dir, 'line-copy.csv');
    writeFileSync(retyped, 'sheet,line,name,city,country,이름 비공개\nNKR-01-020-2J,2,불참 오,부산,KR,\nNKR-01-020-2J,3,열린삼,서울,KR,\n');
    const merged = join(dir, 'line-copy-m.csv');
    const result = await runMain(['dedupe', book, retyped, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    expect(rows.find((r) => r.paper_line === '2')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.paper_line === '3')?.anonymous).toBe('no');
  });

  it('a formula error in a "show my name" (consent) column hides the name too', async () => {
    const book = join(dir, 'consent.xlsx');
    await workbook(book, ['name', 'email', 'country', 'Display my name'], [
      ['Ann Open', 'ann@ex.org', 'KR', 'yes'],
      ['Pat Hidden', 'pat@ex.org', 'KR', { formula: 'C3="x"', result: { error: '#VALUE!' } } as Cell],
    ]);
    const other = join(dir, 'consent-other.csv');
    writeFileSync(other, 'name,email,country\nPat Hidden,pat@ex.org,KR\n');
    const merged = join(dir, 'consent-m.csv');
    const result = await runMain(['dedupe', book, other, '-o', merged]);
    expect(result.code).toBe(1);
    expect(readCsv(merged).find((r) => r.email === 'pat@ex.org')?.anonymous).toBe('yes');
  });

  it('an unreadable cell outside any anonymity column passes on only a tick the row has', async () => {
    const book = join(dir, 'date-only.xlsx');
    await workbook(book, ['name', 'email', 'country', 'date', 'Anonymous'], [
      ['Pat Shown', 'pat@ex.org', 'KR', { formula: 'TODAY()' } as Cell, 'no'],
    ]);
    const other = join(dir, 'date-only-other.csv');
    writeFileSync(other, 'name,email,country\nPat Shown,pat@ex.org,KR\n');
    const merged = join(dir, 'date-only-m.csv');
    await runMain(['dedupe', book, other, '-o', merged]);
    expect(readCsv(merged).find((r) => r.email === 'pat@ex.org')?.anonymous).toBe('no');
  });
});

// The same cells saved to CSV by Excel arrive as the error's text: read as an unclear answer, so the name is hidden.
describe('an error value typed in a CSV anonymity column is no answer and hides the name', () => {
  it.each(['#N/A', '#REF!', '#VALUE!', '#NAME?', '#DIV/0!', 'Err:502', '#NV', '#NOMBRE?'])('%s', async (value) => {
    const csv = join(dir, 'csv-error.csv');
    writeFileSync(csv, `name,email,country,Anonymous\nPat Hidden,pat@ex.org,KR,${value}\nAnn Open,ann@ex.org,KR,no\n`);
    const merged = join(dir, 'csv-error-m.csv');
    const result = await runMain(['dedupe', csv, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    expect(rows.find((r) => r.email === 'pat@ex.org')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.email === 'ann@ex.org')?.anonymous).toBe('no');
  });
});
