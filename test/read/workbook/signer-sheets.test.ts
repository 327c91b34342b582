// A rally workbook holds more than the signers: the volunteers who typed them up, a tally. Only sheets that look like
// signer lists count without being asked; the others are passed over with a notice naming them (adv14b N4).
import { afterEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { removeTestTempDirs, tempDir } from '../../helpers/fixtures.js';
import { runMain } from '../../helpers/run-main.js';

afterEach(removeTestTempDirs);

async function workbook(sheets: Record<string, (string | number)[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  const path = join(tempDir(), 'rally.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

const rally = {
  '입력': [['이름', '도시', '국가'], ['김민준', '서울', 'KR'], ['이서연', '서울', 'KR'], ['박지호', '부산', 'KR']],
  '자원봉사자': [['이름', '전화', '담당 서명지'], ['김봉사', '010-1234-5678', 'NKR-01-008-0'], ['이봉사', '010-2222-3333', 'NKR-01-009-Y']],
  '요약': [['이름', '서명 수'], ['합계', 3], ['김민준', 1]],
};

async function count(args: string[]) {
  const result = await runMain(['count', ...args, '--json']);
  return { ...result, counts: JSON.parse(result.stdout || '{}') as { rows: number; unique: number } };
}

describe('which sheets of a workbook are signer lists', () => {
  it('counts the signer list and passes over the volunteers and the tally, naming them', async () => {
    const path = await workbook(rally);
    const { code, counts, stderr } = await count([path]);
    expect(counts).toMatchObject({ rows: 3, unique: 3 });
    expect(stderr).toMatch(/자원봉사자/);
    expect(stderr).toMatch(/요약/);
    expect(stderr).toMatch(/--sheet/);
    expect(code).toBe(0);
  });

  it('reads a passed-over sheet when --sheet names it', async () => {
    const path = await workbook(rally);
    const { counts } = await count([path, '--sheet', '자원봉사자']);
    expect(counts).toMatchObject({ rows: 2 });
  });

  it('never counts a two-column tally beside a list of signers, whatever the tab is called', async () => {
    const path = await workbook({ Sheet1: rally['입력'], Sheet2: [['Name', 'Signatures'], ['Total', 3], ['김민준', 1]] });
    const { counts, stderr } = await count([path]);
    expect(counts).toMatchObject({ rows: 3 });
    expect(stderr).toMatch(/Sheet2/);
  });

  it('in doubt (two sheets of names only) counts both but warns and exits 1', async () => {
    const path = await workbook({ '서울': [['이름'], ['김민준'], ['이서연']], '부산': [['이름'], ['박지호']] });
    const { code, counts, stderr } = await count([path]);
    expect(counts).toMatchObject({ rows: 3 });
    expect(stderr).toMatch(/서울/);
    expect(stderr).toMatch(/--sheet/);
    expect(code).toBe(1);
  });
});
