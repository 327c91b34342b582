import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { UserError } from '../../../src/errors.js';
import { openWorkbook } from '../../../src/read/workbook/open-workbook.js';
import type { SharedStringLimits } from '../../../src/read/workbook/string-limits.js';

async function workbookOf(names: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('S');
  sheet.addRow(['Name']);
  for (const name of names) sheet.addRow([name]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function refusal(buffer: Buffer, limits: SharedStringLimits): Promise<UserError> {
  // Small chunks, as a zip part streams: the limits hold across chunk boundaries.
  const chunks = Array.from({ length: Math.ceil(buffer.length / 7) }, (_, i) => buffer.subarray(i * 7, i * 7 + 7));
  const opening = openWorkbook({ path: 'huge.xlsx', open: () => Readable.from(chunks), recognise: () => true, stringLimits: limits });
  const error = await opening.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).location.file).toBe('huge.xlsx');
  return error as UserError;
}

const roomy: SharedStringLimits = { count: 1000, bytes: 1024 * 1024, itemBytes: 1024 * 1024 };
const names = Array.from({ length: 30 }, (_, i) => `Signer ${i}`);

describe('a shared-strings part too large to hold', () => {
  it('is refused past the number of strings, naming the limit, before the strings are kept', async () => {
    const error = await refusal(await workbookOf(names), { ...roomy, count: 20 });
    expect(error.message).toBe('this workbook has more than 20 shared strings (xl/sharedStrings.xml), the most petition reads (an export of 1 million rows has about 2 million); split it into smaller workbooks or save each sheet as CSV');
  });

  it('is refused past its total size, named in MB', async () => {
    const error = await refusal(await workbookOf(Array.from({ length: 60 }, (_, i) => `${i} ${'x'.repeat(20_000)}`)), { ...roomy, bytes: 1024 * 1024 });
    expect(error.message).toContain('take more than 1 MB, the most petition reads');
  });

  it('is refused at one string longer than a cell can hold, naming which string', async () => {
    const error = await refusal(await workbookOf(['Ana', 'B'.repeat(5000), 'Cy']), { ...roomy, itemBytes: 2048 });
    expect(error.message).toContain('shared string number 3 of this workbook (xl/sharedStrings.xml) is longer than 2 KB');
  });

  it('reads a workbook within the limits', async () => {
    const buffer = await workbookOf(names);
    const [sheet] = await openWorkbook({ path: 'fine.xlsx', open: () => Readable.from([buffer]), recognise: () => true, stringLimits: { ...roomy, count: 31 } });
    let rows = 0;
    for await (const record of sheet.records()) if (record.kind === 'data') rows += 1;
    expect(rows).toBe(30);
  });
});
