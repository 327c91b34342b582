import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addBatch, writeSheetRegister } from '../../src/sheets/sheet-register.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

describe('signing dates that cannot be', () => {
  it('rejects a typed date before its sheet was printed, and any date after today, with a reason', async () => {
    const dir = tempDir();
    try {
      const printed = '2026-03-01T09:00:00.000Z';
      const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 1, language: 'ko', lines: 16, printed });
      const registerPath = join(dir, 'sheet-register.json');
      await writeSheetRegister(registerPath, register);
      const [sheet] = added.sheets;
      const typed = join(dir, 'typed.csv');
      writeFileSync(typed, `sheet,line,name,date\n${sheet},1,Ana Lima,2025-03-02\n${sheet},2,Bea Ruiz,2026-03-01\n${sheet},3,Cy Park,2099-06-01\n`);
      const online = join(dir, 'online.csv');
      writeFileSync(online, 'name,date\nDan Oh,2099-06-01\nEve Kim,2026-02-01\n');
      const rejects = join(dir, 'rejects.csv');
      const result = await runMain(['dedupe', typed, online, '--sheet-register', registerPath, '-o', join(dir, 'merged.csv'), '--rejects', rejects]);
      expect(result.code).toBe(1);
      expect(readCsv(rejects).map((r) => [r.name ?? r.row, r.reason])).toEqual([
        [expect.anything(), 'impossible_date'],
        [expect.anything(), 'impossible_date'],
        [expect.anything(), 'impossible_date'],
      ]);
      expect(result.stderr).toMatch(/2025-03-02.*before its paper sheet was printed \(2026-03-01\)/);
      expect(result.stderr).toMatch(/2099-06-01, after today/);
      expect(readCsv(join(dir, 'merged.csv')).map((r) => r.name).sort()).toEqual(['Bea Ruiz', 'Eve Kim']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
