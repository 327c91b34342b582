// The LAST line of the delivery ledger deleted (a sync conflict, a restored backup, `sed -i '$d'`): no line after it
// shows the chain broken, so the ledger's end is recorded beside it (ledger-head.json). status and packet name the
// lost delivery and refuse to build on the ledger (exit 2), with the way forward; a ledger of an older version, with no
// recorded end, is warned about (exit 1) and its end recorded from then on. Lines that name their target were written
// by a version that keeps the head: without it, the head was deleted (perhaps with the last lines), and it is refused.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { followupCopy, type FollowupCopy } from '../batch/followup-fixture.js';
import { runMain } from '../helpers/run-main.js';

describe('a ledger that lost its last line', () => {
  let copy: FollowupCopy;
  let ledger: string;
  let head: string;
  let whole: string;

  beforeAll(async () => {
    copy = followupCopy();
    copy.earlyGoogleForm(6);
    const one = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', join(copy.root, 'embassy-2025'), '--mark-delivered'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(one.code).toBeLessThan(2);
    copy.fullGoogleForm();
    const two = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'embassy-2026'), '--mark-delivered'], { now: new Date('2026-06-20T12:00:00Z') });
    expect(two.code).toBeLessThan(2);
    ledger = join(copy.root, 'campaign-followup', '.petition', 'ledger.jsonl');
    head = join(copy.root, 'campaign-followup', '.petition', 'ledger-head.json');
    whole = readFileSync(ledger, 'utf8');
    expect(whole.trim().split('\n')).toHaveLength(2);
    expect(existsSync(head)).toBe(true);
  });

  afterAll(() => rmSync(copy.root, { recursive: true, force: true }));

  const dropLast = () => writeFileSync(ledger, `${whole.trim().split('\n')[0]}\n`);

  it('status names the lost delivery and fails (exit 2), with what to do', async () => {
    dropLast();
    const result = await runMain(['status', copy.campaign], { now: new Date('2026-06-22T12:00:00Z') });
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/the delivery ledger lost the line of embassy-2026 \(2026-06-20\)/);
    expect(result.stdout + result.stderr).toMatch(/restore .*ledger\.jsonl from a backup/);
    const json = await runMain(['status', copy.campaign, '--json'], { now: new Date('2026-06-22T12:00:00Z') });
    expect((JSON.parse(json.stdout) as { flags: Array<{ code: string }> }).flags).toContainEqual(expect.objectContaining({ code: 'ledger-tail-lost' }));
  });

  it('the next packet refuses to build on it, and does not mark the lost delivery a second time', async () => {
    dropLast();
    const before = readFileSync(ledger);
    const again = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'again'), '--mark-delivered'], { now: new Date('2026-06-22T12:00:00Z') });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/lost the line of embassy-2026 .*Nothing is marked delivered or built on the ledger until it is mended/);
    expect(readFileSync(ledger)).toEqual(before);
    const plain = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'plain')], { now: new Date('2026-06-22T12:00:00Z') });
    expect(plain.code).toBe(2);
  });

  it('verify --campaign of the packet whose line was lost says the ledger lost it, not "not marked delivered"', async () => {
    dropLast();
    const result = await runMain(['verify', join(copy.root, 'embassy-2026'), '--campaign', copy.campaign]);
    expect(result.stdout + result.stderr).toMatch(/delivery "embassy-2026" is not found in the ledger, but .*ledger-head\.json, the record of the ledger's end, lists it/);
    expect(result.stdout + result.stderr).not.toMatch(/not marked delivered/);
    expect(result.code).toBe(1);
  });

  it('a head edited by hand to hide the loss does not check, and is refused', async () => {
    dropLast();
    const recorded = JSON.parse(readFileSync(head, 'utf8')) as { deliveries: unknown[] };
    writeFileSync(head, JSON.stringify({ ...recorded, deliveries: recorded.deliveries.slice(0, 1) }));
    const result = await runMain(['status', copy.campaign], { now: new Date('2026-06-22T12:00:00Z') });
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).toMatch(/does not check under the campaign's secret/);
  });

  it('the head deleted with the last line is refused (exit 2), not taken for an older ledger; --rebuild-ledger-head records it anew (outside tester, F5)', async () => {
    dropLast();
    rmSync(head);
    const status = await runMain(['status', copy.campaign], { now: new Date('2026-06-22T12:00:00Z') });
    expect(status.code).toBe(2);
    const said = status.stdout + status.stderr;
    expect(said).not.toMatch(/written before its end was recorded/);
    expect(said).toMatch(/ledger-head\.json, the record of the delivery ledger's end, is missing, though .*ledger\.jsonl was written by a version that keeps it/);
    expect(said).toMatch(/the last for embassy-2025, marked 2025-12-09\), run npx petition status .*campaign\.yaml --rebuild-ledger-head, which records its end anew/);
    expect(existsSync(head)).toBe(false);
    const json = await runMain(['status', copy.campaign, '--json'], { now: new Date('2026-06-22T12:00:00Z') });
    expect((JSON.parse(json.stdout) as { flags: Array<{ code: string }> }).flags).toContainEqual(expect.objectContaining({ code: 'ledger-head-missing' }));
    const before = readFileSync(ledger);
    const packet = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'headless'), '--mark-delivered'], { now: new Date('2026-06-22T12:00:00Z') });
    expect(packet.code).toBe(2);
    expect(packet.stderr).toMatch(/is missing, though .*Nothing is marked delivered or built on the ledger until this is settled/);
    expect(readFileSync(ledger)).toEqual(before);
    expect(existsSync(head)).toBe(false);
    // count --delivery states a follow-up's figures from the ledger: it refuses the same ledger (verification tester, F5).
    const counted = await runMain(['count', '--campaign', copy.campaign, '--delivery', 'embassy-2026'], { now: new Date('2026-06-22T12:00:00Z') });
    expect(counted.code).toBe(2);
    expect(counted.stderr).toMatch(/is missing, though .*Nothing is marked delivered or built on the ledger until this is settled/);
  });

  it('restored whole, with the head deleted: refused until --rebuild-ledger-head records its end anew, then trusted again', async () => {
    writeFileSync(ledger, whole);
    rmSync(head, { force: true });
    const refused = await runMain(['status', copy.campaign], { now: new Date('2026-06-22T12:00:00Z') });
    expect(refused.code).toBe(2);
    const rebuilt = await runMain(['status', copy.campaign, '--rebuild-ledger-head'], { now: new Date('2026-06-22T12:00:00Z') });
    expect(rebuilt.code).toBe(1);
    expect(rebuilt.stdout + rebuilt.stderr).toMatch(/ledger's end \(.*ledger-head\.json\) was recorded anew, as asked, from the 2 lines/);
    expect(existsSync(head)).toBe(true);
    const second = await runMain(['status', copy.campaign], { now: new Date('2026-06-22T12:00:00Z') });
    expect(second.stdout + second.stderr).not.toMatch(/end was recorded|lost the line|is missing/);
  });

  it('a ledger of an older version (lines without a target) and no recorded end is warned about once, its end recorded', async () => {
    // An older version's lines named no target; with it removed the seal no longer checks, which is said too.
    writeFileSync(ledger, whole.split('\n').map((line) => (line ? JSON.stringify({ ...JSON.parse(line), target: undefined }) : line)).join('\n'));
    rmSync(head, { force: true });
    const first = await runMain(['status', copy.campaign], { now: new Date('2026-06-22T12:00:00Z') });
    expect(first.code).toBe(1);
    expect(first.stdout + first.stderr).toMatch(/written before its end was recorded: a line lost from its end before now would not show/);
    expect(existsSync(head)).toBe(true);
    const second = await runMain(['status', copy.campaign], { now: new Date('2026-06-22T12:00:00Z') });
    expect(second.stdout + second.stderr).not.toMatch(/end was recorded|lost the line/);
    writeFileSync(ledger, whole);
  });
});
