// adv-s10 E1/E5/E6: rows repeated in another order inside one file (re-sorted, reversed, each typed twice in a row) and
// a few identical email-less rows in a second typed-up file were counted twice without a word; the warning about a
// repeat said "counted twice" even when the exact rules had merged the copies (same name and city).
import { describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import type { Counts, Problem } from '../../src/types.js';

const HEADER = 'name,country,date';
const PEOPLE = ['Choi Ji-an', 'Park Ji-woo', 'Kim Min-jun', 'Lee Seo-yeon', 'Jung Ha-eun', 'Kang Do-yun', 'Cho Yu-na', 'Yoon Seo-jun', 'Müller Anna', 'García Lucía'];
const rows = PEOPLE.map((name, i) => `${name},KR,2025-11-${String(10 + (i % 7)).padStart(2, '0')}`);

async function countOf(...paths: string[]) {
  const result = await runMain(['count', '--json', ...paths]);
  return { ...result, counts: JSON.parse(result.stdout) as Counts & { problems: Problem[] } };
}
const repeatedIn = (counts: { problems: Problem[] }) => counts.problems.filter((p) => p.code === 'rows_pasted_twice');
const sharedWith = (counts: { problems: Problem[] }) => counts.problems.filter((p) => p.code === 'rows_in_two_sources');

function balanced(counts: Counts) {
  expect(counts.rows).toBe(counts.rejected + counts.accepted);
  expect(counts.accepted).toBe(counts.duplicates + counts.unique);
}

describe('rows repeated inside one file, in any order', () => {
  it.each([
    ['re-sorted by name', [...rows, ...[...rows].sort()], 10],
    ['reversed', [...rows, ...[...rows].reverse()], 10],
    ['every row typed twice in a row', rows.flatMap((row) => [row, row]), 10],
    ['a partial overlap re-sorted', [...rows.slice(0, 7), ...rows.slice(4).sort()], 3],
    ['three rows again, in spaced capitals', [...rows, ...rows.slice(2, 5).reverse().map((row) => `  ${row.toUpperCase().replace(',KR,', ' ,kr,')}`)], 3],
    ['one row typed twice', [...rows.slice(0, 5), rows[2], ...rows.slice(5)], 1],
  ])('%s: warned naming the lines, how many are counted twice, exit 1', async (_label, lines, twice) => {
    const dir = tempDir();
    try {
      const file = join(dir, 'paper.csv');
      writeFileSync(file, `${[HEADER, ...lines].join('\n')}\n`);
      const { code, counts } = await countOf(file);
      balanced(counts);
      const [warning, ...more] = repeatedIn(counts);
      expect(more).toEqual([]);
      expect(warning.source).toBe(file);
      expect(warning.message).toMatch(/lines? \d+/);
      expect(warning.message).toContain(`${twice} `);
      expect(warning.message).toMatch(/counted twice/);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('copies merged by the exact rules (same name and city) are said to be merged, not counted twice', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'seoul.csv');
      const withCity = PEOPLE.slice(0, 6).map((name, i) => `${name},Seoul,KR,2025-11-1${i}`);
      writeFileSync(file, `${['name,city,country,date', ...withCity, ...[...withCity].reverse()].join('\n')}\n`);
      const { code, counts } = await countOf(file);
      balanced(counts);
      expect(counts.unique).toBe(6);
      const [warning] = repeatedIn(counts);
      expect(warning.message).toMatch(/merged as duplicates/);
      expect(warning.message).not.toMatch(/counted twice/);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('two people of one name on different days, and a file without repeats, are not warned', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'clean.csv');
      writeFileSync(file, `${[HEADER, ...rows, 'Choi Ji-an,KR,2025-12-01'].join('\n')}\n`);
      const { code, counts } = await countOf(file);
      expect(repeatedIn(counts)).toEqual([]);
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('identical email-less rows in two files, whatever their share', () => {
  it.each([1, 3, 5, 8])('%d identical rows among 12 new ones: warned with the number counted twice, exit 1', async (shared) => {
    const dir = tempDir();
    try {
      const first = join(dir, 'volunteer-a.csv');
      const second = join(dir, 'volunteer-b.csv');
      // 20 rows, so that 8 shared stay under the share at which the file is taken for a re-export (warned otherwise).
      const others = Array.from({ length: 10 }, (_, i) => `Seo Ga-${String.fromCharCode(97 + i)}m,KR,2025-11-0${1 + (i % 9)}`);
      writeFileSync(first, `${[HEADER, ...rows, ...others].join('\n')}\n`);
      const fresh = Array.from({ length: 12 }, (_, i) => `Han Da-${String.fromCharCode(97 + i)}n,KR,2025-11-2${i % 9}`);
      writeFileSync(second, `${[HEADER, ...fresh.slice(0, 6), ...rows.slice(0, shared).reverse(), ...fresh.slice(6)].join('\n')}\n`);
      const { code, counts } = await countOf(first, second);
      balanced(counts);
      const [warning, ...more] = sharedWith(counts);
      expect(more).toEqual([]);
      expect(warning.source).toBe(second);
      expect(warning.message).toContain('volunteer-a.csv');
      expect(warning.message).toContain(`${shared} `);
      expect(warning.message).toMatch(/counted twice/);
      expect(warning.message).toMatch(/lines? 8/);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // issue 14 (outside tester I, F1): the CSV pair warned, the same two tabs of one workbook did not.
  it('the same in two sheets of one workbook, each its own source: warned naming both sheets', async () => {
    const dir = tempDir();
    try {
      const path = join(dir, 'rally.xlsx');
      const others = Array.from({ length: 10 }, (_, i) => `Seo Ga-${String.fromCharCode(97 + i)}m,KR,2025-11-0${1 + (i % 9)}`);
      const fresh = Array.from({ length: 12 }, (_, i) => `Han Da-${String.fromCharCode(97 + i)}n,KR,2025-11-2${i % 9}`);
      const workbook = new ExcelJS.Workbook();
      const cells = (lines: string[]) => lines.map((line) => line.split(','));
      workbook.addWorksheet('Seoul').addRows(cells([HEADER, ...rows, ...others]));
      workbook.addWorksheet('Busan').addRows(cells([HEADER, ...fresh.slice(0, 6), ...rows.slice(0, 3), ...fresh.slice(6)]));
      writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
      const { code, counts } = await countOf(path);
      balanced(counts);
      const [warning, ...more] = sharedWith(counts);
      expect(more).toEqual([]);
      expect(warning.source).toBe(`${path}#Busan`);
      expect(warning.message).toBe(`3 rows (lines 8–10) have the name and signing date of rows of ${path}#Seoul, with no email, and no city on both, to merge them: they are counted twice (the same sheet typed up twice?); if they are the same people, remove one copy`);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // verifyR1 F-H1: the second typist skipped the address column; the rule asked both copies to have no city.
  const withCity = rows.slice(0, 3).map((row) => row.replace(',KR,', ',Seoul,KR,'));
  const placeless = rows.slice(0, 3);
  const fresh = Array.from({ length: 9 }, (_, i) => `Han Da-${String.fromCharCode(97 + i)}n,KR,2025-11-2${i % 9}`);
  it.each([
    ['the address first', ['name,city,country,date', ...withCity, ...rows.slice(3).map((row) => row.replace(',KR,', ',,KR,'))], [HEADER, ...placeless, ...fresh]],
    ['the address second', [HEADER, ...placeless, ...rows.slice(3)], ['name,city,country,date', ...withCity, ...fresh.map((row) => row.replace(',KR,', ',Busan,KR,'))]],
  ])('a copy with the city and one without (%s): warned as counted twice, exit 1', async (_label, firstLines, secondLines) => {
    const dir = tempDir();
    try {
      const first = join(dir, 'with-address.csv');
      const second = join(dir, 'typed-again.csv');
      writeFileSync(first, `${firstLines.join('\n')}\n`);
      writeFileSync(second, `${secondLines.join('\n')}\n`);
      const { code, counts } = await countOf(first, second);
      balanced(counts);
      const [warning, ...more] = sharedWith(counts);
      expect(more).toEqual([]);
      expect(warning.source).toBe(second);
      expect(warning.message).toContain('3 rows (lines 2–4)');
      expect(warning.message).toMatch(/counted twice/);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the same name on one day in two cities is two people: no warning', async () => {
    const dir = tempDir();
    try {
      const first = join(dir, 'seoul.csv');
      const second = join(dir, 'busan.csv');
      writeFileSync(first, `${['name,city,country,date', ...rows.slice(0, 3).map((row) => row.replace(',KR,', ',Seoul,KR,'))].join('\n')}\n`);
      writeFileSync(second, `${['name,city,country,date', ...rows.slice(0, 3).map((row) => row.replace(',KR,', ',Busan,KR,'))].join('\n')}\n`);
      const { code, counts } = await countOf(first, second);
      expect(sharedWith(counts)).toEqual([]);
      expect(counts.unique).toBe(6);
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rows with an email are merged by it: no warning', async () => {
    const dir = tempDir();
    try {
      const first = join(dir, 'a.csv');
      const second = join(dir, 'b.csv');
      writeFileSync(first, 'name,email,country\nAda Lovelace,ada@example.com,GB\nKim Minjun,minjun@example.kr,KR\nBo Lee,bo@example.kr,KR\n');
      writeFileSync(second, 'name,email,country\nAda Lovelace,ada@example.com,GB\nZed Xu,zed@example.cn,CN\nAl Roe,al@example.us,US\nCy Poe,cy@example.us,US\n');
      const { counts } = await countOf(first, second);
      expect(sharedWith(counts)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
