import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addBatch, writeSheetRegister } from '../../src/sheets/sheet-register.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

describe('signing dates that cannot be', () => {
  it('rejects an online date after today; counts a paper line whose typed date cannot be on its sheet\'s day, with a warning', async () => {
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
      expect(readCsv(rejects).map((r) => [r.file, r.row, r.reason])).toEqual([[online, '1', 'impossible_date']]);
      expect(result.stderr).toMatch(/online\.csv, row 1.*2099-06-01, after today/);
      // The sheet was never marked returned: its lines without a possible date take the day its batch was printed.
      expect(result.stderr).toContain(`typed.csv, row 1, line 2, column "date": the date typed, "2025-03-02", cannot be the signing day: it is before sheet ${sheet} was printed (2026-03-01). The line is on its sheet, so the signature is counted, dated as a line typed without a date: 2026-03-01, the day the sheet was printed (2 rows like this: 1, 3)`);
      expect(readCsv(join(dir, 'merged.csv')).map((r) => [r.name, r.signed_at?.slice(0, 10)]).sort()).toEqual([
        ['Ana Lima', '2026-03-01'], ['Bea Ruiz', '2026-03-01'], ['Cy Park', '2026-03-01'], ['Eve Kim', '2026-02-01'],
      ]);
      const explained = await runMain(['explain', `${typed}:1`, typed, '--sheet-register', registerPath]);
      expect(explained.stdout).toContain(`2026-03-01 (the date typed, "2025-03-02", cannot be: the day sheet ${sheet} was printed)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
