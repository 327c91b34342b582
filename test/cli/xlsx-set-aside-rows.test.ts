// Rows an organizer set aside in a workbook: hidden rows (by hand or by a filter) and a sheet named as withdrawn
// signatures (adv11b N7). Neither may be counted without a word, and every row stays accounted for.
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createReadStream } from 'node:fs';
import { openSources } from '../../src/read/open-sources.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

interface CountJson {
  rows: number; rejected: number; accepted: number; duplicates: number; unique: number;
  rejectReasons: Record<string, number>;
  problems: Array<{ source: string; code: string; row?: number; message: string }>;
}

const HEADER = ['Name', 'Email', 'Country'];
// Names in letters: a digit in a name reads as a contact detail and is warned of (contact_in_name).
const signers = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => [`${prefix} Signer${'BCDEFGHJKL'[i]}`, `${prefix.toLowerCase()}${i + 1}@example.org`, 'KR']);

async function workbookFile(build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(tempDir(), 'signers.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

async function count(args: string[]): Promise<{ code: number; counts: CountJson }> {
  const result = await runMain(['count', '--json', ...args]);
  return { code: result.code, counts: JSON.parse(result.stdout) as CountJson };
}

describe('rows set aside in a workbook', () => {
  it('hidden rows are counted, as a hidden sheet is, but one warning names them, and the run exits 1', async () => {
    const path = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Signers');
      sheet.addRows([HEADER, ...signers('A', 7)]);
      // Excel rows 4 and 6 to 8: set aside by hand or by a filter.
      for (const row of [4, 6, 7, 8]) sheet.getRow(row).hidden = true;
    });
    const { code, counts } = await count([path]);
    expect(counts).toMatchObject({ rows: 7, rejected: 0, accepted: 7, unique: 7 });
    const hidden = counts.problems.filter((p) => p.code === 'hidden_rows');
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ source: `${path}#Signers`, row: 4 });
    expect(hidden[0].message).toContain('4 rows are hidden in Excel (rows 4, 6, 7, 8)');
    expect(code).toBe(1);
  });

  it('a read that stops early (a preview) does not use up the warning: the first whole read tells it, once', async () => {
    const path = await workbookFile((workbook) => {
      const sheet = workbook.addWorksheet('Signers');
      sheet.addRows([HEADER, ...signers('A', 4)]);
      sheet.getRow(5).hidden = true;
    });
    const [source] = await openSources({ path, open: () => createReadStream(path) });
    for await (const record of source.records()) if (record.row > 0) break;
    expect(source.decodingProblems()).toEqual([]);
    for (let read = 0; read < 2; read++) for await (const record of source.records()) void record;
    expect(source.decodingProblems().map((p) => [p.code, p.row])).toEqual([['hidden_rows', 5]]);
  });

  it('a workbook with no hidden row says nothing about hidden rows (LibreOffice marks every row hidden="false")', async () => {
    const path = await workbookFile((workbook) => {
      workbook.addWorksheet('Signers').addRows([HEADER, ...signers('A', 3)]);
    });
    const { code, counts } = await count([path]);
    expect(counts.problems).toEqual([]);
    expect(code).toBe(0);
  });

  it.each([
    ['Withdrawn', 'withdrawn_sheet'], ['Removed signatures', 'set_aside_sheet'], ['deleted', 'set_aside_sheet'], ['Excluded', 'set_aside_sheet'], ['철회', 'withdrawn_sheet'],
    ['삭제된 서명', 'set_aside_sheet'], ['Retirados', 'withdrawn_sheet'], ['eliminadas', 'set_aside_sheet'], ['Zurückgezogen', 'withdrawn_sheet'],
  ])(
    'the rows of a sheet named "%s" are rejected (%s), not counted, and every row stays accounted for', async (name, reason) => {
      const path = await workbookFile((workbook) => {
        workbook.addWorksheet('Signers').addRows([HEADER, ...signers('A', 3)]);
        workbook.addWorksheet(name).addRows([HEADER, ...signers('W', 2)]);
      });
      const { code, counts } = await count([path]);
      expect(counts).toMatchObject({ rows: 5, rejected: 2, accepted: 3, unique: 3 });
      expect(counts.rejectReasons).toEqual({ [reason]: 2 });
      expect(code).toBe(1);
    });

  it('a hidden sheet of withdrawn signatures is not said to be "read and counted": its rows are rejected', async () => {
    const path = await workbookFile((workbook) => {
      workbook.addWorksheet('Signers').addRows([HEADER, ...signers('A', 3)]);
      workbook.addWorksheet('Withdrawn', { state: 'hidden' }).addRows([HEADER, ...signers('W', 2)]);
    });
    const { counts } = await count([path]);
    expect(counts).toMatchObject({ rows: 5, rejected: 2, unique: 3 });
    expect(counts.problems.map((p) => p.code)).toEqual([]);
  });

  it('a sheet whose name only contains such letters ("Removedor", "Deletedsheet") is read as signers', async () => {
    const path = await workbookFile((workbook) => {
      workbook.addWorksheet('Signers').addRows([HEADER, ...signers('A', 3)]);
      workbook.addWorksheet('Removedor').addRows([HEADER, ...signers('W', 2)]);
    });
    const { counts } = await count([path]);
    expect(counts).toMatchObject({ rows: 5, rejected: 0, unique: 5 });
  });

  // Naming a sheet picks it; it does not turn withdrawals into signatures (outside tester I, F3): that takes
  // --read-as-signers too.
  it('--sheet naming the withdrawn sheet still rejects its rows; with --read-as-signers they are counted', async () => {
    const path = await workbookFile((workbook) => {
      workbook.addWorksheet('Signers').addRows([HEADER, ...signers('A', 3)]);
      workbook.addWorksheet('Withdrawn').addRows([HEADER, ...signers('W', 2)]);
    });
    expect((await count([path, '--sheet', 'Withdrawn'])).counts).toMatchObject({ rows: 2, rejected: 2, unique: 0, rejectReasons: { withdrawn_sheet: 2 } });
    const { counts } = await count([path, '--sheet', 'Withdrawn', '--read-as-signers', path]);
    expect(counts).toMatchObject({ rows: 2, rejected: 0, unique: 2 });
  });
});
