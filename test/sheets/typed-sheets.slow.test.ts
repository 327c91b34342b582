import { describe, expect, it } from '@jest/globals';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { formatSheetId } from '../../src/sheets/sheet-id.js';
import { exportPath, tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));

interface Register { batches: Array<{ lines: number; sheets: string[] }> }

/** Prints two Korean sheets, then types them into Excel the way volunteers do, mistakes included. */
async function typedUp(dir: string): Promise<{ book: string; register: string; sheets: string[] }> {
  const campaign = join(dir, 'campaign.yaml');
  copyFileSync(CAMPAIGN, campaign);
  const result = await runMain(['sheets', '--campaign', campaign, '--language', 'ko', '--count', '2', '-o', join(dir, 'sheets.pdf')]);
  expect(result.code).toBe(0);
  const register = join(dir, 'sheet-register.json');
  const { sheets } = (JSON.parse(readFileSync(register, 'utf8')) as Register).batches[0];
  const [a, b] = sheets;
  const wrongCheck = `${a.slice(0, -1)}${a.endsWith('A') ? 'B' : 'A'}`;
  const workbook = new ExcelJS.Workbook();
  const typed = workbook.addWorksheet('입력');
  typed.addRow(['sheet', 'line', 'name', 'city', 'country', 'email', 'anonymous']);
  typed.addRow([a, 1, '김민준', '서울', 'KR', 'minjun.kim@gmail.com', '']);
  typed.addRow([a, 2, '오하늘', '서울', 'KR', '', 'O']);
  typed.addRow([a, 2, '오하늘', '서울', 'KR', '', 'O']);
  typed.addRow([b, 1, '문가람', '부산', 'KR', '', '']);
  typed.addRow([b, 99, '배나래', '부산', 'KR', '', '']);
  typed.addRow([wrongCheck, 3, '송다온', '대구', 'KR', '', '']);
  typed.addRow([formatSheetId({ code: 'PET', batch: 9, sequence: 1 }), 4, '임보라', '대구', 'KR', '', '']);
  const book = join(dir, 'typed.xlsx');
  await workbook.xlsx.writeFile(book);
  return { book, register, sheets };
}

