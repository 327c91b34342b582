// A workbook's TRUE/FALSE cell in a name column (verifyR1 F-L2): it was counted as a signer named "TRUE". A boolean is
// a tick box's answer, no name: such a row is rejected as no_name saying so; a boolean elsewhere (a "hide my name" tick)
// is still read as the answer it is.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { booleanNames } from '../../src/formats/boolean-names.js';
import type { ColumnMapping, DecodedRecord } from '../../src/types.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const MAPPING: ColumnMapping = {
  format: 'generic',
  columns: [
    { index: 0, header: '이름', field: 'given', by: 'alias' },
    { index: 1, header: '성', field: 'family', by: 'alias' },
    { index: 2, header: '익명', field: 'anonymous', by: 'alias' },
  ],
};

describe('booleanNames', () => {
  const check = booleanNames(MAPPING);

  it('rejects a row whose only name cell is TRUE or FALSE, naming the value', () => {
    const record = check({ kind: 'data', row: 2, line: 2, cells: ['TRUE', '', ''], booleans: [0] });
    expect(record).toMatchObject({ kind: 'rejected', reason: 'no_name', column: 'given' });
    expect(record.kind === 'rejected' && record.detail).toContain('TRUE/FALSE value (TRUE)');
  });

  it('keeps a row named in another name cell, the boolean read as no name', () => {
    expect(check({ kind: 'data', row: 3, line: 3, cells: ['FALSE', '김', ''], booleans: [0] })).toEqual({ kind: 'data', row: 3, line: 3, cells: ['', '김', ''], booleans: [0] });
  });

  it('leaves a boolean in another column, and text TRUE typed as a name, as they are', () => {
    const tick: DecodedRecord = { kind: 'data', row: 4, line: 4, cells: ['민준', '김', 'TRUE'], booleans: [2] };
    expect(check(tick)).toBe(tick);
    const typed: DecodedRecord = { kind: 'data', row: 5, line: 5, cells: ['TRUE', '', ''] };
    expect(check(typed)).toBe(typed);
  });
});

describe('count and inspect: a TRUE cell in a workbook\'s name column', () => {
  it('is rejected, not counted as a signer "TRUE"; a TRUE in the anonymity column still hides the name', async () => {
    const file = join(tempDir(), 'weird-cells.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('서명');
    sheet.addRow(['이름', '주소', '익명']);
    sheet.addRow(['박지호', '서울', false]);
    sheet.addRow(['정하은', '수원', true]);
    sheet.addRow([true, '서울', false]);
    await workbook.xlsx.writeFile(file);

    const count = await runMain(['count', '--exact', '--json', file]);
    const counts = JSON.parse(count.stdout) as { rows: number; rejected: number; unique: number; rejectReasons: Record<string, number> };
    expect({ rows: counts.rows, rejected: counts.rejected, unique: counts.unique, rejectReasons: counts.rejectReasons }).toEqual({ rows: 3, rejected: 1, unique: 2, rejectReasons: { no_name: 1 } });

    const inspect = await runMain(['inspect', '--rows', '5', file]);
    expect(inspect.stdout).toMatch(/row +4 \(line 4\):.*TRUE\/FALSE value \(TRUE\)/);
    expect(inspect.stdout).not.toMatch(/row +4 \(line 4\): TRUE \|/);
  });
});
