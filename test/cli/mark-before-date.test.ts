// A delivery marked delivered before its date closes at the mark, and a signature dated after today is said (adv-s9 N11).
import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';
/** Four days before the delivery `list` (2026-12-10). */
const EARLY = new Date('2026-12-06T15:00:00Z');

describe('packet --mark-delivered on the delivery day', () => {
  it('is accepted as before', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const result = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '--mark-delivered', '-o', join(dirname(campaign), 'pk')], { now: new Date('2026-12-10T15:00:00Z') });
    expect(result.code).toBe(0);
  });
});

describe('a signature dated after today', () => {
  it('is counted but warned of, naming the file and row, exit 1', async () => {
    const campaign = tinyCampaign(SIGNERS);
    appendFileSync(join(dirname(campaign), 'signers.csv'), 'Cy Park,c@example.org,KR,2026-12-07\n');
    const result = await runMain(['count', '--campaign', campaign, '--json'], { now: EARLY });
    expect(JSON.parse(result.stdout).unique).toBe(3);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('signers.csv');
    expect(result.stderr).toContain('2026-12-07');
    const plain = await runMain(['count', '--campaign', campaign, '--json'], { now: new Date('2026-12-07T15:00:00Z') });
    expect(plain.code).toBe(0);
  });
});

describe('a delivery marked before its date', () => {
  it('closes at the mark: later signatures are not counted for it by count, status or press', async () => {
    const campaign = tinyCampaign(SIGNERS);
    const marked = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '--mark-delivered', '-o', join(dirname(campaign), 'pk')], { now: EARLY });
    expect(marked.code).toBeLessThan(2);
    appendFileSync(join(dirname(campaign), 'signers.csv'), 'Cy Park,c@example.org,KR,2026-12-07\n');
    const later = new Date('2026-12-08T15:00:00Z');
    const counted = JSON.parse((await runMain(['count', '--campaign', campaign, '--delivery', 'list', '--json'], { now: later })).stdout);
    expect(counted.unique).toBe(2);
    const status = JSON.parse((await runMain(['status', campaign, '--json'], { now: later })).stdout);
    expect(status.deliveries.find((d: { id: string }) => d.id === 'list')).toMatchObject({ signers: 2, delivered: { signers: 2 } });
    // The next delivery (the same day's `count`, not marked) counts the new signature.
    expect(status.deliveries.find((d: { id: string }) => d.id === 'count').signers).toBe(3);
    const press = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', join(dirname(campaign), 'kit')], { now: later });
    expect(press.code).toBeLessThan(2);
  });
});
