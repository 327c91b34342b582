// A press kit's manifest states its figures and the packet fingerprint, but the fingerprint does not cover the kit:
// verify proves a kit's files only when the packet's manifest (pinned by the ledger) lists the kit's manifest, and
// never says it proved figures it did not check (adv15b N1, N16).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { buildPacket } from '../../src/packet/build-packet.js';
import { buildPress } from '../../src/press/build-press.js';
import { ledgerPath } from '../../src/ledger/ledger-files.js';
import { secretPath } from '../../src/ledger/signer-secret.js';
import { verifyPacket } from '../../src/packet/manifest/verify-packet.js';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { followupCopy } from '../batch/followup-fixture.js';

afterAll(removeTestTempDirs);

const now = new Date('2025-12-01T00:00:00Z');

/** The forger's edit: the release says 95, its hash is patched into the kit's manifest, and so is `figures.signers`. */
function forgeKit(kitDir: string, signers: number): void {
  const release = join(kitDir, 'press-release-en.txt');
  const text = readFileSync(release, 'utf8');
  const forged = text.replaceAll(String(signers), '95');
  expect(forged).not.toBe(text);
  writeFileSync(release, forged);
  const manifestPath = join(kitDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const entry = manifest.outputs.find((o: { path: string }) => o.path === 'press-release-en.txt');
  entry.bytes = Buffer.byteLength(forged);
  entry.sha256 = createHash('sha256').update(forged).digest('hex');
  manifest.figures.signers = 95;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

function withPressTrue(campaign: string): void {
  const text = readFileSync(campaign, 'utf8');
  const marked = text.replace('    privacy: count-only                  # the letter gives the numbers; no list of names\n', '    privacy: count-only\n    press: true\n');
  expect(marked).not.toBe(text);
  writeFileSync(campaign, marked);
}

describe('verify over a press kit', () => {
  it('a kit built on its own is not proven by the ledger; a forged count is caught against the ledger', async () => {
    const copy = followupCopy();
    const packet = await buildPacket({ campaignPath: copy.campaign, deliveryId: 'un-2025', outDir: join(copy.root, 'packet'), now, toolVersion: 't', markDelivered: true });
    const kitDir = join(copy.root, 'kit');
    const kit = await buildPress({ campaignPath: copy.campaign, deliveryId: 'un-2025', outDir: kitDir, now, toolVersion: 't', languages: ['en'] });
    const ledger = { ledgerFile: ledgerPath(copy.campaign), secretFile: secretPath(copy.campaign) };
    // Genuine: it names the delivered packet, but nothing pins its bytes.
    expect(await verifyPacket(kitDir, ledger)).toMatchObject({ ok: true, checkedAgainst: ['ledger'], filesProven: false });
    forgeKit(kitDir, kit.decided.facts.signers);
    const forged = await verifyPacket(kitDir, ledger);
    expect(forged.ok).toBe(false);
    expect(forged.filesProven).toBe(false);
    expect(forged.differences.map((d) => [d.problem, d.expected, d.actual])).toEqual([['ledger', String(packet.ledgerEntry!.total), '95']]);
  });

  it('with the paper fingerprint, says that a press kit\'s figures and files are not proven', async () => {
    const copy = followupCopy();
    const kitDir = join(copy.root, 'kit');
    const kit = await buildPress({ campaignPath: copy.campaign, deliveryId: 'un-2025', outDir: kitDir, now, toolVersion: 't', languages: ['en'] });
    forgeKit(kitDir, kit.decided.facts.signers);
    for (const lang of ['en', 'ko', 'es']) {
      const result = await runMain(['--lang', lang, 'verify', kitDir, '--fingerprint', kit.manifest.packetFingerprint]);
      expect(result.stdout).not.toMatch(/proves the figures|증명되는 것은 수치|prueba solo las cifras/);
      expect(result.stdout).toContain(kit.manifest.packetFingerprint);
    }
    const en = await runMain(['verify', kitDir, '--fingerprint', kit.manifest.packetFingerprint]);
    expect(en.stdout).toMatch(/press kit's figures and files are not proven/);
  });

  it('packet --mark-delivered with press: true writes the kit into the packet; the ledger then proves it, and catches a forgery', async () => {
    const copy = followupCopy();
    withPressTrue(copy.campaign);
    const packetDir = join(copy.root, 'packet');
    const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'un-2025', '--mark-delivered', '-o', packetDir], { now });
    expect(built.code).toBeLessThan(2);
    // The ledger line is authenticated with the campaign's secret, as `verify --campaign` reads it.
    const ledger = { ledgerFile: ledgerPath(copy.campaign), secretFile: secretPath(copy.campaign) };
    expect(await verifyPacket(packetDir, ledger)).toMatchObject({ ok: true, differences: [] });
    const kitDir = join(packetDir, 'press');
    expect(await verifyPacket(kitDir, ledger)).toMatchObject({ ok: true, filesProven: true });
    const signers = JSON.parse(readFileSync(join(kitDir, 'manifest.json'), 'utf8')).figures.signers;
    forgeKit(kitDir, signers);
    const forged = await verifyPacket(kitDir, ledger);
    expect(forged.ok).toBe(false);
    expect(forged.filesProven).toBe(false);
    expect(forged.differences.map((d) => d.problem)).toContain('changed');
  });
});
