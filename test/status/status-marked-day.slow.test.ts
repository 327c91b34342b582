// status says the day a delivery was marked in the campaign's time zone and date style, as it says today (verifyL F7):
// marked at 22:00 in New York on 30 November is "30 November 2026", not the UTC day after it.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { smallCampaign } from '../press/small-campaign.js';

afterAll(removeTestTempDirs);

const EVENING_IN_NEW_YORK = new Date('2026-12-01T03:00:00Z');

describe('status: the day a delivery was marked', () => {
  it.each([
    ['en', 'today is 30 November 2026', 'marked 30 November 2026'],
    ['es', 'hoy es 30 de noviembre de 2026', 'registrada el 30 de noviembre de 2026'],
  ])('is the campaign\'s local day, in the style of "today" (%s)', async (language, today, marked) => {
    const { dir, campaign } = smallCampaign();
    writeFileSync(campaign, `timezone: America/New_York\n${readFileSync(campaign, 'utf8')}`);
    const delivered = await runMain(['packet', '--campaign', campaign, '--delivery', 'd', '-o', join(dir, 'pk'), '--mark-delivered', '--force'], { now: EVENING_IN_NEW_YORK });
    expect(delivered.code).toBeLessThan(2);
    const status = await runMain(['--lang', language, 'status', campaign], { now: EVENING_IN_NEW_YORK });
    expect(status.stdout).toContain(today);
    expect(status.stdout).toContain(marked);
    expect(status.stdout).not.toContain('2026-12-01');
  });
});
