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

  it('in a comment (a cell the count does not need) is cut, the signer kept, with a warning naming row and column', async () => {
    const file = join(tempDir(), 'comment.csv');
    writeFileSync(file, `name,city,country,comment\n이서연,서울,KR,${huge}\n김민준,서울,KR,hi\n`);
    const result = await runMain(['count', file, '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 2, rejected: 0, accepted: 2, unique: 2 });
    expect(result.stderr).toMatch(/column "comment": the cell of row 1 held 20,000 characters/);
    expect(result.code).toBe(1);
  });

  // verifyQ M8: a comment of many lines longer than a record may be held rejected its signer as a broken row.
  it('in a multi-line comment longer than a record may be held is cut, the signer kept', async () => {
    const file = join(tempDir(), 'long-comment.csv');
    const comment = 'My family is in North Korea, ""please"" read this.\n'.repeat(24_000);
    writeFileSync(file, `Full name,Email,City,Country,Comment\r\nAnna Berg,a@example.com,Berlin,DE,"${comment}"\r\nBob Lee,b@example.com,Berlin,DE,ok\r\n`);
    const result = await runMain(['count', file, '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 2, rejected: 0, accepted: 2, unique: 2 });
    expect(result.stderr).toMatch(/column "Comment": the cell of row 1 held 1,176,000 characters/);
  });

  it('in a workbook column the count does not read is cut, the signer kept', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').addRows([['Name', 'City', 'Volunteer notes'], ['Lee Seoyeon', 'Seoul', huge], ['Kim Minjun', 'Seoul', '']]);
    const file = join(tempDir(), 'notes.xlsx');
    await book.xlsx.writeFile(file);
    const result = await runMain(['count', file, '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 2, rejected: 0, accepted: 2 });
    expect(result.stderr).toMatch(/Volunteer notes/);
  });

  it('inspect shows the row as rejected instead of working on it', async () => {
    const file = join(tempDir(), 'big.csv');
    writeFileSync(file, `name,city,country\n${huge},서울,KR\n김민준,서울,KR\n`);
    const result = await runMain(['inspect', file, '--rows', '2']);
    expect(result.stdout).toMatch(/cell_too_long|too long/);
  });
});

// adv-s10 E3: a signer with a good name and email was rejected for a huge phone, street, date, city or country cell.
describe('a huge cell in a field the count can do without', () => {
  it.each(['Phone', 'Street', 'Date', 'City', 'Country'])('in %s: blanked, the signer counted, a warning naming row and column', async (column) => {
    const file = join(tempDir(), 'b.csv');
    const header = ['Name', 'Email', 'Phone', 'Street', 'City', 'Country', 'Date'];
    const jane = ['Jane Doe', 'jane.doe@gmail.com', '+1 312 555 0100', '1 Main St', 'Chicago', 'US', '2025-11-18'];
    jane[header.indexOf(column)] = 'y'.repeat(10_001);
    writeFileSync(file, `${header.join(',')}\nAda Lovelace,ada@example.com,,,London,GB,2025-11-17\n${jane.join(',')}\n`);
    const result = await runMain(['count', file, '--json']);
    const counts = JSON.parse(result.stdout) as { rows: number; rejected: number; accepted: number; unique: number; problems: Array<{ code: string; column?: string; message: string }> };
    expect(counts).toMatchObject({ rows: 2, rejected: 0, accepted: 2, unique: 2 });
    const blanked = counts.problems.filter((p) => p.code === 'cell_blanked');
    expect(blanked).toHaveLength(1);
    expect(blanked[0].column).toBe(column);
    expect(blanked[0].message).toMatch(/row 2\b.*10,001/);
    expect(result.code).toBe(1);
  });

  it('in the email: still rejected, the numbers written as the warnings write them', async () => {
    const file = join(tempDir(), 'e.csv');
    writeFileSync(file, `Name,Email\nJane Doe,${'y'.repeat(10_001)}\nAda Lovelace,ada@example.com\n`);
    const result = await runMain(['count', file]);
    expect(result.stderr).toMatch(/10,001 characters.*10,000/);
    expect(result.stdout).toMatch(/cell too long 1/);
  });
});
