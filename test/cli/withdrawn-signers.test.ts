// A person listed on a sheet of withdrawn signatures leaves the count everywhere (testerA F3): their rows on other
// sheets and in other sources are rejected as `withdrawn`, naming the withdrawal row; a row that shares only a name
// with it is counted but warned about (exit 1). Every row stays accounted for, and no withdrawn name is printed.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/fixtures.js';
import { rallyWorkbook, tinyCampaignIn } from '../helpers/tiny-campaign.js';
import { readCsv } from '../helpers/read-csv.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

interface CountJson {
  rows: number; rejected: number; accepted: number; duplicates: number; unique: number; pendingReview: number;
  rejectReasons: Record<string, number>;
  problems: Array<{ source: string; code: string; row?: number; message: string }>;
}

async function count(args: string[]): Promise<{ code: number; counts: CountJson }> {
  const result = await runMain(['count', '--json', ...args]);
  return { code: result.code, counts: JSON.parse(result.stdout) as CountJson };
}

describe('signers listed as withdrawn', () => {
  it('count: their rows on other sheets are rejected as withdrawn, naming the withdrawal row, and the summary says how many', async () => {
    const path = await rallyWorkbook(tempDir());
    const { code, counts } = await count([path]);
    // 3 + 2 + 1 rows read; 김하나's two rows and the withdrawal row itself are rejected.
    expect(counts).toMatchObject({ rows: 6, rejected: 3, accepted: 3, unique: 3, pendingReview: 0, rejectReasons: { withdrawn: 2, withdrawn_sheet: 1 } });
    expect(counts.rows).toBe(counts.rejected + counts.accepted);
    expect(code).toBe(1);
    const text = await runMain(['count', path]);
    expect(text.stdout).toMatch(/rejected\s+3 \(row of a withdrawn signer 2, on a sheet of withdrawn signatures 1\)/);
    expect(text.stderr).toContain(`${path}#3월 집회, row 2 (line 2): row of a withdrawn signer — this person withdrew their signature: row 2 of ${path}#철회 lists them (the same name and city)`);
    expect(text.stderr).toContain(`${path}#부산, row 3 (line 3): row of a withdrawn signer`);
  });

  it('a withdrawal by email reaches a row in another source with that email', async () => {
    const dir = tempDir();
    const path = await rallyWorkbook(dir, { withdrawn: [] });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Signers').addRows([['Name', 'Email'], ['Ann Lee', 'ann@example.org'], ['Bo Park', 'bo@example.org']]);
    workbook.addWorksheet('Withdrawn').addRows([['Name', 'Email'], ['Hana K.', 'HANA@example.kr']]);
    const other = join(dir, 'online.xlsx');
    writeFileSync(other, Buffer.from(await workbook.xlsx.writeBuffer()));
    const { counts } = await count([path, other]);
    expect(counts).toMatchObject({ rejectReasons: { withdrawn: 1, withdrawn_sheet: 1 } });
    expect(counts.rows).toBe(counts.rejected + counts.accepted);
  });

  it('a row sharing only the name is counted, with a warning that says how to settle it (exit 1), not rejected', async () => {
    const path = await rallyWorkbook(tempDir(), { withdrawn: [['박세나', '']] });
    const { code, counts } = await count([path]);
    expect(counts).toMatchObject({ rejectReasons: { withdrawn_sheet: 1 } });
    expect(counts.rejectReasons.withdrawn).toBeUndefined();
    const warned = counts.problems.filter((p) => p.code === 'withdrawn_name_only');
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ source: `${path}#3월 집회`, row: 4 });
    expect(warned[0].message).toContain(`row 4 has the name of a withdrawn signer (row 2 of ${path}#철회)`);
    expect(warned[0].message).toContain('if it is the same person, delete the row');
    expect(warned[0].message).not.toContain('박세나');
    expect(code).toBe(1);
  });

  it('dedupe: clusters.csv gives the rows as rejected, withdrawn; merged.csv and the public list hold no withdrawn name', async () => {
    const dir = tempDir();
    const path = await rallyWorkbook(dir);
    const result = await runMain(['dedupe', path, '-o', join(dir, 'merged.csv'), '--clusters', join(dir, 'clusters.csv')]);
    expect(result.code).toBe(1);
    const clusters = readCsv(join(dir, 'clusters.csv'));
    expect(clusters.filter((r) => r.reason === 'withdrawn').map((r) => [r.file, r.row, r.status])).toEqual([[`${path}#3월 집회`, '2', 'rejected'], [`${path}#부산`, '3', 'rejected']]);
    expect(readFileSync(join(dir, 'merged.csv'), 'utf8')).not.toContain('김하나');

    const campaign = tinyCampaignIn(dir, 'multi.xlsx');
    const out = join(dir, 'packet');
    const packet = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', out]);
    expect(packet.stderr).not.toContain('김하나');
    const list = await readPdfText(readFileSync(join(out, 'signatures.pdf')));
    expect(list.text).toContain('이두리');
    expect(list.text).not.toContain('김하나');
  });
});

