// `--sheet NAME` names a sheet, and only a workbook has sheets: with one workbook among CSV files it is that
// workbook's (outside tester F, F3; it used to stop, exit 2, though nothing else could have been meant). With two or
// more workbooks it could be either's: the run stops (exit 2) and says how to name the workbook with FILE=SHEET
// (outside tester D, F9).
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--sheet with a CSV among the files', () => {
  it('reads that sheet of the one workbook, and the CSV as it is', async () => {
    const plain = await runMain(['count', 'fixtures/exports/rally-typed.xlsx', 'fixtures/exports/google-form.csv', '--sheet', '입력', '--json']);
    expect(plain.code).toBeLessThan(2);
    const named = await runMain(['count', 'fixtures/exports/rally-typed.xlsx', 'fixtures/exports/google-form.csv', '--sheet', 'fixtures/exports/rally-typed.xlsx=입력', '--json']);
    const counts = JSON.parse(plain.stdout) as { rows: number; unique: number; bySource: Record<string, unknown> };
    expect(counts.unique).toBeGreaterThan(0);
    expect(counts).toEqual(JSON.parse(named.stdout));
    expect(Object.keys(counts.bySource).sort()).toEqual(['fixtures/exports/google-form.csv', 'fixtures/exports/rally-typed.xlsx#입력']);
  });

  it('with two workbooks, says to name the one the sheet belongs to', async () => {
    const other = join(dir, 'busan.xlsx');
    copyFileSync('fixtures/exports/rally-typed.xlsx', other);
    const result = await runMain(['count', 'fixtures/exports/rally-typed.xlsx', other, 'fixtures/exports/google-form.csv', '--sheet', '입력']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--sheet "입력" could name a sheet of any of the 2 workbooks given (rally-typed.xlsx, busan.xlsx): say which, e.g. --sheet "rally-typed.xlsx=입력"');
  });

  it('with a CSV alone, says --sheet is for workbooks', async () => {
    const result = await runMain(['count', 'fixtures/exports/google-form.csv', '--sheet', '입력']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--sheet is for .xlsx workbooks');
  });
});
