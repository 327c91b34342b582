// Two campaign files in one folder (as the README's Korean and Spanish quick starts write them): each keeps its own
// ledger and state, so one campaign's delivery is never taken for the other's.
import { afterAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPacket } from '../../src/packet/build-packet.js';
import { ledgerPath, statusStatePath } from '../../src/ledger/ledger-files.js';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { smallCampaign } from '../press/small-campaign.js';

afterAll(removeTestTempDirs);

const NOW = new Date('2026-12-01T00:00:00Z');

describe('two campaign files in one folder', () => {
  it('a delivery marked for one is not the other\'s: its status and batch do not see it', async () => {
    const { dir, campaign: first } = smallCampaign();
    const second = join(dir, 'c-es.yaml');
    copyFileSync(first, second);
    expect(ledgerPath(first)).not.toBe(ledgerPath(second));
    expect(statusStatePath(first)).not.toBe(statusStatePath(second));
    await buildPacket({ campaignPath: first, deliveryId: 'd', outDir: join(dir, 'pk'), now: NOW, toolVersion: 't', markDelivered: true });

    const status = await runMain(['status', second], { now: NOW });
    expect(status.stdout).not.toMatch(/marked \d{1,2} \p{L}+ \d{4}/u);
    const batch = await runMain(['batch', second, '-o', join(dir, 'b')], { now: NOW });
    expect(batch.stdout).not.toContain('already delivered (');
    expect(existsSync(join(dir, 'b', 'd', 'packet.pdf'))).toBe(true);

    // The campaign that was delivered says so, without a "null" where the packet folder would be.
    const again = await runMain(['batch', first, '-o', join(dir, 'b1')], { now: NOW });
    expect(again.stdout).toContain('already delivered');
    expect(again.stdout).not.toContain('null');
  });

  it('campaign.yml beside campaign.yaml keeps its own ledger unless the folder\'s ledger records its deliveries', async () => {
    const { dir, campaign } = smallCampaign();
    const yaml = join(dir, 'campaign.yaml');
    renameSync(campaign, yaml);
    await buildPacket({ campaignPath: yaml, deliveryId: 'd', outDir: join(dir, 'pk'), now: NOW, toolVersion: 't', markDelivered: true });
    const other = join(dir, 'campaign.yml');
    // Another campaign: the same delivery id from other exports (an outside tester's F14: its letter cited a delivery it never made).
    writeFileSync(other, readFileSync(yaml, 'utf8').replace(/path: (\S+)\.csv/g, 'path: $1-b.csv'));
    expect(ledgerPath(other)).not.toBe(ledgerPath(yaml));
    // A copy of the delivered campaign is that campaign: it finds the delivery.
    copyFileSync(yaml, other);
    expect(ledgerPath(other)).toBe(ledgerPath(yaml));
  });

  it('a folder whose one campaign file has records from before they were kept per campaign still finds them', async () => {
    const { dir, campaign } = smallCampaign();
    // Records as an earlier version kept them: .petition/ledger.jsonl, whatever the campaign file's name.
    const old = join(dir, 'campaign.yaml');
    renameSync(campaign, old);
    await buildPacket({ campaignPath: old, deliveryId: 'd', outDir: join(dir, 'pk'), now: NOW, toolVersion: 't', markDelivered: true });
    const legacy = join(dir, '.petition', 'ledger.jsonl');
    expect(existsSync(legacy)).toBe(true);
    const renamed = join(dir, 'my-campaign.yaml');
    renameSync(old, renamed);
    expect(ledgerPath(renamed)).toBe(legacy);
  });

  it('a campaign file renamed beside another keeps its ledger: the delivery stays marked (verifyS2 F14)', async () => {
    const { dir, campaign } = smallCampaign();
    const x = join(dir, 'x.yaml');
    renameSync(campaign, x);
    // Another campaign in the folder, from other exports.
    writeFileSync(join(dir, 'y.yaml'), readFileSync(x, 'utf8').replace('path: s.csv', 'path: other.csv'));
    await buildPacket({ campaignPath: x, deliveryId: 'd', outDir: join(dir, 'pk'), now: NOW, toolVersion: 't', markDelivered: true });
    const marked = ledgerPath(x);
    const renamed = join(dir, 'x2026.yaml');
    renameSync(x, renamed);
    expect(ledgerPath(renamed)).toBe(marked);
    const status = await runMain(['status', renamed], { now: NOW });
    expect(status.stdout).toMatch(/marked \d{1,2} \p{L}+ \d{4}/u);
    const again = await runMain(['packet', '--campaign', renamed, '--delivery', 'd', '-o', join(dir, 'pk2'), '--mark-delivered'], { now: NOW });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already');
    // The other campaign still keeps its own records.
    expect(ledgerPath(join(dir, 'y.yaml'))).not.toBe(marked);
  });
});
