// init on a rally workbook writes which sheet it read, so the campaign counts what init showed (adv14b N4).
import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

afterEach(removeTestTempDirs);

async function initWith(sheets: Record<string, string[][]>): Promise<{ code: number; yaml: string; campaign: string; stdout: string }> {
  const dir = tempDir();
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  const workbook = join(dir, 'rally.xlsx');
  await book.xlsx.writeFile(workbook);
  writeFileSync(join(dir, 'text.txt'), 'We call on China to stop forced returns.\n');
  const campaign = join(dir, 'campaign.yaml');
  const { code, stdout } = await runMain(['init', '--yes', '-o', campaign, '--language', 'en', '--title', 'en=Stop forced returns', '--text', `en=${join(dir, 'text.txt')}`,
    '--organizer', 'Min-ji Park', '--organization', 'Safe Passage Coalition', '--address', '1 Example Road', '--contact', 'p@example.org', '--role', 'Coordinator',
    '--source', workbook, '--preset', 'un-secretary-general', '--official', 'António Guterres', '--gender', 'male',
    '--date', '2026-12-10', '--place', 'Seoul', '--privacy', 'recipient', '--goal', '100', '--timezone', 'Asia/Seoul']);
  return { code, yaml: code === 0 ? readFileSync(campaign, 'utf8') : '', campaign, stdout };
}

const signers = [['이름', '도시'], ['김민준', '서울'], ['이서연', '부산']];
const volunteers = [['이름', '전화'], ['김봉사', '010-1234-5678']];

describe('init on a workbook of several sheets', () => {
  it('writes sheet: for the one signer list it chose, and the campaign counts only that sheet', async () => {
    const { code, yaml, campaign } = await initWith({ '입력': signers, '자원봉사자': volunteers });
    expect(code).toBe(0);
    expect(yaml).toMatch(/^\s+sheet: 입력(\s|$)/m);
    const counted = await runMain(['count', '--campaign', campaign, '--json']);
    expect(JSON.parse(counted.stdout)).toMatchObject({ rows: 2 });
  });

  it('writes one source per sheet when several sheets are signer lists', async () => {
    const { yaml, campaign } = await initWith({ '서울': signers, '부산': [['이름', '도시'], ['박지호', '부산'], ['최유나', '부산']], '자원봉사자': volunteers });
    expect(yaml).toMatch(/^\s+sheet: 서울(\s|$)/m);
    expect(yaml).toMatch(/^\s+sheet: 부산(\s|$)/m);
    expect(yaml).not.toMatch(/sheet: 자원봉사자/);
    const counted = await runMain(['count', '--campaign', campaign, '--json']);
    expect(JSON.parse(counted.stdout)).toMatchObject({ rows: 4 });
  });
});

// issue 14 (outside tester D, F1): a withdrawal sheet listed as a source was read as signers, counting the very people
// who took their signature back.
describe('init on a workbook with a sheet of withdrawn or set-aside rows', () => {
  const busan = [['이름', '도시'], ['박지호', '부산'], ['최유나', '부산']];
  const withdrawn = [['이름', '도시'], ['김민준', '서울'], ['정하늘', '대구']];

  it('lists no withdrawal sheet as a source, says why in the file, and the count leaves its people out', async () => {
    const { code, yaml, campaign } = await initWith({ '서울': signers, '부산': busan, '철회': withdrawn });
    expect(code).toBe(0);
    expect(yaml).toMatch(/^\s+sheet: 서울(\s|$)/m);
    expect(yaml).toMatch(/^\s+sheet: 부산(\s|$)/m);
    expect(yaml).not.toMatch(/sheet: 철회/);
    expect(yaml).toContain('# "철회" is not a source');
    const counted = await runMain(['count', '--campaign', campaign, '--json']);
    // 김민준 withdrew: three of the four signers are counted, and no one listed only on 철회 is.
    expect(JSON.parse(counted.stdout)).toMatchObject({ unique: 3 });
  });

  it('lists no set-aside sheet (삭제) as a source either', async () => {
    const { code, yaml } = await initWith({ '서울': signers, '부산': busan, '삭제': withdrawn });
    expect(code).toBe(0);
    expect(yaml).not.toMatch(/sheet: 삭제/);
    expect(yaml).toContain('# "삭제" is not a source');
  });

  it('reads a single signer sheet beside a withdrawal sheet as the whole workbook, withdrawals applied', async () => {
    const { code, yaml, campaign } = await initWith({ '서울': signers, '철회': withdrawn });
    expect(code).toBe(0);
    expect(yaml).not.toMatch(/^\s+sheet:/m);
    const counted = await runMain(['count', '--campaign', campaign, '--json']);
    expect(JSON.parse(counted.stdout)).toMatchObject({ unique: 1 });
  });
});

// Outside tester F, F6: each source's comment named the first sheet (the withdrawal tab when it came first), and the
// summary said "1 export" of a workbook written as two sources.
describe('init\'s words on a workbook read as several sources', () => {
  it('names each source\'s own sheet beside it, and says the export is read as two sources', async () => {
    const { yaml, stdout } = await initWith({ '서울': signers, '부산': [['이름', '도시'], ['박지호', '부산']] });
    expect(yaml).toMatch(/rally\.xlsx {2}# .*sheet "서울" of 2\n\s+sheet: 서울 /);
    expect(yaml).toMatch(/rally\.xlsx {2}# .*sheet "부산" of 2\n\s+sheet: 부산 /);
    expect(stdout).toContain('1 export read as 2 sources (each sheet named of a workbook is one), 1 target, 1 delivery.');
  });

  it('describes the signer sheet, not a withdrawal tab that comes first', async () => {
    const { yaml, stdout } = await initWith({ '철회': [['이름', '도시'], ['김민준', '서울']], '3월 집회': signers });
    expect(yaml).toMatch(/rally\.xlsx {2}# .*sheet "3월 집회" of 2/);
    expect(yaml).not.toMatch(/sheet "철회" of/);
    expect(stdout).toContain('1 export, 1 target, 1 delivery.');
  });
});

