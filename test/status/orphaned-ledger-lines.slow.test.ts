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
    expect(status.stdout + status.stderr).toMatch(/ledger records d \(delivered 2026-12-10.*c\.yaml no longer has: renamed or removed\? It has the target and date of d-renamed/);
    const statusJson = JSON.parse((await runMain(['status', campaign, '--json'], { now: NOW })).stdout) as { flags: Array<{ code: string; delivery?: string }> };
    expect(statusJson.flags).toContainEqual(expect.objectContaining({ code: 'ledger-orphaned', delivery: 'd' }));

    const batch = await runMain(['batch', campaign, '-o', join(dir, 'b'), '--json'], { now: NOW });
    expect(batch.code).toBe(1);
    expect((JSON.parse(batch.stdout) as { warnings?: string[] }).warnings).toEqual([expect.stringContaining('the ledger records d (delivered 2026-12-10')]);

    const ledgerBefore = readFileSync(ledgerPath(campaign), 'utf8');
    const again = await runMain(['packet', '--campaign', campaign, '--delivery', 'd-renamed', '-o', join(dir, 'pk2'), '--mark-delivered'], { now: NOW });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('"d-renamed" has the target and the date 2026-12-10 of d');
    expect(readFileSync(ledgerPath(campaign), 'utf8')).toBe(ledgerBefore);

    const built = await runMain(['packet', '--campaign', campaign, '--delivery', 'd-renamed', '-o', join(dir, 'pk3')], { now: NOW });
    expect(built.code).toBe(1);
    expect(built.stdout + built.stderr).toContain('no longer has: renamed or removed?');

    const forced = await runMain(['packet', '--campaign', campaign, '--delivery', 'd-renamed', '-o', join(dir, 'pk4'), '--mark-delivered', '--force'], { now: NOW });
    expect(forced.code).toBe(1);
    expect(readFileSync(ledgerPath(campaign), 'utf8')).toContain('"delivery":"d-renamed"');
  });
});

/** The small campaign with a second official, handed a packet on the same day: two deliveries, one date. */
function twoOnOneDay(): { dir: string; campaign: string } {
  const made = smallCampaign();
  writeFileSync(made.campaign, readFileSync(made.campaign, 'utf8')
    .replace('deliveries:\n', '  - { id: amb, preset: head-of-state-via-embassy, variant: cn-washington, name: Xi Jinping, names: { zh: 习近平 }, gender: male, ambassador: { name: Xie Feng, names: { zh: 谢锋 }, gender: male } }\ndeliveries:\n')
    + '  - { id: embassy, target: amb, date: 2026-12-10, place: "Washington, D.C.", languages: [en], privacy: recipient, paper: A4 }\n');
  return made;
}

describe('two deliveries on one day: the orphaned line is matched by its packet, not by its date', () => {
  it('the other official\'s delivery that day is marked without --force; the renamed one is refused, and status names it', async () => {
    const { dir, campaign } = twoOnOneDay();
    const first = await runMain(['packet', '--campaign', campaign, '--delivery', 'd', '-o', join(dir, 'pk'), '--mark-delivered'], { now: NOW });
    expect(first.code).toBeLessThan(2);
    expect(readFileSync(ledgerPath(campaign), 'utf8')).toContain('"target":"t"');
    writeFileSync(campaign, readFileSync(campaign, 'utf8').replace('  - id: d\n', '  - id: un-dec\n'));

    const status = await runMain(['status', campaign], { now: NOW });
    expect(status.stdout + status.stderr).toContain('It has the target and date of un-dec: if that is d renamed, put the old id back');
    expect(status.stdout + status.stderr).not.toMatch(/date of embassy/);

    const renamed = await runMain(['packet', '--campaign', campaign, '--delivery', 'un-dec', '-o', join(dir, 'pk2'), '--mark-delivered'], { now: NOW });
    expect(renamed.code).toBe(2);
    expect(renamed.stderr).toContain('"un-dec" has the target and the date 2026-12-10 of d');
    // Rebuilt into the folder of the packet d delivered: that manifest is the line's, whatever the target.
    const sameFolder = await runMain(['packet', '--campaign', campaign, '--delivery', 'un-dec', '-o', join(dir, 'pk'), '--mark-delivered'], { now: NOW });
    expect(sameFolder.code).toBe(2);
    expect(sameFolder.stderr).toContain('"un-dec" is built into the folder of the packet d delivered');

    const other = await runMain(['packet', '--campaign', campaign, '--delivery', 'embassy', '-o', join(dir, 'emb'), '--mark-delivered'], { now: NOW });
    expect(other.stderr).not.toMatch(/has the (target and the )?date/);
    expect(other.code).toBe(1);
    expect(readFileSync(ledgerPath(campaign), 'utf8')).toContain('"delivery":"embassy"');
  });
});
