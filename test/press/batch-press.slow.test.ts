// `press: true` on a delivery: batch builds its press kit into the packet folder, and verify checks it with the packet.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBatch } from '../../src/batch/run-batch.js';
import { batchExitCode } from '../../src/batch/batch-summary.js';
import { buildPacket } from '../../src/packet/build-packet.js';
import { buildPress } from '../../src/press/build-press.js';
import { ledgerPath } from '../../src/ledger/ledger-files.js';
import { secretPath } from '../../src/ledger/signer-secret.js';
import { verifyPacket } from '../../src/packet/manifest/verify-packet.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { followupCopy } from '../batch/followup-fixture.js';

afterAll(removeTestTempDirs);

describe('batch with press: true', () => {
  it('writes the press kit into press/ of the packet folder, listed in the packet manifest and in its own', async () => {
    const copy = followupCopy();
    const text = readFileSync(copy.campaign, 'utf8');
    const marked = text.replace('    privacy: count-only                  # the letter gives the numbers; no list of names\n', '    privacy: count-only\n    press: true\n');
    expect(marked).not.toBe(text);
    writeFileSync(copy.campaign, marked);
    const outRoot = join(copy.root, 'packets');
    const summary = await runBatch({ campaignPath: copy.campaign, deliveries: ['un-2025', 'embassy-2025'], outRoot, cwd: copy.root, now: new Date('2025-12-01T00:00:00Z'), toolVersion: 't' });
    expect(summary.packets.map((p) => [p.delivery, p.status])).toEqual([['un-2025', 'built'], ['embassy-2025', 'built']]);

    const packetDir = join(outRoot, 'un-2025');
    const press = readdirSync(join(packetDir, 'press')).sort();
    expect(press).toEqual(expect.arrayContaining(['manifest.json', 'poster-en.pdf', 'card-ko.png', 'press-release-ko.md', 'press-release-en.txt']));
    const packetManifest = JSON.parse(readFileSync(join(packetDir, 'manifest.json'), 'utf8'));
    const listed = packetManifest.outputs.map((o: { path: string }) => o.path);
    for (const name of press) expect(listed).toContain(`press/${name}`);
    const pressManifest = JSON.parse(readFileSync(join(packetDir, 'press', 'manifest.json'), 'utf8'));
    expect(pressManifest.packetFingerprint).toBe(packetManifest.packetFingerprint);
    expect(await verifyPacket(packetDir)).toMatchObject({ ok: true });
    expect(await verifyPacket(join(packetDir, 'press'))).toMatchObject({ ok: true });

    // The poster states the unique count the packet states.
    const poster = (await readPdfText(readFileSync(join(packetDir, 'press', 'poster-en.pdf')))).text;
    expect(poster).toMatch(new RegExp(`\\b${packetManifest.counts.unique}\\b`));
    // A delivery without press: true has no kit.
    expect(readdirSync(join(outRoot, 'embassy-2025'))).not.toContain('press');
  });

  it("says the press kit's warnings, as press does, and exits 1 (#15)", async () => {
    const copy = followupCopy();
    const text = readFileSync(copy.campaign, 'utf8');
    const longUrl = `https://petition.example/${'stop-forced-returns-'.repeat(5)}`;
    const marked = text
      .replace('    privacy: count-only                  # the letter gives the numbers; no list of names\n', '    privacy: count-only\n    press: true\n')
      .replace('petition:\n', `petition:\n  url: ${longUrl}\n`);
    expect(marked).toContain('press: true');
    expect(marked).toContain(longUrl);
    writeFileSync(copy.campaign, marked);
    const summary = await runBatch({ campaignPath: copy.campaign, deliveries: ['un-2025'], outRoot: join(copy.root, 'packets'), cwd: copy.root, now: new Date('2025-12-01T00:00:00Z'), toolVersion: 't' });
    expect(summary.packets[0].warnings).toEqual(expect.arrayContaining([expect.stringMatching(/too many to print whole/)]));
    expect(batchExitCode(summary, { done: 0, problems: 1, failed: 2 })).toBe(1);
  });

  it('a press kit built after the packet was marked delivered checks against the ledger by its fingerprint', async () => {
    const copy = followupCopy();
    const now = new Date('2025-12-01T00:00:00Z');
    await buildPacket({ campaignPath: copy.campaign, deliveryId: 'un-2025', outDir: join(copy.root, 'packet'), now, toolVersion: 't', markDelivered: true });
    const pressDir = join(copy.root, 'press');
    const kit = await buildPress({ campaignPath: copy.campaign, deliveryId: 'un-2025', outDir: pressDir, now, toolVersion: 't', languages: ['en'] });
    expect(kit.manifest.kit).toBe('press');
    const ledgerFile = ledgerPath(copy.campaign);
    expect(await verifyPacket(pressDir, { ledgerFile, secretFile: secretPath(copy.campaign) })).toMatchObject({ ok: true, checkedAgainst: ['ledger'] });
    // A kit claiming another packet's fingerprint fails.
    const manifestPath = join(pressDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.packetFingerprint = '0000-0000-0000-0000';
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    expect((await verifyPacket(pressDir, { ledgerFile, secretFile: secretPath(copy.campaign) })).differences.map((d) => d.problem)).toEqual(['ledger']);
  });
});
