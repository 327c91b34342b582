import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { followupCopy } from '../batch/followup-fixture.js';
import type { StatusReport } from '../../src/status/status-report.js';

async function status(campaign: string, now: string, json = true): Promise<{ code: number; report: StatusReport; stdout: string }> {
  const result = await runMain(['status', campaign, ...(json ? ['--json'] : [])], { now: new Date(now) });
  return { code: result.code, stdout: result.stdout, report: json ? JSON.parse(result.stdout) as StatusReport : (undefined as unknown as StatusReport) };
}

describe('petition status', () => {
  it('gives per delivery the days left, the count, the goal and per-country minimums, and the pace', async () => {
    const copy = followupCopy();
    // 8 November 2025, 15:00 in New York: the week of signing is the last 7 days.
    const { report } = await status(copy.campaign, '2025-11-08T20:00:00Z');
    expect(report.today).toBe('2025-11-08');
    expect(report.timezone).toBe('America/New_York');
    expect(report.pace.from).toBe('2025-11-02');
    expect(report.pace.signers).toBeGreaterThan(0);
    expect(report.pace.signers).toBeLessThanOrEqual(report.counts.unique);
    const [un, embassy, followUp] = report.deliveries;
    expect(un).toMatchObject({ id: 'un-2025', daysLeft: 32, signers: report.counts.unique });
    expect(un.goal?.countries.find((c) => c.country === 'KR')).toMatchObject({ goal: 10, reached: true });
    expect(un.goal?.countries.find((c) => c.country === 'US')).toMatchObject({ goal: 5, reached: false });
    expect(un.goal?.countriesNeeded).toBe(2);
    // Goal 50 with fewer signers: a day it would be reached at this pace.
    expect(embassy.goal?.total).toMatchObject({ goal: 50, reached: false });
    expect(embassy.projected?.day).toMatch(/^2025-1[12]-\d\d$/);
    expect(followUp).toMatchObject({ id: 'embassy-2026', since: 'embassy-2025', followUp: { waitingFor: 'embassy-2025' }, projected: null });
  });

  it('reads in colour-free text too: counts, deliveries and the goal per country', async () => {
    const copy = followupCopy();
    const { stdout } = await status(copy.campaign, '2025-11-08T20:00:00Z', false);
    expect(stdout).toMatch(/unique signers\s+\d+/);
    expect(stdout).toMatch(/un-2025 {2}2025-12-10 \(in 32 days\), New York, Human Rights Day/);
    expect(stdout).toMatch(/countries {4}KR \d+\/10 ✓ {2}US \d\/5 ✗ {2}DE \d\/5 ✗: 1 of 2 needed, not met/);
    expect(stdout).toMatch(/goal {9}\d+ of 50, \d+%; at this pace on 2025-1\d-\d\d/);
    expect(stdout).not.toContain('\x1b[');
  });

  it('shows the new signers of a follow-up, the exports changed since the last run, and flags a removed export', async () => {
    const copy = followupCopy();
    copy.earlyGoogleForm(4);
    const marked = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'out'), '--mark-delivered', '--json'], { now: new Date('2025-12-09T15:00:00Z') });
    const delivered = JSON.parse(marked.stdout).markedDelivered.signers as number;

    const first = await status(copy.campaign, '2026-06-15T12:00:00Z');
    expect(first.report.lastRun).toBeNull();
    expect(first.report.files.every((f) => f.change === 'new')).toBe(true);
    expect(first.report.deliveries[1].delivered).toMatchObject({ signers: delivered });
    expect(first.report.deliveries[2].followUp).toEqual({ deliveredBefore: delivered, stillCounted: delivered, noLongerCounted: 0, newSigners: 0 });
    expect(first.report.flags).toEqual([]);

    copy.fullGoogleForm();
    const second = await status(copy.campaign, '2026-06-16T12:00:00Z');
    expect(second.report.lastRun).toBe('2026-06-15T12:00:00.000Z');
    expect(second.report.files.filter((f) => f.change !== 'unchanged').map((f) => [f.path, f.change])).toEqual([['../exports/google-form.csv', 'changed']]);
    const followUp = second.report.deliveries[2];
    expect(followUp.daysLeft).toBe(4);
    expect(followUp.followUp).toMatchObject({ deliveredBefore: delivered });
    const newSigners = (followUp.followUp as { newSigners: number }).newSigners;
    expect(newSigners).toBeGreaterThan(0);
    expect(followUp.signers).toBe(delivered + newSigners);

    // Dropping an export that was delivered must not shrink the delivered total in silence.
    writeFileSync(copy.campaign, readFileSync(copy.campaign, 'utf8').replace('  - path: ../exports/google-form.csv\n', ''));
    const third = await status(copy.campaign, '2026-06-17T12:00:00Z');
    expect(third.report.flags.map((f) => f.code)).toEqual(['source-removed', 'delivered-signers-missing']);
    expect(third.report.flags[0].path).toBe('../exports/google-form.csv');
    expect(third.report.files.find((f) => f.path === '../exports/google-form.csv')?.change).toBe('removed');
    // The follow-up still counts from what was delivered.
    expect(third.report.deliveries[2].followUp).toMatchObject({ deliveredBefore: delivered });
    expect(third.code).toBe(1);
  });

  it('exits 2 with the line of a mistake in the campaign file', async () => {
    const copy = followupCopy();
    writeFileSync(copy.campaign, readFileSync(copy.campaign, 'utf8').replace('privacy: recipient', 'privacy: private'));
    const result = await runMain(['status', copy.campaign]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/campaign\.yaml, line \d+: .*privacy/);
  });
});
