// A delivery renamed in the campaign file after it was marked: the ledger line it left behind is named by status and
// packet, and the renamed delivery (same date) is not marked a second time unless the organizer says so (--force).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ledgerPath } from '../../src/ledger/ledger-files.js';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { smallCampaign } from '../press/small-campaign.js';

afterAll(removeTestTempDirs);

const NOW = new Date('2026-12-01T00:00:00Z');

describe('a ledger line whose delivery the campaign no longer names', () => {
  it('is named by status and packet, and the same-day delivery is not marked again without --force', async () => {
    const { dir, campaign } = smallCampaign();
    const first = await runMain(['packet', '--campaign', campaign, '--delivery', 'd', '-o', join(dir, 'pk'), '--mark-delivered'], { now: NOW });
    expect(first.code).toBe(0);
    writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('  - id: d\n', '  - id: d-renamed\n'));

    const status = await runMain(['status', campaign], { now: NOW });
    expect(status.code).toBe(1);
    expect(status.stdout + status.stderr).toMatch(/ledger records d \(delivered 2026-12-10.*c\.yaml no longer has: renamed or removed\?/);
    const statusJson = JSON.parse((await runMain(['status', campaign, '--json'], { now: NOW })).stdout) as { flags: Array<{ code: string; delivery?: string }> };
    expect(statusJson.flags).toContainEqual(expect.objectContaining({ code: 'ledger-orphaned', delivery: 'd' }));

    const batch = await runMain(['batch', campaign, '-o', join(dir, 'b'), '--json'], { now: NOW });
    expect(batch.code).toBe(1);
    expect((JSON.parse(batch.stdout) as { warnings?: string[] }).warnings).toEqual([expect.stringContaining('the ledger records d (delivered 2026-12-10')]);

    const ledgerBefore = readFileSync(ledgerPath(campaign), 'utf8');
    const again = await runMain(['packet', '--campaign', campaign, '--delivery', 'd-renamed', '-o', join(dir, 'pk2'), '--mark-delivered'], { now: NOW });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('"d-renamed" has the date 2026-12-10 of d');
    expect(readFileSync(ledgerPath(campaign), 'utf8')).toBe(ledgerBefore);

    const built = await runMain(['packet', '--campaign', campaign, '--delivery', 'd-renamed', '-o', join(dir, 'pk3')], { now: NOW });
    expect(built.code).toBe(1);
    expect(built.stdout + built.stderr).toContain('no longer has: renamed or removed?');

    const forced = await runMain(['packet', '--campaign', campaign, '--delivery', 'd-renamed', '-o', join(dir, 'pk4'), '--mark-delivered', '--force'], { now: NOW });
    expect(forced.code).toBe(1);
    expect(readFileSync(ledgerPath(campaign), 'utf8')).toContain('"delivery":"d-renamed"');
  });
});
