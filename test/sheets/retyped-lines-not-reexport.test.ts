// A second typed-up file that retypes lines of the first: those rows are rejected as typed twice, so no signer is
// counted twice, and the warning about a re-export ("both are counted, so signers without an email are counted
// twice") must not be given on their account. A new line in it is counted.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addBatch, writeSheetRegister } from '../../src/sheets/sheet-register.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lines typed twice across two files', () => {
  it('are rejected as typed twice and do not make the second file a re-export of the first', async () => {
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 1, language: 'ko', lines: 16, printed: '2026-11-01T09:00:00.000Z' });
    const registerPath = join(dir, 'sheet-register.json');
    await writeSheetRegister(registerPath, register);
    const [sheet] = added.sheets;
    const typed = join(dir, 'typed.csv');
    const typedB = join(dir, 'typedB.csv');
    writeFileSync(typed, `sheet,line,name,city,country\n${sheet},1,최유진,서울,KR\n${sheet},2,한지민,서울,KR\n${sheet},3,정우성,서울,KR\n`);
    writeFileSync(typedB, `sheet,line,name,city,country\n${sheet},1,최유진,서울,KR\n${sheet},2,한지민,서울,KR\n${sheet},13,새사람,광주,KR\n`);
    const result = await runMain(['count', typed, typedB, '--sheet-register', registerPath, '--json']);
    const counts = JSON.parse(result.stdout) as { rows: number; rejected: number; accepted: number; unique: number; rejectReasons: Record<string, number>; problems: Array<{ code: string; message: string }> };
    expect(counts).toMatchObject({ rows: 6, rejected: 2, accepted: 4, unique: 4, rejectReasons: { line_typed_twice: 2 } });
    expect(counts.problems.filter((p) => p.code === 'same_file_twice' || p.code === 'rows_in_two_sources')).toEqual([]);
    const text = await runMain(['count', typed, typedB, '--sheet-register', registerPath]);
    expect(text.stderr).not.toContain('also in');
    expect(text.stderr).toContain('line typed twice');
  });
});
