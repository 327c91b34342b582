// A rejected row is neither matched nor counted, so what its cells hold must not reach the warnings about the rows
// that are (testerA F9: a totals row "합계 | 5" under an email column was told as "1 row has an email that is not
// valid addresses … e.g. "…"").
import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

async function workbookFile(rows: unknown[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('3월 집회').addRows(rows);
  const path = join(tempDir(), 'rally.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

const HEADER = ['이름', '이메일', '도시', '국가'];

describe('warnings about the rows counted leave rejected rows out', () => {
  it('a totals row with a number under the email column is rejected as a totals row, and no email warning follows', async () => {
    const path = await workbookFile([HEADER, ['김하나', 'hana@example.kr', '서울', 'KR'], ['이두리', 'dul@example.kr', '서울', 'KR'], ['합계', 2]]);
    const { code, stdout, stderr } = await runMain(['count', '--json', path]);
    const counts = JSON.parse(stdout) as { rows: number; rejected: number; accepted: number; rejectReasons: Record<string, number>; problems: Array<{ code: string }> };
    expect(counts).toMatchObject({ rows: 3, rejected: 1, accepted: 2, rejectReasons: { totals_row: 1 } });
    expect(counts.problems.map((p) => p.code)).not.toContain('invalid_email');
    expect(stderr).not.toContain('not valid');
    expect(code).toBe(1);
  });

  it('an invalid email of a counted row is still told, in one grammatical sentence, without an empty example', async () => {
    const path = await workbookFile([HEADER, ['김하나', 'hana at example', '서울', 'KR'], ['이두리', 'dul@example.kr', '서울', 'KR']]);
    const { stderr } = await runMain(['count', path]);
    expect(stderr).toContain('1 row has an email that is not a valid address and will not be used for matching (rows 2)');
    expect(stderr).not.toContain('e.g. "…"');
    const two = await workbookFile([HEADER, ['김하나', 'hana@', '서울', 'KR'], ['이두리', 'dul@', '서울', 'KR']]);
    expect((await runMain(['count', two])).stderr).toContain('2 rows have emails that are not valid addresses and will not be used for matching (rows 2, 3), e.g. "h…@"');
  });

  it('in Korean the warning has no empty example either', async () => {
    const path = await workbookFile([HEADER, ['김하나', 'hana at example', '서울', 'KR']]);
    const { stderr } = await runMain(['count', path], { env: { PETITION_LANG: 'ko' } });
    expect(stderr).toContain('이메일이 올바른 주소가 아니어서 중복 판별에 쓰지 않습니다(2행).');
    expect(stderr).not.toContain('예:');
  });
});
