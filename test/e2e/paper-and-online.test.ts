// The whole paper flow, with the built binary: Korean sheets printed for a rally, typed up in Excel by volunteers
// (fixtures/exports/rally-typed.xlsx, mistakes included), marked returned, and counted with two online exports. Every
// paper signature can be traced to its sheet and line: in clusters.csv, and in the signature list handed over.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportPath, tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { readCsv } from '../helpers/read-csv.js';
import { runBin } from '../helpers/run-bin.js';

const TYPED = exportPath('rally-typed.xlsx');
const TYPED_SOURCE = `${TYPED}#입력`;
const [SHEET_1, SHEET_2] = ['NKR-01-001-GJ', 'NKR-01-002-FU'];

const CAMPAIGN = `petition:
  languages: [ko, en]
  title: { ko: 탈북 난민 강제북송을 중단하십시오, en: Stop the forced return of North Korean refugees }
  text: { ko: 중화인민공화국 정부는 북한 주민의 강제북송을 중단하십시오., en: We call on China to stop returning North Koreans against their will. }
  url: https://example.org/stop-forced-returns
  code: NKR
organizer: { name: Min-ji Park, organization: Safe Passage Coalition, address: [1200 Example Avenue NW], contact: petition@example.org, signatory: Min-ji Park }
sources:
  - path: ${exportPath('google-form.csv')}
  - path: ${exportPath('change-org.csv')}
  - path: ${TYPED}
    country: KR
targets:
  - { id: un, preset: un-secretary-general, name: António Guterres, names: { ko: 안토니우 구테흐스 }, gender: male }
deliveries:
  - { id: un-2026, target: un, date: 2026-12-10, place: New York, languages: [ko], privacy: public }
`;

interface Counts {
  rows: number; rejected: number; accepted: number; duplicates: number; unique: number;
  rejectReasons: Record<string, number>;
  bySource: Record<string, { rows: number; rejected: number; accepted: number; duplicates: number; unique: number }>;
}

describe('paper sheets typed up and counted with online exports', () => {
  let dir: string;
  let campaign: string;
  beforeAll(() => {
    dir = tempDir();
    campaign = join(dir, 'campaign.yaml');
    writeFileSync(campaign, CAMPAIGN);
    const printed = runBin(['sheets', '--campaign', campaign, '--language', 'ko', '--count', '20', '-o', join(dir, 'sheets.pdf')]);
    expect(printed.stderr).toBe('');
    expect(printed.code).toBe(0);
    expect(runBin(['sheets', '--campaign', campaign, '--returned', SHEET_1, SHEET_2]).code).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the sheets typed up are the ones printed: the register holds their IDs', () => {
    const register = JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as { batches: Array<{ lines: number; sheets: string[] }>; returned: Record<string, string> };
    expect(register.batches[0].sheets.slice(0, 2)).toEqual([SHEET_1, SHEET_2]);
    expect(register.batches[0].lines).toBe(16);
    expect(Object.keys(register.returned)).toEqual([SHEET_1, SHEET_2]);
  });

  it('count --campaign counts paper and online signers together, rejecting the typing mistakes against the register', () => {
    const online = JSON.parse(runBin(['count', '--json', exportPath('google-form.csv'), exportPath('change-org.csv')]).stdout) as Counts;
    const result = runBin(['count', '--campaign', campaign, '--json']);
    const counts = JSON.parse(result.stdout) as Counts;
    expect(result.code).toBe(1);
    expect(counts.bySource[TYPED_SOURCE]).toEqual({ rows: 11, rejected: 3, accepted: 8, duplicates: 2, unique: 6 });
    expect(counts.rejectReasons).toEqual({ line_typed_twice: 1, bad_check_digit: 1, line_not_on_sheet: 1 });
    expect(counts).toMatchObject({ rows: online.rows + 11, rejected: 3, unique: online.unique + 6 });
    expect(counts.rows).toBe(counts.rejected + counts.accepted);
    expect(counts.accepted).toBe(counts.duplicates + counts.unique);
  });

  it('every paper signature is traceable to its sheet and line, in clusters.csv and in the signature list', async () => {
    const clustersPath = join(dir, 'clusters.csv');
    runBin(['dedupe', '--campaign', campaign, '-o', join(dir, 'merged.csv'), '--clusters', clustersPath]);
    const typed = readCsv(clustersPath).filter((r) => r.file === TYPED_SOURCE);
    expect(typed.map((r) => [r.row, r.status, r.paper_sheet, r.paper_line])).toEqual([
      ['2', 'duplicate', SHEET_1, '1'], ['3', 'duplicate', SHEET_1, '2'], ['4', 'kept', SHEET_1, '3'], ['5', 'kept', SHEET_1, '4'],
      ['6', 'kept', SHEET_1, '5'], ['7', 'kept', SHEET_2, '1'], ['8', 'kept', SHEET_2, '2'], ['9', 'rejected', SHEET_2, '2'],
      ['10', 'kept', SHEET_2, '3'], ['11', 'rejected', '', ''], ['12', 'rejected', '', ''],
    ]);

    const packet = join(dir, 'packet');
    expect(runBin(['packet', '--campaign', campaign, '-o', packet]).code).toBeLessThan(2);
    // Hangul and Latin are drawn in separate runs, which the text extraction joins with spaces.
    const list = (await readPdfText(readFileSync(join(packet, 'signatures.pdf')))).text.replace(/\s+/g, '');
    for (const row of typed.filter((r) => r.status === 'kept')) expect(list).toContain(`서명지${row.paper_sheet},${row.paper_line}번줄`);
    // The one who ticked "이름 비공개" (sheet 1, line 3) is listed without a name ("익명": the list is in Korean), but with the line to find the paper by.
    // Its date is the day the sheet came back (the typed file has no date column; the register's return stands in),
    // marked ‡ and explained under the list: it is no signing date.
    const returnedDay = new Date((JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as { returned: Record<string, string> }).returned[SHEET_1]);
    const shown = `${returnedDay.getUTCFullYear()}년${returnedDay.getUTCMonth() + 1}월${returnedDay.getUTCDate()}일`;
    expect(list).toContain(`익명(대한민국)대한민국${shown}‡서명지${SHEET_1},3번줄`);
    expect(list).toContain('‡종이서명지가회수되거나인쇄된날짜이며,서명자체에는날짜가없습니다.');
    expect(list).not.toContain('오하늘');
  });

  it('status shows the sheets printed, returned and typed up, with the signatures of each', () => {
    const result = runBin(['status', campaign, '--json']);
    const report = JSON.parse(result.stdout) as { sheets: { issued: number; returned: number; typed: number; typedNotReturned: string[]; returnedNotTyped: string[]; perSheet: Array<{ sheet: string; signatures: number }> } };
    expect(report.sheets).toMatchObject({ issued: 20, returned: 2, typed: 2, typedNotReturned: [], returnedNotTyped: [] });
    expect(report.sheets.perSheet.slice(0, 3).map((s) => [s.sheet, s.signatures])).toEqual([[SHEET_1, 5], [SHEET_2, 3], [expect.any(String), 0]]);
  });
});