/** The tester's mk.js (testerA F3): three signers, and a second sheet listing 김하나 under the given name. */
async function secondSheetWorkbook(dir: string, sheetName: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('서명').addRows([
    ['이름', '이메일', '도시', '국가'],
    ['김하나', 'hana@example.kr', '서울', 'KR'],
    ['이두리', 'dul@example.kr', '부산', 'KR'],
    ['박세나', 'sena@example.kr', '부산', 'KR'],
  ]);
  workbook.addWorksheet(sheetName).addRows([['이름', '이메일', '도시'], ['김하나', '', '서울']]);
  const path = join(dir, 'w0.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

describe('a sheet named for rows set aside, not for withdrawn signatures, withdraws no one', () => {
  it.each(['중복 삭제', '중복', '삭제된 중복', 'Removed duplicates', 'Duplicates removed', 'Duplicados eliminados', 'Deleted test rows', 'Unsubscribed', 'Opt-out'])(
    '"%s": its own row is not counted, and the person still counts once from the signers sheet (3 people)', async (sheetName) => {
      const path = await secondSheetWorkbook(tempDir(), sheetName);
      const { counts } = await count([path]);
      // Its own code and words (outside tester F, F5): its people did not take their signature back.
      expect(counts).toMatchObject({ rows: 4, accepted: 3, unique: 3, rejectReasons: { set_aside_sheet: 1 } });
      expect(counts.rejectReasons.withdrawn).toBeUndefined();
      expect(counts.rejectReasons.withdrawn_sheet).toBeUndefined();
    });

  it('says a set-aside sheet\'s rows were set aside, never "signatures taken off the list", with the same counts', async () => {
    const path = await secondSheetWorkbook(tempDir(), '중복');
    const result = await runMain(['count', path]);
    expect(result.stdout).toMatch(/rejected\s+1 \(on a sheet of rows set aside 1\)/);
    const out = await runMain(['dedupe', path, '-o', join(dirname(path), 'merged.csv'), '--rejects', join(dirname(path), 'rejects.csv')]);
    expect(out.code).toBeLessThan(2);
    const rejects = readFileSync(join(dirname(path), 'rejects.csv'), 'utf8');
    expect(rejects).toContain('set_aside_sheet');
    expect(rejects).toContain('is named as rows set aside (duplicates, tests or invalid rows), so its rows are not counted; no one on it withdrew');
    expect(rejects).not.toContain('taken off the list');
  });

  it.each(['삭제 금지', '삭제하지마세요', 'Not deleted', 'Do not delete'])('"%s" keeps its rows: read as signers, none rejected (the second 김하나 awaits review)', async (sheetName) => {
    const path = await secondSheetWorkbook(tempDir(), sheetName);
    const { counts } = await count([path]);
    expect(counts).toMatchObject({ rows: 4, rejected: 0, accepted: 4, pendingReview: 1 });
  });

  it.each(['철회', '서명 철회', 'Withdrawn', 'Signature withdrawn', 'Firmas retiradas', 'Zurückgezogen', '撤回', 'Withdrawn - do not delete', '철회 (삭제 금지)'])(
    '"%s" still takes the person off the count everywhere (2 people)', async (sheetName) => {
      const path = await secondSheetWorkbook(tempDir(), sheetName);
      const { counts } = await count([path]);
      expect(counts).toMatchObject({ rows: 4, unique: 2, rejectReasons: { withdrawn: 1, withdrawn_sheet: 1 } });
    });
});
