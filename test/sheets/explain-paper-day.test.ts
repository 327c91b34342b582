// explain shows an undated paper row on the day count, status and the packet count it: its sheet's return day in
// the --tz time zone, not in UTC (adv14 D20).
import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addBatch, writeSheetRegister } from '../../src/sheets/sheet-register.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

describe('explain of a paper row typed without a date', () => {
  it('gives the day its sheet was marked returned in the --tz zone, as count does', async () => {
    const dir = tempDir();
    try {
      const { register, added } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 1, language: 'ko', lines: 16, printed: '2026-12-01T09:00:00.000Z' });
      const [sheet] = added.sheets;
      // 21:14 UTC on 5 December is 06:14 on 6 December in Seoul.
      const registerPath = join(dir, 'sheet-register.json');
      await writeSheetRegister(registerPath, { ...register, returned: { [sheet]: '2026-12-05T21:14:41Z' } });
      const typed = join(dir, 'typed.csv');
      writeFileSync(typed, `sheet,line,name,city,country\n${sheet},1,한가람,서울,KR\n`);
      const flags = ['--sheet-register', registerPath, '--tz', 'Asia/Seoul'];
      const count = JSON.parse((await runMain(['count', typed, ...flags, '--json'])).stdout) as { byDay: Record<string, unknown> };
      expect(Object.keys(count.byDay)).toEqual(['2026-12-06']);
      const explained = await runMain(['explain', `${typed}:1`, typed, ...flags, '--json']);
      expect(explained.code).toBe(0);
      expect((JSON.parse(explained.stdout) as { record: { date: string } }).record.date).toMatch(/^2026-12-06 /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