describe('typed-up paper sheets, counted with the online exports', () => {
  it('rejects unknown sheets, bad check characters, lines off the sheet and lines typed twice, with reasons', async () => {
    const dir = tempDir();
    try {
      const { book, register, sheets } = await typedUp(dir);
      const online = exportPath('google-form.csv');
      const result = await runMain(['dedupe', online, book, '--sheet-register', register, '-o', join(dir, 'merged.csv'), '--rejects', join(dir, 'rejects.csv'), '--clusters', join(dir, 'clusters.csv')]);
      expect(result.code).toBe(1);
      const rejects = readCsv(join(dir, 'rejects.csv')).map((r) => [r.row, r.reason, r.column]);
      expect(rejects).toEqual([
        ['4', 'line_typed_twice', 'line'],
        ['6', 'line_not_on_sheet', 'line'],
        ['7', 'bad_check_digit', 'sheet'],
        ['8', 'unknown_sheet', 'sheet'],
      ]);
      // The tick in the anonymous column is honoured; the kept row points at the typed row (sheet a, line 2).
      const merged = readCsv(join(dir, 'merged.csv'));
      expect(merged.find((r) => r.name === '오하늘')).toMatchObject({ anonymous: 'yes', source: `${book}#입력`, source_row: '3', paper_sheet: sheets[0], paper_line: '2' });
      // merged.csv, like clusters.csv, says where the kept row is on paper; an online row has none.
      expect(merged.find((r) => r.name === '문가람')).toMatchObject({ paper_sheet: sheets[1], paper_line: '1' });
      expect(merged.find((r) => r.source === online)).toMatchObject({ paper_sheet: '', paper_line: '' });
      await runMain(['dedupe', online, '-o', join(dir, 'online.csv')]);
      expect(Object.keys(readCsv(join(dir, 'online.csv'))[0])).not.toContain('paper_sheet');
      expect(sheets).toHaveLength(2);
      // clusters.csv says where each typed row is on paper, the line typed twice included.
      const clusters = readCsv(join(dir, 'clusters.csv')).filter((r) => r.file === `${book}#입력`).map((r) => [r.row, r.status, r.paper_sheet, r.paper_line]);
      expect(clusters).toEqual([
        ['2', 'duplicate', sheets[0], '1'], ['3', 'kept', sheets[0], '2'], ['4', 'rejected', sheets[0], '2'], ['5', 'kept', sheets[1], '1'],
        ['6', 'rejected', '', ''], ['7', 'rejected', '', ''], ['8', 'rejected', '', ''],
      ]);
      const explained = await runMain(['explain', `${book}#입력:5`, online, book, '--sheet-register', register]);
      expect(explained.stdout).toMatch(new RegExp(`paper +sheet ${sheets[1]}, line 1\n`));

      const counts = await runMain(['count', '--json', online, book, '--sheet-register', register]);
      const json = JSON.parse(counts.stdout) as { rows: number; rejected: number; accepted: number; duplicates: number; unique: number; rejectReasons: Record<string, number>; bySource: Record<string, { rows: number; rejected: number }> };
      expect(json.bySource[`${book}#입력`]).toMatchObject({ rows: 7, rejected: 4 });
      expect(json.rejectReasons).toMatchObject({ line_typed_twice: 1, line_not_on_sheet: 1, bad_check_digit: 1, unknown_sheet: 1 });
      expect(json.rows).toBe(json.rejected + json.accepted);
      expect(json.accepted).toBe(json.duplicates + json.unique);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a typed row without a date is counted on the day its sheet came back, or was printed, per the register', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(CAMPAIGN, campaign);
      await runMain(['sheets', '--campaign', campaign, '--count', '2', '-o', join(dir, 'sheets.pdf')], { now: new Date('2025-11-01T10:00:00Z') });
      const register = join(dir, 'sheet-register.json');
      const [a, b] = (JSON.parse(readFileSync(register, 'utf8')) as Register).batches[0].sheets;
      await runMain(['sheets', '--campaign', campaign, '--returned', a], { now: new Date('2025-11-08T18:00:00Z') });
      const typed = join(dir, 'typed.csv');
      // One volunteer typed the date written on the sheet; the others left it empty.
      writeFileSync(typed, `sheet,line,name,city,anonymous,date\n${a},1,Ana Lima,Porto,,2025-11-07\n${a},2,Ben Ode,Lagos,,\n${b},1,Cy Tan,Oslo,,\n`);
      const counts = await runMain(['count', '--json', typed, '--sheet-register', register]);
      const json = JSON.parse(counts.stdout) as { byDay: Record<string, { unique: number }>; accepted: number };
      expect(json.accepted).toBe(3);
      // Typed date; sheet a came back on the 8th; sheet b was printed on the 1st and is not back yet.
      expect(Object.fromEntries(Object.entries(json.byDay).map(([day, bucket]) => [day, bucket.unique]))).toEqual({ '2025-11-07': 1, '2025-11-08': 1, '2025-11-01': 1 });
      // --from rejects a typed date before it, never a line dated only by its sheet (printed on the 1st): nothing shows it is outside.
      const windowed = JSON.parse((await runMain(['count', '--json', typed, '--sheet-register', register, '--from', '2025-11-05'])).stdout) as { accepted: number; rejected: number };
      expect(windowed).toMatchObject({ accepted: 3, rejected: 0 });
      const early = JSON.parse((await runMain(['count', '--json', typed, '--sheet-register', register, '--from', '2025-11-08'])).stdout) as { accepted: number; rejectReasons: Record<string, number> };
      expect(early).toMatchObject({ accepted: 2, rejectReasons: { outside_date_window: 1 } });
      // explain says the date was not typed and where it comes from, not a signing time to the minute.
      const typedDate = await runMain(['explain', `${typed}:1`, '--sheet-register', register]);
      expect(typedDate.stdout).toMatch(/date +2025-11-07 00:00 UTC\n/);
      const returned = await runMain(['explain', `${typed}:2`, '--sheet-register', register]);
      expect(returned.stdout).toMatch(new RegExp(`date +2025-11-08 \\(no date typed: the day sheet ${a} was marked returned\\)\n`));
      const printed = await runMain(['explain', `${typed}:3`, '--sheet-register', register]);
      expect(printed.stdout).toMatch(new RegExp(`date +2025-11-01 \\(no date typed: the day sheet ${b} was printed\\)\n`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('typed-up sheets read without a register are a problem to look at, not a silent pass', async () => {
    const dir = tempDir();
    try {
      const sheet = formatSheetId({ code: 'NKR', batch: 1, sequence: 1 });
      const never = formatSheetId({ code: 'NKR', batch: 7, sequence: 3 });
      const typed = join(dir, 'typed.csv');
      writeFileSync(typed, `sheet,line,name,city,country\n${sheet},1,Ana Lima,Seoul,KR\n${never},2,Ben Ode,Seoul,KR\n${sheet},99999999999999999999,Cy Tan,Seoul,KR\n`);
      const counted = await runMain(['count', '--json', typed]);
      expect(counted.code).toBe(1);
      const json = JSON.parse(counted.stdout) as { accepted: number; rejectReasons: Record<string, number>; problems: Array<{ source: string; code: string; message: string }> };
      expect(json.rejectReasons).toEqual({ line_not_on_sheet: 1 });
      expect(json.problems).toContainEqual(expect.objectContaining({ source: typed, code: 'sheets_unchecked', message: expect.stringContaining('--sheet-register') }));
      const plain = await runMain(['count', typed]);
      expect(plain.stderr).toContain(`${typed}: the sheet IDs and line numbers could not be checked`);

      const campaign = join(dir, 'campaign.yaml');
      writeFileSync(campaign, [
        'petition:', '  languages: [en]', '  title: { en: Stop forced returns }', '  text: { en: Stop returning North Koreans. }', '  code: NKR',
        'organizer:', '  name: Min-ji Park', '  organization: Safe Passage Coalition', '  address: [1200 Example Avenue NW]', '  contact: petition@example.org', '  signatory: Min-ji Park',
        'sources:', '  - path: typed.csv',
        'targets:', '  - id: sg', '    preset: un-secretary-general', '    name: António Guterres', '    gender: male',
        'deliveries:', '  - id: sg-2026', '    target: sg', '    date: 2026-12-10', '    place: New York', '    privacy: public',
        'timezone: Asia/Seoul', '',
      ].join('\n'));
      const status = await runMain(['status', campaign], { now: new Date('2026-12-01T00:00:00Z') });
      expect(status.stderr).toBe('');
      expect(status.code).toBe(1);
      expect(status.stdout + status.stderr).toContain('sheet-register.json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
