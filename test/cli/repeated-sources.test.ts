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
