// One cell of millions of characters (a paste gone wrong, or hostile) is rejected naming its row and column, before any
// matching sees it: reading stays linear and the row is accounted for (adv14b N5).
import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

afterEach(removeTestTempDirs);

const huge = '가'.repeat(20_000);

describe('a cell too large to be a signer field', () => {
  it('is a rejected row naming file, row and column in a CSV, and the others are counted', async () => {
    const file = join(tempDir(), 'big.csv');
    writeFileSync(file, `name,city,country\n${huge},서울,KR\n김민준,서울,KR\n`);
    const result = await runMain(['count', file, '--json']);
    const counts = JSON.parse(result.stdout) as { rows: number; rejected: number; accepted: number; rejectReasons: Record<string, number> };
    expect(counts).toMatchObject({ rows: 2, rejected: 1, accepted: 1, rejectReasons: { cell_too_long: 1 } });
    expect(result.stderr).toMatch(/big\.csv.*2.*name/s);
  });

  it('is rejected in a workbook too, naming the cell', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').addRows([['Name', 'City'], [huge, 'Seoul'], ['Kim Minjun', 'Seoul']]);
    const file = join(tempDir(), 'big.xlsx');
    await book.xlsx.writeFile(file);
    const result = await runMain(['count', file, '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 2, rejected: 1, accepted: 1, rejectReasons: { cell_too_long: 1 } });
  });

  it('inspect shows the row as rejected instead of working on it', async () => {
    const file = join(tempDir(), 'big.csv');
    writeFileSync(file, `name,city,country\n${huge},서울,KR\n김민준,서울,KR\n`);
    const result = await runMain(['inspect', file, '--rows', '2']);
    expect(result.stdout).toMatch(/cell_too_long|too long/);
  });
});
