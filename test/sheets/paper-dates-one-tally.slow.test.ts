// One tally for every command: `status` reads the exports as `count` and the packet do, with today's date, so a
// signature dated in the future is rejected by all three (status once counted it in its headline). A typed-up paper
// line whose typed date cannot be (after today, before its sheet was printed) is a real signature with a typing slip:
// counted on its sheet's day, as a line typed without a date, with a warning naming file, row, column and the date.
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const FIXTURE_CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/', import.meta.url));
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('paper and future dates: status, count and the sheets agree', () => {
  it('rejects a future online date everywhere, and counts paper lines with impossible typed dates on their sheet\'s day', async () => {
    const campaign = join(dir, 'campaign.yaml');
    copyFileSync(join(FIXTURE_CAMPAIGN, 'campaign.yaml'), campaign);
    const printedAt = { now: new Date('2026-11-20T15:00:00Z') };
    await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(dir, 'sheets.pdf')], printedAt);
    const [sheet] = (JSON.parse(readFileSync(join(dir, 'sheet-register.json'), 'utf8')) as { batches: Array<{ sheets: string[] }> }).batches[0].sheets;
    await runMain(['sheets', '--campaign', campaign, '--returned', sheet], { now: new Date('2026-11-22T15:00:00Z') });
    writeFileSync(join(dir, 'typed.csv'), `sheet,line,name,city,country,date\n${sheet},1,Ana Lima,Porto,PT,\n${sheet},2,Ben Ode,Lagos,NG,2026-12-31\n${sheet},3,Cy Park,Seoul,KR,2025-11-21\n${sheet},4,Dee Moss,Leeds,GB,2026-11-21\n`);
    writeFileSync(join(dir, 'online.csv'), 'name,email,date\nFuture Person,future@example.org,2026-12-31\n');
    const yaml = readFileSync(campaign, 'utf8').replace(/^sources:\n/m, 'sources:\n  - path: typed.csv\n  - path: online.csv\n');
    writeFileSync(campaign, yaml.replace(/path: (?!typed|online)(\S+)/g, (_, p: string) => `path: ${join(FIXTURE_CAMPAIGN, p)}`));
    const now = { now: new Date('2026-11-23T12:00:00Z') };

    const counted = await runMain(['count', '--campaign', campaign, '--json'], now);
    const count = JSON.parse(counted.stdout) as { rows: number; rejected: number; accepted: number; unique: number; rejectReasons: Record<string, number>; bySource: Record<string, { accepted: number; rejected: number }>; byDay: Record<string, { accepted: number }> };
    expect(count.rows).toBe(count.rejected + count.accepted);
    // The online row dated next month is impossible; the paper lines are on their sheet and are counted.
    expect(count.rejectReasons).toMatchObject({ impossible_date: 1 });
    expect(count.bySource['online.csv']).toMatchObject({ accepted: 0, rejected: 1 });
    expect(count.bySource['typed.csv']).toMatchObject({ accepted: 4, rejected: 0 });
    // Dated as a line typed without a date is: the day its sheet came back (the undated line 1 and the two slips).
    expect(count.byDay['2026-11-22']?.accepted).toBe(3);
    expect(count.byDay['2026-12-31']?.accepted ?? 0).toBe(0);

    const text = await runMain(['count', '--campaign', campaign], now);
    expect(text.stderr).toContain(`warning: typed.csv, row 2, line 3, column "date": the date typed, "2026-12-31", cannot be the signing day: it is after today (2026-11-23). The line is on its sheet, so the signature is counted, dated as a line typed without a date: 2026-11-22, the day the sheet was marked returned (2 rows like this: 2, 3)`);
    expect(text.stderr).not.toMatch(/rejected: typed\.csv/);

    const status = await runMain(['status', campaign, '--json'], now);
    const report = JSON.parse(status.stdout) as { counts: { rows: number; rejected: number; unique: number }; sheets: { perSheet: Array<{ sheet: string; signatures: number }> } };
    expect(report.counts).toMatchObject({ rows: count.rows, rejected: count.rejected, unique: count.unique });
    expect(report.sheets.perSheet).toEqual([expect.objectContaining({ sheet, signatures: 4 })]);
    const shown = await runMain(['status', campaign], now);
    expect(shown.stdout).toMatch(new RegExp(`unique signers +${count.unique} `));
    expect(shown.stdout).toMatch(new RegExp(`${sheet}  returned 2026-11-22 +4 signatures\n`));
  });
});
