import { describe, expect, it } from '@jest/globals';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addBatch, markReturned, unmarkReturned, voidBatches } from '../../src/sheets/sheet-register.js';
import { formatSheetId } from '../../src/sheets/sheet-id.js';
import { summariseSheets } from '../../src/sheets/sheet-status.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const FIXTURE_CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/', import.meta.url));

describe('paper sheets in status', () => {
  it('counts sheets printed, returned and typed up, signatures per sheet, and the sheets whose custody does not add up', () => {
    const { register: printed } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 4, language: 'ko', lines: 16, printed: '2026-03-01T09:00:00Z' });
    const [a, b, c, d] = printed.batches[0].sheets;
    const { register } = markReturned(printed, [a, d], '2026-03-02T18:00:00Z');
    expect(summariseSheets(register, new Map([[a, 5], [c, 1]]))).toEqual({
      issued: 4, returned: 2, typed: 2,
      perSheet: [
        { sheet: a, batch: 1, returned: '2026-03-02T18:00:00Z', returnedDay: '2026-03-02', signatures: 5 },
        { sheet: b, batch: 1, returned: null, returnedDay: null, signatures: 0 },
        { sheet: c, batch: 1, returned: null, returnedDay: null, signatures: 1 },
        { sheet: d, batch: 1, returned: '2026-03-02T18:00:00Z', returnedDay: '2026-03-02', signatures: 0 },
      ],
      typedNotReturned: [c],
      returnedNotTyped: [d],
      voided: [],
    });
  });

  it('leaves a voided batch out of the sheets printed, and names it (adv14 D10)', () => {
    const { register: one } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 3, language: 'ko', lines: 16, printed: '2026-03-01T09:00:00Z' });
    const { register: two } = addBatch(one, { count: 2, language: 'ko', lines: 16, printed: '2026-03-01T10:00:00Z' });
    const { register, voided } = voidBatches(two, ['1'], '2026-03-01T11:00:00Z');
    expect(voided).toEqual([1]);
    expect(voidBatches(register, ['1'], '2026-03-09T00:00:00Z').voided).toEqual([]);
    expect(() => voidBatches(register, ['3'], 'x')).toThrow('no batch "3"');
    const summary = summariseSheets(register, new Map());
    expect(summary).toMatchObject({ issued: 2, voided: [{ batch: 1, sheets: 3, day: '2026-03-01' }] });
    expect(summary.perSheet.map((s) => s.batch)).toEqual([2, 2]);
  });

  it('marks sheets returned by ID or by a range of one batch, keeps the first date, and refuses IDs not printed', () => {
    const { register: one } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 5, language: 'ko', lines: 16, printed: '2026-03-01T09:00:00Z' });
    const { register: printed } = addBatch(one, { count: 2, language: 'en', lines: 20, printed: '2026-03-05T09:00:00Z' });
    const [s1, s2, s3, s4] = printed.batches[0].sheets;
    const first = markReturned(printed, [`${s2}..${s4}`], '2026-03-02T00:00:00Z');
    expect(first.marked).toEqual([s2, s3, s4]);
    const second = markReturned(first.register, [`${s1},${s3}`], '2026-03-09T00:00:00Z');
    expect(second).toMatchObject({ marked: [s1], already: [s3] });
    expect(second.register.returned[s3]).toBe('2026-03-02T00:00:00Z');
    expect(printed.returned).toEqual({});
    const mistyped = `${s1.slice(0, -1)}${s1.endsWith('A') ? 'B' : 'A'}`;
    expect(() => markReturned(printed, [mistyped], 'x')).toThrow('wrong check character');
    expect(() => markReturned(printed, [formatSheetId({ code: 'NKR', batch: 9, sequence: 1 })], 'x')).toThrow('is not in the sheet register');
    expect(() => markReturned(printed, [`${s1}..${printed.batches[1].sheets[0]}`], 'x')).toThrow('same batch');
    expect(() => markReturned(printed, ['hello'], 'x')).toThrow('not a sheet ID');
  });

  it('un-marks sheets marked returned by mistake, by ID or range, and says which were not marked', () => {
    const { register: printed } = addBatch({ code: 'NKR', batches: [], returned: {} }, { count: 4, language: 'ko', lines: 16, printed: '2026-03-01T09:00:00Z' });
    const [s1, s2, s3, s4] = printed.batches[0].sheets;
    const { register: back } = markReturned(printed, [`${s1}..${s3}`], '2026-03-02T00:00:00Z');
    const undone = unmarkReturned(back, [`${s2}..${s4}`]);
    expect(undone).toMatchObject({ unmarked: [s2, s3], notMarked: [s4] });
    expect(undone.register.returned).toEqual({ [s1]: '2026-03-02T00:00:00Z' });
    expect(Object.keys(back.returned)).toHaveLength(3);
    expect(() => unmarkReturned(back, [`${s1.slice(0, -1)}${s1.endsWith('A') ? 'B' : 'A'}`])).toThrow('wrong check character');
  });

  it('sheets --not-returned undoes --returned, and a failed write leaves the register as it was', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(join(FIXTURE_CAMPAIGN, 'campaign.yaml'), campaign);
      await runMain(['sheets', '--campaign', campaign, '--count', '3', '-o', join(dir, 'sheets.pdf')]);
      const registerPath = join(dir, 'sheet-register.json');
      const [first, second, third] = (JSON.parse(readFileSync(registerPath, 'utf8')) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
      await runMain(['sheets', '--campaign', campaign, '--returned', `${first}..${third}`]);
      const before = readFileSync(registerPath, 'utf8');
      const failing = (): Writable => new Writable({ write: (_c, _e, done) => done(Object.assign(new Error('ENOSPC: injected, write'), { code: 'ENOSPC' })) });
      const failed = await runMain(['sheets', '--campaign', campaign, '--not-returned', second], { openWrite: failing });
      expect(failed.code).toBe(2);
      expect(failed.stderr).toContain('no space left on the disk');
      expect(readFileSync(registerPath, 'utf8')).toBe(before);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

      const undone = await runMain(['sheets', '--campaign', campaign, '--not-returned', second, third]);
      expect(undone.code).toBe(0);
      expect(undone.stdout).toMatch(/^Marked 2 sheets not returned in .*sheet-register\.json; 1 of 3 sheets back\n$/);
      const register = JSON.parse(readFileSync(registerPath, 'utf8')) as { returned: Record<string, string> };
      expect(Object.keys(register.returned)).toEqual([first]);
      const again = await runMain(['sheets', '--campaign', campaign, '--not-returned', third, '--json']);
      expect(JSON.parse(again.stdout)).toMatchObject({ notReturned: [], wasNotMarked: [third], returnedInAll: 1 });
      const both = await runMain(['sheets', '--campaign', campaign, '--returned', first, '--not-returned', first]);
      expect(both.code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('status shows the day a sheet came back in the campaign\'s time zone, not in UTC', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      // The fixture campaign's time zone is America/New_York.
      writeFileSync(campaign, readFileSync(join(FIXTURE_CAMPAIGN, 'campaign.yaml'), 'utf8').replace(/path: (\S+)/g, (_, p: string) => `path: ${join(FIXTURE_CAMPAIGN, p)}`));
      await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(dir, 'sheets.pdf')]);
      const [sheet] = (JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
      // 21:00 on 20 November in New York is 02:00 on the 21st in UTC.
      await runMain(['sheets', '--campaign', campaign, '--returned', sheet], { now: new Date('2025-11-21T02:00:00Z') });
      const text = await runMain(['status', campaign], { now: new Date('2025-11-22T12:00:00Z') });
      expect(text.stdout).toMatch(new RegExp(`${sheet}  returned 2025-11-20 `));
      const json = JSON.parse((await runMain(['status', campaign, '--json'], { now: new Date('2025-11-22T12:00:00Z') })).stdout) as { sheets: { perSheet: Array<{ returned: string; returnedDay: string }> } };
      expect(json.sheets.perSheet[0]).toMatchObject({ returned: '2025-11-21T02:00:00.000Z', returnedDay: '2025-11-20' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('petition status shows the sheets of a campaign, from its register and its typed-up source', async () => {
    const dir = tempDir();
    try {
      const campaign = join(dir, 'campaign.yaml');
      copyFileSync(join(FIXTURE_CAMPAIGN, 'campaign.yaml'), campaign);
      await runMain(['sheets', '--campaign', campaign, '--count', '2', '-o', join(dir, 'sheets.pdf')]);
      const [first, second] = (JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
      writeFileSync(join(dir, 'typed.csv'), `sheet,line,name,city,country\n${first},1,Ana Lima,Porto,PT\n${first},2,Ben Ode,Lagos,NG\n`);
      const yaml = readFileSync(campaign, 'utf8').replace(/^sources:\n/m, 'sources:\n  - path: typed.csv\n');
      writeFileSync(campaign, yaml.replace(/path: (?!typed)(\S+)/g, (_, p: string) => `path: ${join(FIXTURE_CAMPAIGN, p)}`));
      const result = await runMain(['status', campaign, '--json'], { now: new Date('2025-11-20T12:00:00Z') });
      const report = JSON.parse(result.stdout) as { sheets: { issued: number; typed: number; perSheet: Array<{ sheet: string; signatures: number }> }; flags: Array<{ code: string; message: string }> };
      expect(report.sheets).toMatchObject({ issued: 2, returned: 0, typed: 1, typedNotReturned: [first], returnedNotTyped: [] });
      expect(report.sheets.perSheet[0]).toMatchObject({ sheet: first, signatures: 2 });
      expect(report.flags.find((f) => f.code === 'sheets-not-returned')?.message).toContain(`typed up but never marked returned (${first})`);
      expect(result.code).toBe(1);

      // Both sheets come back; the second is not typed up yet.
      const marked = await runMain(['sheets', '--campaign', campaign, '--returned', `${first}..${second}`], { now: new Date('2025-11-21T12:00:00Z') });
      expect(marked.stdout).toMatch(/^Marked 2 sheets returned in .*sheet-register\.json; 2 of 2 sheets back\n$/);
      const text = await runMain(['status', campaign], { now: new Date('2025-11-22T12:00:00Z') });
      expect(text.stdout).toContain('2 printed, 2 returned, 1 typed up');
      expect(text.stdout).toMatch(new RegExp(`${first}  returned 2025-11-21 +2 signatures\n`));
      expect(text.stdout).toMatch(new RegExp(`${second}  returned 2025-11-21 +not typed up\n`));
      expect(text.stdout).toContain(`! returned but not typed up yet: ${second}`);
      expect(text.stdout).not.toContain('never marked returned');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
