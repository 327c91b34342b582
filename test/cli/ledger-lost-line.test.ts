// adv-s9 D5: a whole ledger line deleted (a sync conflict, a hand edit) went unnoticed: the honest delivered packet
// failed verify as "not marked delivered", and the same delivery could be marked delivered a second time.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followupCopy, type FollowupCopy } from '../batch/followup-fixture.js';
import { runMain } from '../helpers/run-main.js';

describe('a ledger that lost a line', () => {
  let copy: FollowupCopy;
  let ledger: string;
  let whole: string;
  const first = () => join(copy.root, 'embassy-2025');

  beforeAll(async () => {
    copy = followupCopy();
    copy.earlyGoogleForm(6);
    const one = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', first(), '--mark-delivered'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(one.code).toBeLessThan(2);
    copy.fullGoogleForm();
    const two = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'embassy-2026'), '--mark-delivered'], { now: new Date('2026-06-20T12:00:00Z') });
    expect(two.code).toBeLessThan(2);
    ledger = join(copy.root, 'campaign-followup', '.petition', 'ledger.jsonl');
    whole = readFileSync(ledger, 'utf8');
    expect(whole.trim().split('\n')).toHaveLength(2);
    // `sed -i 1d`: the first delivery's line is gone, the second still reads and still matches its MAC.
    writeFileSync(ledger, whole.split('\n').slice(1).join('\n'));
  });

  afterAll(() => rmSync(copy.root, { recursive: true, force: true }));

  it('verify of the packet whose line was lost says the ledger lost a line, not "not marked delivered"', async () => {
    const result = await runMain(['verify', first(), '--campaign', copy.campaign]);
    expect(result.stdout + result.stderr).toMatch(/lost or changed a line before line 1/);
    expect(result.stdout + result.stderr).not.toMatch(/not marked delivered/);
    expect(result.code).toBe(1);
  });

  it('packet --mark-delivered refuses to mark the lost delivery again, and leaves the ledger as it is', async () => {
    const before = readFileSync(ledger);
    const result = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'again'), '--mark-delivered'], { now: new Date('2026-06-21T12:00:00Z') });
    expect(result.stderr).toMatch(/lost or changed a line before line 1/);
    expect(result.code).toBe(2);
    expect(readFileSync(ledger)).toEqual(before);
  });

  it('status warns of the break, naming the line and the lost delivery', async () => {
    const result = await runMain(['status', copy.campaign, '--json'], { now: new Date('2026-06-22T12:00:00Z') });
    const flags = (JSON.parse(result.stdout) as { flags: Array<{ code: string; message: string }> }).flags;
    expect(flags).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'ledger-damaged', message: expect.stringMatching(/line 1: .*lost, moved or inserted/) })]));
    // The ledger's recorded end names the delivery whose line was lost, and nothing is built on it (ledger-lost-tail.test.ts).
    expect(flags).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'ledger-tail-lost', message: expect.stringMatching(/lost the line of embassy-2025/) })]));
    expect(result.code).toBe(2);
  });

  it('a chained line whose MAC was removed (to pass a mended chain off as an older version\'s line) is tampered', async () => {
    const lines = whole.split('\n');
    const second = JSON.parse(lines[1]) as Record<string, unknown>;
    delete second.mac;
    second.previousSeal = 'start';
    writeFileSync(ledger, `${JSON.stringify(second)}\n`);
    const result = await runMain(['status', copy.campaign, '--json'], { now: new Date('2026-06-22T12:00:00Z') });
    const flags = (JSON.parse(result.stdout) as { flags: Array<{ code: string; delivery?: string }> }).flags;
    expect(flags).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'ledger-tampered', delivery: 'embassy-2026' })]));
    writeFileSync(ledger, whole.split('\n').slice(1).join('\n'));
  });
});
