import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { followupCopy, type FollowupCopy } from '../batch/followup-fixture.js';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

/** A packet marked delivered, and copies of it a forger changed. */
describe('petition verify against what a forger cannot rewrite', () => {
  let copy: FollowupCopy;
  let packet: string;
  let fingerprint: string;
  const forgeries: string[] = [];

  const forge = (change: (dir: string) => void): string => {
    const dir = tempDir();
    forgeries.push(dir);
    cpSync(packet, dir, { recursive: true });
    change(dir);
    return dir;
  };
  const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const writeManifest = (dir: string, manifest: unknown) => writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  beforeAll(async () => {
    copy = followupCopy();
    packet = join(copy.root, 'packet');
    const built = await runMain(['packet', '--campaign', copy.campaign, '--delivery', 'embassy-2025', '-o', packet, '--mark-delivered', '--json'], { now: new Date('2025-12-09T12:00:00Z') });
    expect(built.code).toBeLessThan(2);
    fingerprint = readManifest(packet).packetFingerprint;
  });

  afterAll(() => {
    rmSync(copy.root, { recursive: true, force: true });
    for (const dir of forgeries) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the packet fingerprint on the letter and on every page of the list', async () => {
    expect(fingerprint).toMatch(/^[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    const letter = await readPdfText(readFileSync(join(packet, 'letter.pdf')));
    expect(letter.pageTexts[0]).toContain(fingerprint);
    const list = await readPdfText(readFileSync(join(packet, 'signatures.pdf')));
    for (const page of list.pageTexts) expect(page).toContain(fingerprint);
  });

  it('passes the untouched packet against the ledger and against the fingerprint typed from paper', async () => {
    const ledger = await runMain(['verify', packet, '--campaign', copy.campaign]);
    expect(ledger.stdout).toContain('ledger');
    expect(ledger.code).toBe(0);
    const paper = await runMain(['verify', packet, '--fingerprint', fingerprint.toLowerCase().replaceAll('-', ' ')]);
    expect(paper.code).toBe(0);
  });

  it('catches a swapped signatures.pdf whose hash was patched into the manifest', async () => {
    const dir = forge((d) => {
      const forged = Buffer.concat([readFileSync(join(d, 'signatures.pdf')), Buffer.from('\n% forged\n')]);
      writeFileSync(join(d, 'signatures.pdf'), forged);
      const manifest = readManifest(d);
      const entry = manifest.outputs.find((o: { path: string }) => o.path === 'signatures.pdf');
      entry.sha256 = createHash('sha256').update(forged).digest('hex');
      entry.bytes = forged.length;
      writeManifest(d, manifest);
    });
    expect((await runMain(['verify', dir])).code).toBe(0); // consistent with itself: only the ledger can tell
    // The paper fingerprint covers the figures, not the files' bytes (it is printed inside them): verify must say so.
    const paper = await runMain(['verify', dir, '--fingerprint', fingerprint]);
    expect(paper.code).toBe(0);
    expect(paper.stdout).toMatch(/proves the figures and the signers only/);
    expect(paper.stdout).toMatch(/files' bytes are not proven: check them against the ledger with --campaign/);
    const paperJson = JSON.parse((await runMain(['verify', dir, '--fingerprint', fingerprint, '--json'])).stdout);
    expect(paperJson.filesProven).toBe(false);
    const result = await runMain(['verify', dir, '--campaign', copy.campaign]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/manifest\.json: .*ledger/);
  });

  it('refuses a manifest that lists nothing', async () => {
    const dir = forge((d) => writeFileSync(join(d, 'manifest.json'), '{"inputs":[],"outputs":[]}'));
    const result = await runMain(['verify', dir]);
    expect(result.code).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/manifest\.json/);
  });

  it('catches edited counts, and edited counts with a recomputed fingerprint against the paper and the ledger', async () => {
    const dir = forge((d) => {
      const manifest = readManifest(d);
      manifest.counts.unique += 1000;
      writeManifest(d, manifest);
    });
    const plain = await runMain(['verify', dir]);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('fingerprint');
    const { packetFingerprint } = await import('../../src/packet/manifest/packet-fingerprint.js');
    const recomputed = forge((d) => {
      const manifest = readManifest(d);
      manifest.counts.unique += 1000;
      manifest.packetFingerprint = packetFingerprint(manifest);
      writeManifest(d, manifest);
    });
    expect((await runMain(['verify', recomputed, '--fingerprint', fingerprint])).code).toBe(1);
    expect((await runMain(['verify', recomputed, '--campaign', copy.campaign])).code).toBe(1);
  });

  it('reports a delivery recorded twice in the ledger, whichever packet is checked', async () => {
    const root = tempDir();
    forgeries.push(root);
    cpSync(copy.root, root, { recursive: true });
    const genuine = join(root, 'packet');
    const forged = join(root, 'forged');
    cpSync(genuine, forged, { recursive: true });
    writeFileSync(join(forged, 'signatures.pdf'), Buffer.concat([readFileSync(join(forged, 'signatures.pdf')), Buffer.from('\n% forged\n')]));
    const manifest = readManifest(forged);
    const entry = manifest.outputs.find((o: { path: string }) => o.path === 'signatures.pdf');
    entry.sha256 = createHash('sha256').update(readFileSync(join(forged, 'signatures.pdf'))).digest('hex');
    entry.bytes = readFileSync(join(forged, 'signatures.pdf')).length;
    writeManifest(forged, manifest);
    const campaignFile = join(root, 'campaign-followup', 'campaign.yaml');
    const ledger = join(root, 'campaign-followup', '.petition', 'ledger.jsonl');
    const lines = readFileSync(ledger, 'utf8').trimEnd().split('\n');
    const recorded = JSON.parse(lines.find((line) => line.includes('"embassy-2025"')) ?? '{}');
    recorded.manifestSha256 = createHash('sha256').update(readFileSync(join(forged, 'manifest.json'))).digest('hex');
    writeFileSync(ledger, `${lines.join('\n')}\n${JSON.stringify(recorded)}\n`);
    for (const dir of [forged, genuine]) {
      const result = await runMain(['verify', dir, '--campaign', campaignFile]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('records delivery "embassy-2025" 2 times');
    }
  });

  // adv11 D7: the forger edits the ledger line in place (no second line to give it away).
  it('catches a ledger line whose manifestSha256 was rewritten in place for a forged packet', async () => {
    const root = tempDir();
    forgeries.push(root);
    cpSync(copy.root, root, { recursive: true });
    const forged = join(root, 'forged');
    cpSync(join(root, 'packet'), forged, { recursive: true });
    const pdf = Buffer.concat([readFileSync(join(forged, 'signatures.pdf')), Buffer.from('\n% forged\n')]);
    writeFileSync(join(forged, 'signatures.pdf'), pdf);
    const manifest = readManifest(forged);
    const entry = manifest.outputs.find((o: { path: string }) => o.path === 'signatures.pdf');
    entry.sha256 = createHash('sha256').update(pdf).digest('hex');
    entry.bytes = pdf.length;
    writeManifest(forged, manifest);
    const campaignFile = join(root, 'campaign-followup', 'campaign.yaml');
    const genuine = await runMain(['verify', join(root, 'packet'), '--campaign', campaignFile]);
    expect(genuine.code).toBe(0);
    expect(genuine.stdout).not.toMatch(/authenticat/);
    const ledger = join(root, 'campaign-followup', '.petition', 'ledger.jsonl');
    const text = readFileSync(ledger, 'utf8');
    const recorded = JSON.parse(text.split('\n').find((line) => line.includes('"embassy-2025"')) ?? '{}');
    const pointLineAtForged = () => writeFileSync(ledger, text.replace(recorded.manifestSha256, createHash('sha256').update(readFileSync(join(forged, 'manifest.json'))).digest('hex')));
    // Whoever holds a copy of the ledger without the secret is told the line is not authenticated.
    const secret = join(root, 'campaign-followup', '.petition', 'signer-key.secret');
    const kept = readFileSync(secret);
    rmSync(secret);
    const unauthenticated = await runMain(['verify', join(root, 'packet'), '--campaign', campaignFile, '--json']);
    // verifyQ H6: whoever carried the copy could have edited its line for a forged packet, so this is no pass.
    expect(JSON.parse(unauthenticated.stdout)).toMatchObject({ ok: false, differences: [], filesProven: false, ledgerNoSecret: true });
    expect(unauthenticated.code).toBe(1);
    const unauthenticatedText = await runMain(['verify', join(root, 'packet'), '--campaign', campaignFile]);
    expect(unauthenticatedText.stdout).toMatch(/: not proven\. .*cannot be authenticated/);
    expect(unauthenticatedText.code).toBe(1);
    // The copy's line rewritten for a forged manifest: the same answer, never a pass.
    pointLineAtForged();
    const forgedCopy = await runMain(['verify', forged, '--campaign', campaignFile]);
    expect(forgedCopy.code).toBe(1);
    expect(forgedCopy.stdout).toMatch(/: not proven\. /);
    writeFileSync(secret, kept, { mode: 0o600 });
    pointLineAtForged();
    const result = await runMain(['verify', forged, '--campaign', campaignFile]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/ledger line of delivery "embassy-2025" .*edited/);
    // A line stripped of its MAC (or written by an older version) is not trusted either.
    const line = text.split('\n').find((l) => l.includes('"embassy-2025"')) ?? '';
    const stripped = JSON.parse(line);
    delete stripped.mac;
    stripped.manifestSha256 = createHash('sha256').update(readFileSync(join(forged, 'manifest.json'))).digest('hex');
    writeFileSync(ledger, text.replace(line, JSON.stringify(stripped)));
    // This version chains every line it seals: a chained line without its MAC had it taken off.
    const unsealedChained = await runMain(['verify', forged, '--campaign', campaignFile]);
    expect(unsealedChained.code).toBe(1);
    expect(unsealedChained.stdout).toMatch(/ledger line of delivery "embassy-2025" .*edited/);
    delete stripped.previousSeal;
    writeFileSync(ledger, text.replace(line, JSON.stringify(stripped)));
    const unmacced = await runMain(['verify', forged, '--campaign', campaignFile]);
    expect(unmacced.code).toBe(1);
    expect(unmacced.stdout).toMatch(/ledger line of delivery "embassy-2025" .*no MAC/);
  });

  it('fails a packet whose signatures.pdf was deleted together with its manifest entry', async () => {
    const dir = forge((d) => {
      rmSync(join(d, 'signatures.pdf'));
      const manifest = readManifest(d);
      manifest.outputs = manifest.outputs.filter((o: { path: string }) => o.path !== 'signatures.pdf');
      writeManifest(d, manifest);
    });
    const result = await runMain(['verify', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('signatures.pdf');
  });

  it('names a file added to the folder that the manifest does not list', async () => {
    const dir = forge((d) => writeFileSync(join(d, 'signatures-extra.pdf'), '%PDF-1.3 forged'));
    expect(readdirSync(dir)).toContain('signatures-extra.pdf');
    const result = await runMain(['verify', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('signatures-extra.pdf');
  });
});
