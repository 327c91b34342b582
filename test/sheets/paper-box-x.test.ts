// The README lists x among the clear ticks for a typed-up sheet's `anonymous` box: on paper the box is a box to mark,
// so an x in it hides the name without a warning. In a list with no sheet an x stays unclear (in a Korean O/X column
// it means no): hidden, and reported.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addBatch, writeSheetRegister } from '../../src/sheets/sheet-register.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('an x in a paper sheet\'s anonymity box', () => {
  it('is a tick on paper, and unclear in a list without sheets', async () => {
    const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 1, language: 'ko', lines: 16, printed: '2026-11-01T09:00:00.000Z' });
    const registerPath = join(dir, 'sheet-register.json');
    await writeSheetRegister(registerPath, register);
    const [sheet] = added.sheets;
    const typed = join(dir, 'typed.csv');
    writeFileSync(typed, `sheet,line,name,city,country,anonymous\n${sheet},1,Ana Lima,Porto,PT,x\n${sheet},2,Ben Ode,Lagos,NG,X\n${sheet},3,Cy Park,Seoul,KR,(x)\n${sheet},4,Dee Moss,Leeds,GB,\n`);
    const merged = join(dir, 'merged.csv');
    const paper = await runMain(['dedupe', typed, '--sheet-register', registerPath, '-o', merged]);
    expect(paper.stderr).not.toContain('neither a clear yes nor a clear no');
    expect(paper.code).toBe(0);
    expect(Object.fromEntries(readCsv(merged).map((r) => [r.name, r.anonymous]))).toEqual({ 'Ana Lima': 'yes', 'Ben Ode': 'yes', 'Cy Park': 'yes', 'Dee Moss': 'no' });

    const list = join(dir, 'list.csv');
    writeFileSync(list, 'name,city,anonymous\nEve Kim,Seoul,x\n');
    const online = await runMain(['dedupe', list, '-o', merged]);
    expect(online.stderr).toContain('"x" is neither a clear yes nor a clear no');
  });
});
