// A ledger line's MAC was checked by `verify` only. `status` and `packet --mark-delivered` must notice a line edited
// after it was written, and a line written before MACs existed (none) is "not sealed": a warning, not tampering.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followupCopy, type FollowupCopy } from '../batch/followup-fixture.js';
import { runMain } from '../helpers/run-main.js';

describe('ledger lines and their MACs outside verify', () => {
  let copy: FollowupCopy;
  let ledger: string;
  let genuine: string;
  const packet = () => join(copy.root, 'packet');
  const lineOf = (text: string) => text.split('\n').find((l) => l.includes('"embassy-2025"')) ?? '';

  beforeAll(async () => {
    copy = followupCopy();
    copy.earlyGoogleForm(6);
    const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', packet(), '--mark-delivered'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(built.code).toBeLessThan(2);
    ledger = join(copy.root, 'campaign-followup', '.petition', 'ledger.jsonl');
    genuine = readFileSync(ledger, 'utf8');
    expect(JSON.parse(lineOf(genuine)).mac).toMatch(/^[0-9a-f]{64}$/);
  });

  afterAll(() => rmSync(copy.root, { recursive: true, force: true }));

  const tamper = () => {
    const line = lineOf(genuine);
    const edited = JSON.parse(line);
    edited.total += 1000;
    writeFileSync(ledger, genuine.replace(line, JSON.stringify(edited)));
  };

  it('status names a ledger line edited after it was written', async () => {
    tamper();
    const json = await runMain(['status', copy.campaign, '--json'], { now: new Date('2026-01-10T12:00:00Z') });
    const flags = (JSON.parse(json.stdout) as { flags: Array<{ code: string; delivery?: string; message: string }> }).flags;
    expect(flags).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'ledger-tampered', delivery: 'embassy-2025' })]));
    expect(json.code).toBe(1);
    writeFileSync(ledger, genuine);
    const clean = await runMain(['status', copy.campaign, '--json'], { now: new Date('2026-01-10T12:00:00Z') });
    expect((JSON.parse(clean.stdout) as { flags: Array<{ code: string }> }).flags.map((f) => f.code)).not.toContain('ledger-tampered');
  });

  it('packet --mark-delivered of a follow-up warns of an edited line it builds on', async () => {
    copy.fullGoogleForm();
    tamper();
    const out = join(copy.root, 'follow-up');
    const result = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', out, '--mark-delivered'], { now: new Date('2026-06-20T12:00:00Z') });
    expect(result.stderr).toMatch(/ledger line of delivery "embassy-2025" .*does not match its MAC/);
    expect(result.code).toBe(1);
    writeFileSync(ledger, genuine);
    copy.earlyGoogleForm(6);
  });

  it('verify --campaign reports a line without a MAC as not sealed (exit 1), not as a forged manifest', async () => {
    const line = lineOf(genuine);
    const old = JSON.parse(line);
    delete old.mac;
    // An older version wrote neither the MAC nor the chain.
    delete old.previousSeal;
    writeFileSync(ledger, genuine.replace(line, JSON.stringify(old)));
    const json = await runMain(['verify', packet(), '--campaign', copy.campaign, '--json']);
    const result = JSON.parse(json.stdout) as { ok: boolean; differences: unknown[]; filesProven: boolean; ledgerNotSealed?: boolean };
    // Not a difference, but no pass either (verifyQ H6): a line that cannot be authenticated proves nothing.
    expect(result).toMatchObject({ ok: false, differences: [], filesProven: false, ledgerNotSealed: true });
    expect(json.code).toBe(1);
    const text = await runMain(['verify', packet(), '--campaign', copy.campaign]);
    expect(text.stdout).toMatch(/not proven\. .*not sealed/);
    expect(text.stdout).not.toMatch(/difference/i);
    expect(text.code).toBe(1);
    writeFileSync(ledger, genuine);
  });
});
