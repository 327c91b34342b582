// Volunteers pre-fill the sheet and line columns 1 to 16 before typing a sheet up: a line nobody signed is then a row
// with its sheet and line only. It is an unused line on the paper, not a row read and rejected (adv14 D22).
import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addBatch, writeSheetRegister } from '../../src/sheets/sheet-register.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

async function countPrefilled(rows: (sheet: string) => string[]) {
  const dir = tempDir();
  try {
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 1, language: 'ko', lines: 16, printed: '2026-03-01T09:00:00.000Z' });
    const registerPath = join(dir, 'sheet-register.json');
    await writeSheetRegister(registerPath, register);
    const file = join(dir, 'typed.csv');
    writeFileSync(file, ['sheet,line,name,city,country,anonymous,date', ...rows(added.sheets[0])].join('\n') + '\n');
    const result = await runMain(['count', file, '--sheet-register', registerPath, '--json']);
    return { ...result, counts: JSON.parse(result.stdout) as { rows: number; rejected: number; accepted: number; rejectReasons: Record<string, number> } };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lines = (from: number, to: number, row: (line: number) => string) => Array.from({ length: to - from + 1 }, (_, i) => row(from + i));

describe('typed-up sheets with lines pre-filled', () => {
  it('do not count a line with only its sheet and line as a row read, nor as a rejected one', async () => {
    const { code, counts } = await countPrefilled((sheet) => [`${sheet},1,김민준,서울,KR,,`, `${sheet},2,이서연,부산,KR,,`, ...lines(3, 16, (n) => `${sheet},${n},,,,,`)]);
    expect(counts).toMatchObject({ rows: 2, rejected: 0, accepted: 2 });
    expect(code).toBe(0);
  });

  it('still reject a line with a city or a tick but no name: someone wrote on it', async () => {
    const { counts } = await countPrefilled((sheet) => [`${sheet},1,김민준,서울,KR,,`, `${sheet},2,,부산,,,`, `${sheet},3,,,,O,`, ...lines(4, 16, (n) => `${sheet},${n},,,,,`)]);
    expect(counts).toMatchObject({ rows: 3, rejected: 2, accepted: 1 });
    expect(counts.rows).toBe(counts.rejected + counts.accepted);
  });
});
