// A delivery built with review decisions: the ledger records them, and a later build without them is told to give
// the same decisions, not that the exports changed (adv-s9 N6).
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { campaignCopy, removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

/** The fixture exports' one review pair, decided "same" (made by `review --import`). */
const DECISIONS = '\uFEFFsource_a,row_a,source_b,row_b,decision,sha256_a,sha256_b,row_key_a,row_key_b\r\n'
  + '../exports/change-org.csv,4,../exports/seoul-paper.csv,4,same,22d4d0d9ea53cd812675f56ba162fbac76cfa12962f896ed371f239fd061cbc9,'
  + '5678495a64fec1a36276359dd841f6aab5087a0b395d7e52a00bd412e8940545,2a0ac5fcfdb8aa4fcb877b42a2405d40,b38285f129c09fb26c13c530f38bcb82\r\n';
const ON_THE_DAY = new Date('2026-12-10T20:00:00Z');

describe('a delivery marked with --decisions', () => {
  it('later builds without them ask for the same decisions; status says why the numbers differ', async () => {
    const { root, campaign } = campaignCopy();
    const decisions = join(root, 'dec.csv');
    writeFileSync(decisions, DECISIONS);
    const marked = await runMain(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '--decisions', decisions, '--mark-delivered', '-o', join(root, 'pk'), '--json'], { now: ON_THE_DAY });
    expect(marked.code).toBeLessThan(2);
    const delivered = JSON.parse(marked.stdout).signers as number;

    const press = await runMain(['press', '--campaign', campaign, '--delivery', 'embassy-2026', '--language', 'en', '-o', join(root, 'kit')], { now: ON_THE_DAY });
    expect(press.code).toBe(2);
    expect(press.stderr).toContain('1 review decision');
    expect(press.stderr).toContain('--decisions');
    expect(press.stderr).not.toContain('the exports now give');
    expect(press.stderr).not.toContain('--force');

    const same = await runMain(['press', '--campaign', campaign, '--delivery', 'embassy-2026', '--language', 'en', '--decisions', decisions, '-o', join(root, 'kit')], { now: ON_THE_DAY });
    expect(same.code).toBeLessThan(2);

    const status = await runMain(['status', campaign], { now: ON_THE_DAY });
    expect(status.stdout).toContain(`${delivered} signers`);
    expect(status.stdout).toContain('1 review decision');
    const json = JSON.parse((await runMain(['status', campaign, '--json'], { now: ON_THE_DAY })).stdout);
    expect(json.deliveries.find((d: { id: string }) => d.id === 'embassy-2026').delivered).toMatchObject({ decisions: 1, decisionsGiven: 'none' });
  });
});
