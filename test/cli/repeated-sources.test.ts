// The same export given twice is read once and said so (issue 11, item 4): the count stays honest.
import { describe, expect, it } from '@jest/globals';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import type { Counts, Problem } from '../../src/types.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
const EXPORT = 'name,email,country\nAda Lovelace,ada@example.com,GB\nKim Minjun,minjun@example.kr,KR\n';

async function countIn(dir: string, names: string[]) {
  const result = await runMain(['count', '--json', ...names.map((n) => join(dir, n))]);
  return { ...result, counts: JSON.parse(result.stdout) as Counts & { problems: Problem[] } };
}

describe('the same export given twice', () => {
  it.each([
    ['the same path twice', ['a.csv', 'a.csv'], 'given twice: read once'],
    ['a copy under another name', ['a.csv', 'copy.csv'], 'the same bytes as'],
  ])('%s: read once, with a warning naming both, exit 1', async (_label, names, says) => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'a.csv'), EXPORT);
      copyFileSync(join(dir, 'a.csv'), join(dir, 'copy.csv'));
      const { code, counts, stderr } = await countIn(dir, names);
      expect({ rows: counts.rows, accepted: counts.accepted, duplicates: counts.duplicates, unique: counts.unique }).toEqual({ rows: 2, accepted: 2, duplicates: 0, unique: 2 });
      expect(counts.problems.map((p) => [p.code, p.source])).toEqual([['same_file_twice', join(dir, names[1])]]);
      expect(counts.problems[0].message).toContain(says);
      expect(stderr).toContain(says);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['with a BOM and CRLF line ends', (text: string) => Buffer.from(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 'utf8')],
    ['in UTF-16', (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
  ])('a copy saved again %s (same rows, other bytes): read once, with a warning naming both, exit 1', async (_label, resave) => {
    const dir = tempDir();
    try {
      const paper = 'name,country,date\nKim Minjun,KR,2026-03-01\nLee Seoyeon,KR,2026-03-01\nPark Jiho,KR,2026-03-02\n';
      writeFileSync(join(dir, 'a.csv'), paper);
      writeFileSync(join(dir, 'resaved.csv'), resave(paper));
      const { code, counts } = await countIn(dir, ['a.csv', 'resaved.csv']);
      expect({ rows: counts.rows, unique: counts.unique }).toEqual({ rows: 3, unique: 3 });
      expect(counts.problems.map((p) => [p.code, p.source])).toEqual([['same_file_twice', join(dir, 'resaved.csv')]]);
      expect(counts.problems[0].message).toContain(join(dir, 'a.csv'));
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads two files that differ by one byte as two', async () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'a.csv'), EXPORT);
      writeFileSync(join(dir, 'b.csv'), EXPORT.replace('Ada', 'Ava'));
      const { counts } = await countIn(dir, ['a.csv', 'b.csv']);
      expect(counts.rows).toBe(4);
      expect(counts.problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('one workbook named twice in a campaign, for two of its sheets', () => {
  async function campaignWithSheets(dir: string, sheets: string[]): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('3월#집회').addRows([['이름', '이메일'], ['김민준', 'minjun@example.kr'], ['이서연', 'seoyeon@example.kr']]);
    workbook.addWorksheet('Sheet1').addRows([['name', 'email'], ['Ada Lovelace', 'ada@example.com']]);
    await workbook.xlsx.writeFile(join(dir, 'rally.xlsx'));
    const sources = sheets.map((sheet) => `  - path: rally.xlsx\n    sheet: "${sheet}"\n`).join('');
    const text = readFileSync(CAMPAIGN, 'utf8').replace(/^sources:\n(?: .*\n)+/m, `sources:\n${sources}`);
    writeFileSync(join(dir, 'campaign.yaml'), text);
    return join(dir, 'campaign.yaml');
  }

  it('reads each sheet named, not the second as a repeat of the first', async () => {
    const dir = tempDir();
    try {
      const campaign = await campaignWithSheets(dir, ['3월#집회', 'Sheet1']);
      const result = await runMain(['count', '--campaign', campaign, '--exact', '--json']);
      const counts = JSON.parse(result.stdout) as Counts & { problems: Problem[] };
      expect(counts.rows).toBe(3);
      expect(counts.problems.map((p) => p.code)).not.toContain('same_file_twice');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a sheet the workbook does not have, naming the sheets it has', async () => {
    const dir = tempDir();
    try {
      const campaign = await campaignWithSheets(dir, ['3월#집회', 'Nope']);
      const result = await runMain(['count', '--campaign', campaign, '--exact']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('there is no sheet "Nope"; the sheets are "3월#집회", "Sheet1"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the same rows in another container, order or column order (adv11b N2)', () => {
  const NAMES = 'name,country,date\nKim Minjun,KR,2024-01-01\nPark Jiwoo,KR,2024-01-02\nLee Seo,KR,2024-01-03\n';
  it.each([
    ['TSV', 'copy.tsv', 'name\tcountry\tdate\nKim Minjun\tKR\t2024-01-01\nPark Jiwoo\tKR\t2024-01-02\nLee Seo\tKR\t2024-01-03\n', 'the same rows as', 3],
    ['every cell quoted', 'quoted.csv', '"name","country","date"\n"Kim Minjun","KR","2024-01-01"\n"Park Jiwoo","KR","2024-01-02"\n"Lee Seo","KR","2024-01-03"\n', 'the same rows as', 3],
    ['rows in another order', 'shuffled.csv', 'name,country,date\nLee Seo,KR,2024-01-03\nKim Minjun,KR,2024-01-01\nPark Jiwoo,KR,2024-01-02\n', 'the same rows as', 6],
    ['columns in another order', 'cols.csv', 'date,name,country\n2024-01-01,Kim Minjun,KR\n2024-01-02,Park Jiwoo,KR\n2024-01-03,Lee Seo,KR\n', 'the same rows as', 6],
    ['a later re-export with one more row', 'plus.csv', `${NAMES}New Person,KR,2024-01-04\n`, 'holds every row of', 7],
  ])('%s: warned as same_file_twice naming both files, exit 1, rows read once when their decoded records are the same, else still counted', async (_label, name, text, says, rows) => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'names.csv'), NAMES);
      writeFileSync(join(dir, name), text);
      const { code, counts, stderr } = await countIn(dir, ['names.csv', name]);
      expect(code).toBe(1);
      expect(counts.rows).toBe(rows);
      expect(counts.problems.filter((p) => p.code === 'same_file_twice').map((p) => p.source)).toEqual([join(dir, name)]);
      expect(stderr).toContain(says);
      expect(stderr).toContain(join(dir, 'names.csv'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Outside tester F, F4: "holds every row … counted twice" was said of rows that merge by name and city (or email):
  // dedupe makes one signer of each, so nothing is counted twice, and only a notice says so (outside tester Q, M3).
  it('gives only a notice of a re-export whose shared rows all merge by email or by name and city', async () => {
    const dir = tempDir();
    try {
      const first = 'name,email,city,date\nKim Minjun,,Seoul,2024-01-01\nPark Jiwoo,jiwoo@example.kr,,2024-01-02\n';
      writeFileSync(join(dir, 'names.csv'), first);
      writeFileSync(join(dir, 'plus.csv'), `${first}Lee Seo,,Busan,2024-01-03\n`);
      const { code, counts, stderr } = await countIn(dir, ['names.csv', 'plus.csv']);
      expect(stderr).not.toContain('counted twice');
      expect(counts.problems.filter((p) => p.code === 'same_file_twice')).toEqual([]);
      expect(counts.problems.filter((p) => p.code === 'same_rows_merged').map((p) => p.source)).toEqual([join(dir, 'plus.csv')]);
      expect(code).toBe(0);
      expect([counts.rows, counts.duplicates, counts.unique]).toEqual([5, 2, 3]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Outside tester Q, M3: a source added twice in another shape, or a re-export beside its earlier export, was never
  // said when its rows all merge by email. The count is right, so it is a notice naming both files (exit code 0).
  it.each([
    ['rows in reverse order', (rows: string[]) => ['name,email,city,date', ...rows.slice().reverse()], 'the same rows as'],
    ['columns in another order', (rows: string[]) => ['date,city,email,name', ...rows.map((row) => row.split(',').reverse().join(','))], 'the same rows as'],
    ['a later re-export with one row more', (rows: string[]) => ['name,email,city,date', ...rows, 'Lee Seo,seo@example.kr,Busan,2024-01-03'], 'holds every row of'],
  ])('says the same rows in two files whose rows all merge: %s (a notice naming both, exit 0)', async (_label, reshape, says) => {
    const dir = tempDir();
    try {
      const rows = ['Kim Minjun,minjun@example.kr,Seoul,2024-01-01', 'Park Jiwoo,jiwoo@example.kr,Incheon,2024-01-02', 'Ada Lovelace,ada@example.com,London,2024-01-02'];
      writeFileSync(join(dir, 'first.csv'), `${['name,email,city,date', ...rows].join('\n')}\n`);
      writeFileSync(join(dir, 'again.csv'), `${reshape(rows).join('\n')}\n`);
      const { code, counts, stderr } = await countIn(dir, ['first.csv', 'again.csv']);
      const notices = counts.problems.filter((p) => p.code === 'same_rows_merged');
      expect(notices.map((p) => p.source)).toEqual([join(dir, 'again.csv')]);
      expect(notices[0].message).toContain(says);
      expect(notices[0].message).toContain(join(dir, 'first.csv'));
      expect(stderr).toContain('each signer is counted once');
      expect(counts.problems.filter((p) => p.code === 'same_file_twice')).toEqual([]);
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the same rows as an .xlsx workbook', async () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'names.csv'), NAMES);
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Signers');
      for (const line of NAMES.trim().split('\n')) sheet.addRow(line.split(','));
      await book.xlsx.writeFile(join(dir, 'names.xlsx'));
      const { code, counts } = await countIn(dir, ['names.csv', 'names.xlsx']);
      expect(code).toBe(1);
      expect(counts.problems.filter((p) => p.code === 'same_file_twice')).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('two exports that share one signer are not copies', async () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'names.csv'), NAMES);
      writeFileSync(join(dir, 'other.csv'), 'name,country,date\nKim Minjun,KR,2024-01-01\nSomeone Else,KR,2024-01-05\nThird One,KR,2024-01-06\n');
      const { counts } = await countIn(dir, ['names.csv', 'other.csv']);
      expect(counts.problems.filter((p) => p.code === 'same_file_twice')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the same rows after an Excel re-save, a partial re-export or a copied sheet (adv11c A2, A3)', () => {
  const NAMES = 'name,country,date\nKim Minjun,KR,2024-01-13\nPark Jiwoo,KR,2024-01-14\nLee Seo,KR,2024-01-15\n';
  it.each([
    ['dates rewritten by Excel', 'excel.csv', 'name,country,date\nKim Minjun,KR,1/13/2024\nPark Jiwoo,KR,1/14/2024\nLee Seo,KR,1/15/2024\n', 'the same rows as'],
    ['one row removed and two added', 'v2.csv', 'name,country,date\nKim Minjun,KR,2024-01-13\nLee Seo,KR,2024-01-15\nNew One,KR,2024-01-04\nNew Two,KR,2024-01-05\n', '2 of its 4 rows (50%) are also in'],
  ])('%s: warned naming both files', async (_label, name, text, says) => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir, 'names.csv'), NAMES);
      writeFileSync(join(dir, name), text);
      const { code, counts, stderr } = await countIn(dir, ['names.csv', name]);
      expect(code).toBe(1);
      expect(counts.problems.filter((p) => p.code === 'same_file_twice').map((p) => p.source)).toEqual([join(dir, name)]);
      expect(stderr).toContain(says);
      expect(stderr).toContain(join(dir, 'names.csv'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a copied sheet in one workbook ("Sheet1 (2)") is warned about like a second file', async () => {
    const dir = tempDir();
    try {
      const book = new ExcelJS.Workbook();
      for (const title of ['Sheet1', 'Sheet1 (2)']) {
        const sheet = book.addWorksheet(title);
        for (const line of NAMES.trim().split('\n')) sheet.addRow(line.split(','));
      }
      await book.xlsx.writeFile(join(dir, 'book.xlsx'));
      const { code, counts, stderr } = await countIn(dir, ['book.xlsx']);
      expect(code).toBe(1);
      expect(counts.problems.filter((p) => p.code === 'same_file_twice')).toHaveLength(1);
      expect(stderr).toContain('Sheet1 (2)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
