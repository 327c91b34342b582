// adv-s9 D9: the same rows pasted twice inside one file (two exports joined with `cat`, a block pasted again in Excel)
// counted every email-less signer twice without a word; the "same rows" check ran only between files and sheets.
import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import type { Counts, Problem } from '../../src/types.js';

const HEADER = 'name,country,date';
const PEOPLE = ['Choi Ji-an', 'Park Ji-woo', 'Kim Min-jun', 'Lee Seo-yeon', 'Jung Ha-eun', 'Kang Do-yun', 'Cho Yu-na', 'Yoon Seo-jun'];
const rowsOf = (names: readonly string[], day = 10) => names.map((name, i) => `${name},KR,2025-11-${String(day + (i % 5)).padStart(2, '0')}`);

async function countOf(path: string) {
  const result = await runMain(['count', '--json', path]);
  return { ...result, counts: JSON.parse(result.stdout) as Counts & { problems: Problem[] } };
}

const pasted = (counts: { problems: Problem[] }) => counts.problems.filter((p) => p.code === 'rows_pasted_twice');

describe('rows pasted twice inside one file', () => {
  it('two exports joined with cat (the header again mid-file): warned naming both blocks, exit 1, counted as read', async () => {
    const dir = tempDir();
    try {
      const block = [HEADER, ...rowsOf(PEOPLE)].join('\n');
      const file = join(dir, 'joined.csv');
      writeFileSync(file, `${block}\n${block}\n`);
      const { code, counts } = await countOf(file);
      expect(counts.rows).toBe(17);
      expect(counts.rejected).toBe(1);
      expect(counts.accepted).toBe(counts.duplicates + counts.unique);
      expect(counts.rows).toBe(counts.rejected + counts.accepted);
      const [warning, ...more] = pasted(counts);
      expect(more).toEqual([]);
      expect(warning.source).toBe(file);
      expect(warning.message).toMatch(/lines 11–18/);
      expect(warning.message).toMatch(/lines 2–9/);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a block of rows pasted again below without a header: the repeated run named, exit 1', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'twice.csv');
      const rows = rowsOf(PEOPLE);
      writeFileSync(file, `${[HEADER, ...rows, 'Han Ji-min,KR,2025-11-19', ...rows.slice(1, 7)].join('\n')}\n`);
      const { code, counts } = await countOf(file);
      expect(counts.rows).toBe(15);
      const [warning, ...more] = pasted(counts);
      expect(more).toEqual([]);
      expect(warning.message).toMatch(/lines 11–16/);
      expect(warning.message).toMatch(/lines 3–8/);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rows that repeat after normalising (case, spacing, another date spelling) are the same rows', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'norm.csv');
      const again = PEOPLE.slice(0, 5).map((name, i) => `  ${name.toUpperCase()} ,kr,11/${10 + i}/2025`);
      writeFileSync(file, `${[HEADER, ...rowsOf(PEOPLE.slice(0, 5)), ...again].join('\n')}\n`);
      const { counts } = await countOf(file);
      expect(pasted(counts)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('one sheet of a workbook holding its rows twice is warned too', async () => {
    const dir = tempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Paper');
      sheet.addRow(HEADER.split(','));
      for (let copy = 0; copy < 2; copy++) for (const line of rowsOf(PEOPLE)) sheet.addRow(line.split(','));
      const file = join(dir, 'pasted.xlsx');
      await workbook.xlsx.writeFile(file);
      const { code, counts } = await countOf(file);
      expect(counts.unique).toBe(16);
      const [warning, ...more] = pasted(counts);
      expect(more).toEqual([]);
      expect(warning.source).toBe(`${file}#Paper`);
      expect(warning.message).toMatch(/rows 10–17/);
      expect(warning.message).toMatch(/rows 2–9/);
      expect(code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // adv-s10 E1: four identical email-less rows are four signers counted twice, however few (this said nothing before).
  it('warns of four email-less rows again, and says nothing of a file without repeats', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'four.csv');
      const rows = rowsOf(PEOPLE);
      writeFileSync(file, `${[HEADER, ...rows, ...rows.slice(2, 6)].join('\n')}\n`);
      const [four] = pasted((await countOf(file)).counts);
      expect(four.message).toMatch(/lines 10–13 repeat lines 4–7/);
      expect(four.message).toMatch(/4 without an email or a city to merge them are counted twice/);
      writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`);
      const clean = await countOf(file);
      expect(pasted(clean.counts)).toEqual([]);
      expect(clean.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
