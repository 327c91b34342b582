// The ledger keys signers with HMAC-SHA-256 under a campaign secret (.petition/signer-key.secret, 0600): anyone who
// holds the ledger cannot confirm whether an email signed by hashing it. A ledger an older version wrote (plain
// SHA-256 keys) is re-keyed in place, and a follow-up still leaves out everyone it delivered.
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runMain } from '../helpers/run-main.js';
import { followupCopy, type FollowupCopy } from '../batch/followup-fixture.js';
import { canonicalEmail } from '../../src/normalize/canonical-email.js';
import { decideDelivery } from '../../src/packet/build-packet.js';
import { keysDigest, ledgerLine, type LedgerEntry } from '../../src/ledger/ledger-entry.js';
import { readLedger } from '../../src/ledger/read-ledger.js';

const copies: FollowupCopy[] = [];
afterAll(() => {
  for (const copy of copies) rmSync(copy.root, { recursive: true, force: true });
});

/** What a dictionary attack computes: the plain SHA-256 key of an email, as the ledger used to store it. */
const plainKeyOf = (email: string) => createHash('sha256').update(`e:${canonicalEmail(email).key}`).digest('hex').slice(0, 16);
const JANE = 'JANE.DOE@GMAIL.COM'; // the first row of fixtures/exports/google-form.csv

const FIRST = new Date('2025-12-09T15:00:00Z');
const LATER = new Date('2026-06-15T12:00:00Z');

function copyAtFirstDelivery(): FollowupCopy {
  const copy = followupCopy();
  copies.push(copy);
  copy.earlyGoogleForm(4);
  return copy;
}

async function packet(copy: FollowupCopy, delivery: string, now: Date, mark = true): Promise<{ code: number; json: { signers: number; markedDelivered: { signers: number } | null } }> {
  const result = await runMain(['packet', '--campaign', copy.campaign, '--delivery', delivery, '-o', join(copy.root, delivery), ...(mark ? ['--mark-delivered'] : []), '--json'], { now });
  expect(result.stderr).not.toMatch(/unexpected error/);
  return { code: result.code, json: JSON.parse(result.stdout) };
}

const ledgerOf = (copy: FollowupCopy) => join(copy.root, 'campaign-followup', '.petition', 'ledger.jsonl');
const secretOf = (copy: FollowupCopy) => join(copy.root, 'campaign-followup', '.petition', 'signer-key.secret');

describe('the ledger of delivered signers', () => {
  it('cannot be tested against an email: keys are keyed under a secret kept outside it, owner only', async () => {
    const copy = copyAtFirstDelivery();
    expect((await packet(copy, 'embassy-2025', FIRST)).code).toBeLessThan(2);
    const ledger = readFileSync(ledgerOf(copy), 'utf8');
    const { entries } = await readLedger(ledgerOf(copy));
    expect(entries[0].signers).toBeGreaterThan(0);
    expect(ledger).not.toContain(plainKeyOf(JANE));
    expect(entries[0].keyId).toMatch(/^[0-9a-f]{16}$/);
    const secret = readFileSync(secretOf(copy), 'utf8').trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(ledger).not.toContain(secret);
    expect(statSync(secretOf(copy)).mode & 0o777).toBe(0o600);
  });

  it('re-keys a ledger written with plain hashes, and the follow-up still leaves out every signer delivered', async () => {
    // The reference: the first delivery marked by this version, then the follow-up.
    const reference = copyAtFirstDelivery();
    await packet(reference, 'embassy-2025', FIRST);
    reference.fullGoogleForm();
    const expected = (await packet(reference, 'embassy-2026', LATER, false)).json;

    // The same first delivery as an older version recorded it: its plain keys, no secret.
    const copy = copyAtFirstDelivery();
    const decided = await decideDelivery({ campaignPath: copy.campaign, deliveryId: 'embassy-2025', now: FIRST, toolVersion: 'test', markDelivered: true });
    decided.spool.close();
    const plain = [...decided.keys!.strings()];
    expect(plain).toContain(plainKeyOf(JANE));
    rmSync(secretOf(copy));
    const legacy: LedgerEntry = {
      delivery: 'embassy-2025', date: decided.delivery.date, markedAt: FIRST.toISOString(), signers: plain.length, total: plain.length,
      keysSha256: keysDigest(plain), signerListFingerprint: decided.signerListFingerprint, manifestSha256: '0'.repeat(64),
      sources: decided.campaign.sources.map((s) => s.pathAsWritten), keys: plain,
    };
    writeFileSync(ledgerOf(copy), ledgerLine(legacy), { mode: 0o600 });

    copy.fullGoogleForm();
    const followUp = (await packet(copy, 'embassy-2026', LATER, false)).json;
    expect(followUp.signers).toBe(expected.signers);
    expect(followUp.signers).toBeGreaterThan(0);

    const migrated = await readLedger(ledgerOf(copy));
    expect(readFileSync(ledgerOf(copy), 'utf8')).not.toContain(plainKeyOf(JANE));
    expect(migrated.problems).toEqual([]);
    expect(migrated.entries).toHaveLength(1);
    expect(migrated.entries[0]).toMatchObject({ delivery: 'embassy-2025', signers: plain.length, signerListFingerprint: decided.signerListFingerprint });
    expect(migrated.entries[0].keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(statSync(ledgerOf(copy)).mode & 0o777).toBe(0o600);

    // Marked now, the follow-up goes into the re-keyed ledger; built again, it finds no one new.
    expect((await packet(copy, 'embassy-2026', LATER)).json.markedDelivered?.signers).toBe(expected.signers);
    expect((await readLedger(ledgerOf(copy))).entries.map((e) => e.delivery)).toEqual(['embassy-2025', 'embassy-2026']);
  });

  it('refuses a follow-up when the secret is gone, rather than deliver everyone again', async () => {
    const copy = copyAtFirstDelivery();
    await packet(copy, 'embassy-2025', FIRST);
    rmSync(secretOf(copy));
    copy.fullGoogleForm();
    const result = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2026', '-o', join(copy.root, 'again')], { now: LATER });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('signer-key.secret');
  });
});
