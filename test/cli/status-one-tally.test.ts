// `status` states each delivery's figures from the packet's tally: the signatures up to the delivery's day, and for a
// follow-up the signers still counted from the earlier packet plus the new ones, as `count --delivery` and the packet.
import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followupCopy } from '../batch/followup-fixture.js';
import { runMain } from '../helpers/run-main.js';
import type { StatusReport } from '../../src/status/status-report.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('status, count --delivery and the packet give one number per delivery', () => {
  it('with signatures after a delivery date and a delivered signer no longer counted', async () => {
    const copy = followupCopy();
    made.push(copy.root);
    copy.earlyGoogleForm(3);
    const first = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'first'), '--mark-delivered'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(first.code).toBeLessThan(2);
    copy.fullGoogleForm();
    const form = join(copy.exports, 'google-form.csv');
    // 佐藤 陽翔, delivered in embassy-2025, withdrew; one person signed between the deliveries, one after both.
    writeFileSync(form, readFileSync(form, 'utf8').split('\r\n').filter((line) => !line.includes('佐藤')).join('\r\n'));
    appendFileSync(form, '3/1/2026 9:00:00,Between Deliveries,between@example.org,Boston,USA\r\n7/1/2026 9:00:00,After Both,after.both@example.org,Denver,USA\r\n');
    const now = { now: new Date('2026-08-01T12:00:00Z') };

    const status = await runMain(['status', copy.campaign, '--json'], now);
    const report = JSON.parse(status.stdout) as StatusReport;
    for (const delivery of report.deliveries) {
      const counted = await runMain(['count', '--campaign', copy.campaign, '--delivery', delivery.id, '--json'], now);
      const count = JSON.parse(counted.stdout);
      expect([delivery.id, delivery.signers]).toEqual([delivery.id, count.unique]);
      expect(delivery.goal?.total?.have ?? count.unique).toBe(count.unique);
      if (count.followUp) expect(delivery.followUp).toEqual({ deliveredBefore: count.followUp.deliveredBefore, stillCounted: count.followUp.stillCounted, noLongerCounted: count.followUp.noLongerCounted, newSigners: count.followUp.newSigners });
    }
    expect(report.counts.unique).toBe(report.deliveries[2].signers + 1);
    const [un] = report.deliveries;
    expect(un.signers).toBe(report.counts.unique - 2);

    const out = join(copy.root, 'second');
    const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', out, '--json'], now);
    expect(built.code).toBeLessThan(2);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const followUp = report.deliveries[2];
    expect(followUp.signers).toBe(manifest.counts.unique);
    expect(followUp.followUp).toMatchObject({ newSigners: JSON.parse(built.stdout).signers, noLongerCounted: 1 });
    const text = await runMain(['status', copy.campaign], now);
    expect(text.stdout).toMatch(/1 no longer counted/);
    expect(text.stdout).toMatch(/1 signed after 2026-06-20/);
  });
});
