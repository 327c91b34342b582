// `--sheet NAME` with a text export among the files stops (exit 2); the message says how to name the workbook the
// sheet belongs to instead of leaving the organizer to find the FILE=SHEET form (outside tester D, F9).
import { describe, expect, it } from '@jest/globals';
import { runMain } from '../helpers/run-main.js';

describe('--sheet with a CSV among the files', () => {
  it('says to name the workbook with FILE=SHEET', async () => {
    const result = await runMain(['count', 'fixtures/exports/rally-typed.xlsx', 'fixtures/exports/google-form.csv', '--sheet', '입력']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--sheet "WORKBOOK.xlsx=SHEET"');
    const named = await runMain(['count', 'fixtures/exports/rally-typed.xlsx', 'fixtures/exports/google-form.csv', '--sheet', 'fixtures/exports/rally-typed.xlsx=입력', '--json']);
    expect(named.code).toBeLessThan(2);
    expect(JSON.parse(named.stdout).unique).toBeGreaterThan(0);
  });
});
