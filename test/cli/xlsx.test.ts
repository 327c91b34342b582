import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportPath, tempDir } from '../helpers/fixtures.js';
import ExcelJS from 'exceljs';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';
import { inspectExport, inspectionLabel } from '../../src/campaign-init/inspect-export.js';

const RALLY = exportPath('seoul-rally.xlsx');
const MARCH = `${RALLY}#3월 집회`;
const BUSAN = `${RALLY}#부산`;

interface CountJson {
  rows: number; rejected: number; accepted: number; duplicates: number; unique: number;
  bySource: Record<string, { rows: number; rejected: number; accepted: number; duplicates: number; unique: number }>;
  sources: Array<{ path: string; sheet?: string; rows: number }>;
}

async function countJson(args: string[]): Promise<CountJson> {
  const result = await runMain(['count', '--json', ...args]);
  return JSON.parse(result.stdout) as CountJson;
}

describe('workbooks on the command line', () => {
  it('count: every signer sheet is a source, and rows read = rejected + accepted = rejected + duplicates + unique', async () => {
    const counts = await countJson([RALLY, exportPath('seoul-paper.csv'), exportPath('libreoffice-calc.xlsx')]);
    expect(Object.keys(counts.bySource)).toEqual([MARCH, BUSAN, exportPath('seoul-paper.csv'), `${exportPath('libreoffice-calc.xlsx')}#Feuille1`, `${exportPath('libreoffice-calc.xlsx')}#서명`]);
    expect(counts.bySource[MARCH].rows).toBe(6);
    expect(counts.bySource[BUSAN].rows).toBe(3);
    expect(counts.sources.slice(0, 2)).toEqual([
      expect.objectContaining({ path: MARCH, sheet: '3월 집회', rows: 6 }),
      expect.objectContaining({ path: BUSAN, sheet: '부산', rows: 3 }),
    ]);
    expect(counts.rows).toBe(counts.rejected + counts.accepted);
    expect(counts.accepted).toBe(counts.duplicates + counts.unique);
    // 이서연 signed at the Seoul rally and again in Busan (same email, one typed in capitals).
    expect(counts.bySource[BUSAN].duplicates).toBe(1);
  });

  it('a country merged down the sheet counts every signer under it in that country; a hidden row is a signer, empty rows are not', async () => {
    const merged = exportPath('merged-cells.xlsx');
    const result = await runMain(['count', '--json', merged]);
    const counts = JSON.parse(result.stdout) as CountJson & { byCountry: Record<string, { rows: number; unique: number }>; problems: Array<{ code: string }> };
    expect(counts).toMatchObject({ rows: 4, rejected: 0, accepted: 4, unique: 4 });
    expect(Object.keys(counts.byCountry)).toEqual(['KR']);
    expect(counts.byCountry.KR).toMatchObject({ rows: 4, unique: 4 });
    // Row 4 is hidden in Excel: counted, but named in a warning, so the run has something to look at (adv11b N7).
    expect(counts.problems).toEqual([expect.objectContaining({ code: 'hidden_rows', row: 4 })]);
    expect(result.code).toBe(1);
  });

  it('--sheet reads one sheet', async () => {
    const counts = await countJson([RALLY, '--sheet', '부산']);
    expect(Object.keys(counts.bySource)).toEqual([BUSAN]);
    expect(counts.rows).toBe(3);
  });

  it('dedupe: clusters.csv names each row by its sheet and the row number Excel shows', async () => {
    const dir = tempDir();
    try {
      const result = await runMain(['dedupe', RALLY, '-o', join(dir, 'merged.csv'), '--clusters', join(dir, 'clusters.csv')]);
      // Row 6 of the March sheet is hidden in Excel: read and counted, with a warning (exit 1).
      expect(result.stderr).toContain('1 row is hidden in Excel (row 6)');
      expect(result.code).toBe(1);
      const rows = readCsv(join(dir, 'clusters.csv'));
      expect(rows.map((r) => `${r.file}:${r.row} ${r.status}`)).toEqual([
        `${MARCH}:4 kept`, `${MARCH}:5 kept`, `${MARCH}:6 kept`, `${MARCH}:7 kept`, `${MARCH}:8 kept`, `${MARCH}:9 kept`,
        `${BUSAN}:2 duplicate`, `${BUSAN}:3 kept`, `${BUSAN}:4 kept`,
      ]);
      const merged = readCsv(join(dir, 'merged.csv'));
      expect(merged.find((r) => r.name === '최수아')).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('explain FILE#SHEET:ROW finds the row, and names a row that holds no signer', async () => {
    const result = await runMain(['explain', '--json', `${BUSAN}:2`, RALLY]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'duplicate', rule: 'same_email', matched: { file: MARCH, row: 5 } });
    const above = await runMain(['explain', `${MARCH}:2`, RALLY]);
    expect(above.code).toBe(2);
    expect(above.stderr).toContain('row 2 is empty or above the header (data starts below row 3)');
  });

  it('explain FILE:ROW of a workbook takes its one sheet with a header, or asks for FILE#SHEET:ROW naming the sheets (adv14 D6)', async () => {
    const typed = exportPath('rally-typed.xlsx');
    const one = await runMain(['explain', '--json', `${typed}:3`, typed]);
    expect(one.code).toBe(0);
    expect(JSON.parse(one.stdout)).toMatchObject({ file: `${typed}#입력`, row: 3 });
    const two = await runMain(['explain', `${RALLY}:3`, RALLY]);
    expect(two.code).toBe(2);
    expect(two.stderr).not.toContain('0 data rows');
    expect(two.stderr).toContain(`${MARCH}:3`);
    expect(two.stderr).toContain(`${BUSAN}:3`);
  });

  it('--sheet FILE=NAME picks a sheet in one of several workbooks, the others read whole (adv14 D19)', async () => {
    const typed = exportPath('rally-typed.xlsx');
    const result = await runMain(['count', typed, RALLY, '--sheet', 'seoul-rally.xlsx=부산', '--json']);
    expect(result.stderr).not.toContain('there is no sheet');
    const sources = Object.keys((JSON.parse(result.stdout) as { bySource: Record<string, unknown> }).bySource);
    expect(sources).toEqual([`${typed}#입력`, BUSAN]);
  });

  it('explain finds a sheet whose name holds # and names the sheets when the one asked for does not exist', async () => {
    const dir = tempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      const rally = workbook.addWorksheet('Rally #2');
      rally.addRow(['Name', 'Email']);
      rally.addRow(['Ana Lima', 'ana@example.org']);
      rally.addRow(['Ben Ode', 'ben@example.org']);
      const seoul = workbook.addWorksheet('Seoul');
      seoul.addRow(['Name', 'Email']);
      seoul.addRow(['Ana Lima', 'ana@example.org']);
      const book = join(dir, 'rally #1.xlsx');
      await workbook.xlsx.writeFile(book);
      const found = await runMain(['explain', '--json', `${book}#Rally #2:3`]);
      expect(found.stderr).toBe('');
      expect(JSON.parse(found.stdout)).toMatchObject({ file: `${book}#Rally #2`, row: 3, status: 'kept' });
      const alsoGiven = await runMain(['explain', '--json', `${book}#Seoul:2`, book]);
      expect(JSON.parse(alsoGiven.stdout)).toMatchObject({ status: 'duplicate', matched: { file: `${book}#Rally #2`, row: 2 } });
      // Excel refuses ':' in a sheet's name, but another program may write one: the row number follows the last ':'.
      const JSZip = (await import('jszip')).default;
      const zip = await JSZip.loadAsync(readFileSync(book));
      zip.file('xl/workbook.xml', (await zip.file('xl/workbook.xml')!.async('string')).replace('"Seoul"', '"Seoul:2#b"'));
      const colons = join(dir, 'colons.xlsx');
      writeFileSync(colons, await zip.generateAsync({ type: 'nodebuffer' }));
      expect(JSON.parse((await runMain(['explain', '--json', `${colons}#Seoul:2#b:2`])).stdout)).toMatchObject({ file: `${colons}#Seoul:2#b`, row: 2 });
      const missing = await runMain(['explain', `${book}#Busan:3`]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`there is no sheet "Busan" in ${book}; its sheets are "Rally #2", "Seoul"`);
      expect(missing.stderr).not.toContain('0 data rows');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a hidden sheet is read, as hidden rows are, and the run says so', async () => {
    const dir = tempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      const shown = workbook.addWorksheet('Signers');
      shown.addRow(['Name', 'Email']);
      shown.addRow(['Ana Lima', 'ana@example.org']);
      const hidden = workbook.addWorksheet('Old', { state: 'hidden' });
      hidden.addRow(['Name', 'Email']);
      hidden.addRow(['Zed Old', 'zed@example.org']);
      const book = join(dir, 'hidden.xlsx');
      await workbook.xlsx.writeFile(book);
      const result = await runMain(['count', '--json', book]);
      const counts = JSON.parse(result.stdout) as CountJson;
      expect(Object.keys(counts.bySource)).toEqual([`${book}#Signers`, `${book}#Old`]);
      expect(result.stderr).toContain(`${book}#Old: the sheet "Old" is hidden in Excel, so its rows may not be meant as signers; they are read and counted (read one sheet with --sheet "Signers")`);
      expect(result.code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a row with a reason and the Excel row it is on', async () => {
    const dir = tempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Typed');
      sheet.addRow(['Rally sheets typed on 3 March']);
      sheet.addRow([]);
      sheet.addRow(['Name', 'Email', 'City']);
      sheet.addRow(['Ana Lima', 'ana@example.org', 'Porto']);
      sheet.addRow(['', 'nobody@example.org', 'Porto']);
      sheet.addRow(['Name', 'Email', 'City']);
      sheet.addRow(['Ben Ode', '', 'Lagos']);
      const book = join(dir, 'typed.xlsx');
      await workbook.xlsx.writeFile(book);
      const result = await runMain(['dedupe', book, '-o', join(dir, 'merged.csv'), '--rejects', join(dir, 'rejects.csv')]);
      expect(result.code).toBe(1);
      expect(readCsv(join(dir, 'rejects.csv')).map((r) => [r.file, r.row, r.reason])).toEqual([
        [`${book}#Typed`, '5', 'no_name'],
        [`${book}#Typed`, '6', 'repeated_header'],
      ]);
      expect(result.stderr).toContain(`rejected: ${book}#Typed, row 5`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a formula never calculated or an error value in any column is named as such, not as an empty name', async () => {
    const dir = tempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Typed');
      sheet.addRow(['Name', 'Email', 'Date', 'Postcode']);
      sheet.addRow(['Ana Lima', 'ana@example.org', '2025-01-02', '04524']);
      // Written by a script, never opened in Excel: the formula has no saved result.
      sheet.addRow([{ formula: 'A2&"x"' }, 'b@example.org', '2025-01-02', '04524']);
      sheet.addRow([{ formula: '1/0', result: { error: '#DIV/0!' } }, 'c@example.org', '2025-01-02', '04524']);
      sheet.addRow([{ error: '#N/A' }, 'd@example.org', '2025-01-02', '04524']);
      sheet.addRow(['Eve Ode', 'e@example.org', { error: '#VALUE!' }, '04524']);
      sheet.addRow(['Fay Ode', 'f@example.org', '2025-01-02', { formula: 'B9', result: 0 }]);
      const book = join(dir, 'typed.xlsx');
      await workbook.xlsx.writeFile(book);
      const result = await runMain(['dedupe', book, '-o', join(dir, 'merged.csv'), '--rejects', join(dir, 'rejects.csv')]);
      expect(result.code).toBe(1);
      const rejects = readCsv(join(dir, 'rejects.csv'));
      expect(rejects.map((r) => [r.row, r.reason, r.column])).toEqual([
        ['3', 'formula_without_result', 'Name'],
        ['4', 'error_value', 'Name'],
        ['5', 'error_value', 'Name'],
      ]);
      expect(result.stderr).toContain(`rejected: ${book}#Typed, row 3 (line 3, column "Name"): formula without a saved result — cell A3 holds a formula whose result was never saved: open the workbook in Excel or LibreOffice, save it, and read it again`);
      expect(result.stderr).toContain(`rejected: ${book}#Typed, row 5 (line 5, column "Name"): error value — cell A5 holds the error value #N/A`);
      // An error value in the date column is an unreadable date, not a lost signer (see the test below).
      expect(result.stderr).toContain(`warning: ${book}#Typed, row 6, line 6, column "date": 1 date could not be read (rows 6), e.g. "#VALUE!"`);
      expect(result.stderr).not.toContain('the name is empty');
      // A formula whose saved result is 0 is a 0, not an empty cell.
      expect(readCsv(join(dir, 'merged.csv')).find((r) => r.name === 'Fay Ode')?.postcode).toBe('0');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an error value in the date column counts its signer undated with a warning, as an unreadable date in a CSV does; in the name column it rejects the row', async () => {
    const dir = tempDir();
    try {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Typed');
      sheet.addRow(['Name', 'Email', 'Date']);
      sheet.addRow(['Ana Lima', 'ana@example.org', '2025-01-02']);
      sheet.addRow(['Eve Ode', 'eve@example.org', { error: '#VALUE!' }]);
      sheet.addRow(['Gus Ode', 'gus@example.org', { formula: 'DATEVALUE(B4)', result: { error: '#REF!' } }]);
      sheet.addRow([{ error: '#N/A' }, 'd@example.org', '2025-01-02']);
      const book = join(dir, 'dates.xlsx');
      await workbook.xlsx.writeFile(book);
      const result = await runMain(['count', '--json', '--from', '2025-01-01', book]);
      expect(result.code).toBe(1);
      const counts = JSON.parse(result.stdout) as CountJson & { rejectReasons: Record<string, number> };
      expect([counts.rows, counts.rejected, counts.accepted, counts.unique]).toEqual([4, 1, 3, 3]);
      expect(counts.rows).toBe(counts.rejected + counts.accepted);
      expect(counts.rejectReasons).toEqual({ error_value: 1 });
      expect(result.stderr).toContain(`warning: ${book}#Typed, row 3, line 3, column "date": 2 signers whose date cannot be read are counted (rows 3, 4)`);
      expect(result.stderr).toContain('2 dates could not be read (rows 3, 4), e.g. "#VALUE!"');
      expect(result.stderr).toContain(`rejected: ${book}#Typed, row 5 (line 5, column "Name"): error value — cell A5 holds the error value #N/A`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('inspect shows the workbook, the sheet read and the others', async () => {
    const result = await runMain(['inspect', RALLY]);
    expect(result.stdout).toContain('workbook   .xlsx, sheets "안내", "3월 집회", "부산"');
    expect(result.stdout).toContain(`sheet      3월 집회, read as ${MARCH}`);
    expect(result.stdout).toContain(`also read  ${BUSAN} (show it with --sheet "부산")`);
    expect(result.stdout).toMatch(/row {3}7 \(line 7\): 최수아/);
  });

  it('init looks at a workbook like a CSV', async () => {
    const inspection = await inspectExport(RALLY);
    expect(inspectionLabel(inspection)).toBe('generic export, .xlsx workbook, sheet "3월 집회" of 3');
    expect(inspection.rows[0]).toBe('row 4: 김민준 | 서울 | (no country) | 2025-11-01');
  });

  it('an .ods file stops the run with what to do', async () => {
    const dir = tempDir();
    try {
      const { writeFileSync } = await import('node:fs');
      const ods = join(dir, 'rally.ods');
      writeFileSync(ods, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]));
      const result = await runMain(['count', ods]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('this is an OpenDocument spreadsheet (.ods)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a campaign source names its sheet', () => {
  it('sheet: in campaign.yaml is accepted and reaches the reader', async () => {
    const { parseCampaign } = await import('../../src/campaign/parse-campaign.js');
    const { campaignScanOptions } = await import('../../src/campaign/campaign-scan-options.js');
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const file = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
    const yaml = readFileSync(file, 'utf8').replace(/^sources:\n/m, 'sources:\n  - path: rally.xlsx\n    sheet: 부산\n');
    const campaign = parseCampaign(yaml, file, join(file, '..'));
    expect(campaign.sources[0]).toMatchObject({ pathAsWritten: 'rally.xlsx', sheet: '부산' });
    expect(campaignScanOptions(campaign, 'UTC', new Date()).specs[0]).toMatchObject({ path: 'rally.xlsx', sheet: '부산' });
  });
});
