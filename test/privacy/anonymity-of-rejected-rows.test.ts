// A row rejected as broken may still say what its signer asked for: its anonymity answer passes on to that person's
// accepted rows (same email), so a slip in one export never prints by name someone who asked to be hidden.
// The rejected row stays rejected (read = rejected + accepted); only the accepted signer is hidden, with a warning.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';
import ExcelJS from 'exceljs';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SECOND = 'name,email,country,date\nPat Hidden,pat@example.org,KR,2024-02-01\nOpen Olga,olga@example.org,KR,2024-02-02\n';

describe('a rejected row passes its anonymity on to the same person\'s accepted rows', () => {
  it.each([
    ['an unquoted comma in the last column (anonymity before it)', 'name,email,country,date,Anonymous,comment\nAnn Other,ann@example.org,KR,2024-01-01,no,hi\nPat Hidden,pat@example.org,KR,2024-01-01,yes,hello, world\nBo Other,bo@example.org,KR,2024-01-01,no,hi\n'],
    ['an unquoted comma in the first column (anonymity after it)', 'name,email,country,date,Anonymous\nAnn Other,ann@example.org,KR,2024-01-01,no\nHidden, Pat,pat@example.org,KR,2024-01-01,yes\nBo Other,bo@example.org,KR,2024-01-01,no\n'],
    ['a date no signer can have (rejected after reading)', 'name,email,country,date,Anonymous\nAnn Other,ann@example.org,KR,2024-01-01,no\nPat Hidden,pat@example.org,KR,2999-01-01,yes\nBo Other,bo@example.org,KR,2024-01-01,no\n'],
  ])('%s', async (_why, first) => {
    const a = join(dir, 'a.csv');
    const b = join(dir, 'b.csv');
    writeFileSync(a, first);
    writeFileSync(b, SECOND);
    const merged = join(dir, 'm.csv');
    const result = await runMain(['dedupe', a, b, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    expect(rows.find((r) => r.email === 'pat@example.org')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.email === 'olga@example.org')?.anonymous).toBe('no');
    expect(result.stderr).toMatch(/asked for anonymity/);
    const json = await runMain(['count', '--json', a, b]);
    const counts = JSON.parse(json.stdout) as { rows: number; rejected: number; accepted: number };
    expect(counts).toMatchObject({ rows: 5, rejected: 1, accepted: 4 });
  });

  it('a rejected row that answered no changes nothing', async () => {
    const a = join(dir, 'a-no.csv');
    const b = join(dir, 'b-no.csv');
    writeFileSync(a, 'name,email,country,date,Anonymous,comment\nAnn Other,ann@example.org,KR,2024-01-01,no,hi\nPat Hidden,pat@example.org,KR,2024-01-01,no,hello, world\nBo Other,bo@example.org,KR,2024-01-01,no,hi\n');
    writeFileSync(b, SECOND);
    const merged = join(dir, 'm-no.csv');
    await runMain(['dedupe', a, b, '-o', merged]);
    expect(readCsv(merged).find((r) => r.email === 'pat@example.org')?.anonymous).toBe('no');
  });
});

// Paper sheets and many exports have no email: the same person's rows merge by name and postcode or name and
// city (the exact rules), and a rejected row's wish must pass on by those same rules (adv11c A1, adv14c N14).
describe('a rejected row without an email passes its anonymity on by the exact rules\' name keys', () => {
  const NO_EMAIL = 'name,email,country,postcode,city,date\nKim Post,,KR,04524,Seoul,2024-02-01\nLee Open,,KR,04524,Seoul,2024-02-01\n';
  it.each([
    ['same name and postcode (a stray trailing cell)', 'name,email,country,date,Anonymous,postcode,city\nAnn Other,,KR,2024-01-01,no,04524,Seoul\nKim Post,,KR,2024-01-01,yes,04524,Seoul,extra\n'],
    ['same name and city (an impossible date)', 'name,email,country,date,Anonymous,city\nAnn Other,,KR,2024-01-01,no,Seoul\nKim Post,,KR,2999-01-01,yes,Seoul\n'],
  ])('%s', async (_why, first) => {
    const a = join(dir, 'np-a.csv');
    const b = join(dir, 'np-b.csv');
    writeFileSync(a, first);
    writeFileSync(b, NO_EMAIL);
    const merged = join(dir, 'np-m.csv');
    const result = await runMain(['dedupe', a, b, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    expect(rows.find((r) => r.name === 'Kim Post')?.anonymous).toBe('yes');
    expect(rows.find((r) => r.name === 'Lee Open')?.anonymous).toBe('no');
    // The warning names the accepted row that is hidden, so the organizer can check it is the same person.
    expect(result.stderr).toMatch(/asked for anonymity/);
    expect(result.stderr).toContain(`${b} row 1`);
  });

  it('another name at the same postcode is not hidden', async () => {
    const a = join(dir, 'np-c.csv');
    const b = join(dir, 'np-d.csv');
    writeFileSync(a, 'name,email,country,date,Anonymous,postcode\nAnn Other,,KR,2024-01-01,no,04524\nKim Other,,KR,2999-01-01,yes,04524\n');
    writeFileSync(b, NO_EMAIL);
    const merged = join(dir, 'np-m2.csv');
    await runMain(['dedupe', a, b, '-o', merged]);
    expect(readCsv(merged).find((r) => r.name === 'Kim Post')?.anonymous).toBe('no');
  });
});

// A workbook rejects a row for a cell that shows no value before the row is read (adv11c A6): its other cells still
// say what the signer asked.
describe('a workbook row rejected for an error value or an unsaved formula passes its anonymity on', () => {
  it.each([
    // An error value in the date no longer rejects the row (its signer is counted undated): see the test below.
    ['an error value in the name', 'keep', { error: '#NAME?' }],
    ['a formula never calculated', { formula: 'B2&"x"' }, 'Pat Hidden'],
  ] as const)('%s', async (_why, date, name) => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Typed');
    sheet.addRow(['name', 'email', 'country', 'date', 'Anonymous']);
    sheet.addRow(['Ann Other', 'ann@example.org', 'KR', '2024-01-01', 'no']);
    sheet.addRow([name, 'pat@example.org', 'KR', date === 'keep' ? '2024-01-01' : date, 'yes']);
    const book = join(dir, 'err.xlsx');
    await workbook.xlsx.writeFile(book);
    const b = join(dir, 'err-b.csv');
    writeFileSync(b, SECOND);
    const merged = join(dir, 'err-m.csv');
    const result = await runMain(['dedupe', book, b, '-o', merged]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/row 3, line 3: this row was rejected, but it asked for anonymity/);
    expect(readCsv(merged).find((r) => r.email === 'pat@example.org')?.anonymous).toBe('yes');
  });

  it('a row with an error value in the date is read, undated, and stays anonymous', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Typed');
    sheet.addRow(['name', 'email', 'country', 'date', 'Anonymous']);
    sheet.addRow(['Ann Other', 'ann@example.org', 'KR', '2024-01-01', 'no']);
    sheet.addRow(['Pat Hidden', 'pat@example.org', 'KR', { error: '#VALUE!' }, 'yes']);
    const book = join(dir, 'err-date.xlsx');
    await workbook.xlsx.writeFile(book);
    const b = join(dir, 'err-date-b.csv');
    writeFileSync(b, SECOND);
    const merged = join(dir, 'err-date-m.csv');
    const result = await runMain(['dedupe', book, b, '-o', merged]);
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/this row was rejected/);
    expect(result.stderr).toMatch(/row 3, line 3, column "date": 1 date could not be read/);
    expect(readCsv(merged).find((r) => r.email === 'pat@example.org')?.anonymous).toBe('yes');
  });
});
