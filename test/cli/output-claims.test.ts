// Every command that writes a file replaces only what it wrote there before, and writes nothing into a packet or a
// press kit's folder (adv-s9 N8, N1): a slip of the tab key must not turn a delivered count-only packet's letter.pdf
// into the full signer list, or leave names in the folder handed to an official.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';
import { verifyPacket } from '../../src/packet/manifest/verify-packet.js';

afterAll(removeTestTempDirs);

const EXPORT = 'name,email,country\nAnn Lee,a@x.example,US\nBob Ray,b@x.example,US\n';
const PDF = '%PDF-1.7\n1 0 obj << >> endobj\n';
/** What readFolderManifest takes for one of ours: a packet (or, with kit: press, a kit) manifest. */
const MANIFEST = JSON.stringify({ packetFingerprint: 'ABCD-EFGH', createdFor: 'un-2026', outputs: [{ path: 'letter.pdf', sha256: '0' }] });

function exportIn(dir: string): string {
  const path = join(dir, 'a.csv');
  writeFileSync(path, EXPORT);
  return path;
}

/** A folder holding a packet's (or a kit's) manifest.json and letter. */
function deliveryFolder(dir: string, kit = false): string {
  const folder = join(dir, kit ? 'kit' : 'packet');
  mkdirSync(folder);
  writeFileSync(join(folder, 'manifest.json'), kit ? JSON.stringify({ ...JSON.parse(MANIFEST), kit: 'press' }) : MANIFEST);
  writeFileSync(join(folder, 'letter.pdf'), PDF);
  return folder;
}

describe('an existing file the command did not write', () => {
  it('dedupe -o over a PDF is refused, the PDF stays; --force replaces it', async () => {
    const dir = tempDir();
    const input = exportIn(dir);
    const pdf = join(dir, 'letter.pdf');
    writeFileSync(pdf, PDF);
    const refused = await runMain(['dedupe', input, '-o', pdf]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(pdf, 'utf8')).toBe(PDF);
    const ko = await runMain(['--lang', 'ko', 'dedupe', input, '-o', pdf]);
    expect(ko.code).toBe(2);
    expect(ko.stderr).toContain('--force');
    expect(ko.stderr).not.toContain('already exists');
    const forced = await runMain(['dedupe', input, '-o', pdf, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(pdf, 'utf8')).toContain('signer,source');
  });

  it('each side output (--clusters, --rejects, --review) is refused over a JSON file or another kind of list', async () => {
    const dir = tempDir();
    const input = exportIn(dir);
    const json = join(dir, 'settings.json');
    writeFileSync(json, MANIFEST);
    for (const flag of ['--clusters', '--rejects', '--review']) {
      const result = await runMain(['dedupe', input, '-o', join(dir, `m${flag}.csv`), flag, json]);
      expect(result.code).toBe(2);
      expect(readFileSync(json, 'utf8')).toBe(MANIFEST);
    }
    const merged = join(dir, 'merged.csv');
    expect((await runMain(['dedupe', input, '-o', merged])).code).toBe(0);
    const kept = readFileSync(merged, 'utf8');
    // A merged list given as the clusters file: the list would be lost.
    expect((await runMain(['dedupe', input, '-o', join(dir, 'other.csv'), '--clusters', merged])).code).toBe(2);
    expect(readFileSync(merged, 'utf8')).toBe(kept);
  });

  it('an earlier merged list (with or without BOM), clusters file or an empty file is replaced as before', async () => {
    const dir = tempDir();
    const input = exportIn(dir);
    const merged = join(dir, 'merged.csv');
    const clusters = join(dir, 'clusters.csv');
    expect((await runMain(['dedupe', input, '-o', merged, '--clusters', clusters])).code).toBe(0);
    expect((await runMain(['dedupe', input, '-o', merged, '--clusters', clusters])).code).toBe(0);
    expect((await runMain(['dedupe', input, '-o', merged, '--no-bom'])).code).toBe(0);
    expect((await runMain(['dedupe', input, '-o', merged])).code).toBe(0);
    const empty = join(dir, 'empty.csv');
    writeFileSync(empty, '');
    expect((await runMain(['dedupe', input, '-o', empty])).code).toBe(0);
  });

  it('review --decisions over a file that is not a decisions file is refused', async () => {
    const dir = tempDir();
    const review = join(dir, 'review.csv');
    expect((await runMain(['dedupe', exportIn(dir), '-o', join(dir, 'm.csv'), '--review', review])).code).toBe(0);
    const pdf = join(dir, 'd.pdf');
    writeFileSync(pdf, PDF);
    const result = await runMain(['review', review, '--import', '--decisions', pdf]);
    expect(result.code).toBe(2);
    expect(readFileSync(pdf, 'utf8')).toBe(PDF);
  });
});

describe('a file inside a packet or press kit folder', () => {
  it('dedupe -o into a packet folder (new file, or deeper) is refused unless --force', async () => {
    const dir = tempDir();
    const input = exportIn(dir);
    const packet = deliveryFolder(dir);
    mkdirSync(join(packet, 'sub'));
    for (const target of [join(packet, 'merged.csv'), join(packet, 'sub', 'merged.csv'), join(packet, 'letter.pdf'), join(packet, 'manifest.json')]) {
      const result = await runMain(['dedupe', input, '-o', target]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('packet');
      expect(result.stderr).toContain(packet);
    }
    expect(readdirSync(packet).sort()).toEqual(['letter.pdf', 'manifest.json', 'sub']);
    expect(readdirSync(join(packet, 'sub'))).toEqual([]);
    expect(readFileSync(join(packet, 'manifest.json'), 'utf8')).toBe(MANIFEST);
    expect((await runMain(['dedupe', input, '-o', join(packet, 'merged.csv'), '--force'])).code).toBe(0);
  });

  it('dedupe side outputs into a press kit folder are refused', async () => {
    const dir = tempDir();
    const input = exportIn(dir);
    const kit = deliveryFolder(dir, true);
    for (const flag of ['--clusters', '--rejects', '--review']) {
      const result = await runMain(['dedupe', input, '-o', join(dir, 'm.csv'), flag, join(kit, 'x.csv')]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('press kit');
    }
    expect(readdirSync(kit).sort()).toEqual(['letter.pdf', 'manifest.json']);
  });

  it('review --decisions, sheets -o and init -o into a packet folder are refused', async () => {
    const dir = tempDir();
    const packet = deliveryFolder(dir);
    const review = join(dir, 'review.csv');
    expect((await runMain(['dedupe', exportIn(dir), '-o', join(dir, 'm.csv'), '--review', review])).code).toBe(0);
    expect((await runMain(['review', review, '--import', '--decisions', join(packet, 'decisions.csv')])).code).toBe(2);
    const campaign = tinyCampaign('name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\n');
    expect((await runMain(['sheets', '--campaign', campaign, '--count', '1', '-o', join(packet, 'sheets.pdf')])).code).toBe(2);
    expect((await runMain(['init', '--yes', '-o', join(packet, 'campaign.yaml')])).code).toBe(2);
    expect(readdirSync(packet).sort()).toEqual(['letter.pdf', 'manifest.json']);
  });
});

describe('verify of a manifest that is not JSON', () => {
  it('says so in the UI language, without the JSON parser\'s English', async () => {
    const dir = tempDir();
    const packet = deliveryFolder(dir);
    writeFileSync(join(packet, 'manifest.json'), '\uFEFFsigner,source,source_row\n');
    for (const lang of ['en', 'ko', 'es']) {
      const result = await runMain(['--lang', lang, 'verify', packet]);
      expect(result.code).toBe(2);
      expect(result.stderr).not.toMatch(/Unexpected|token|position/u);
      expect(result.stderr).toContain('manifest.json');
    }
  });
});

describe('a press kit inside a packet folder whose manifest lists no kit (adv-s9 N1)', () => {
  it('press -o PACKET/press is refused with the folder beside the packet; the packet still verifies', async () => {
    const campaign = tinyCampaign('name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n');
    const packetDir = join(dirname(campaign), 'packet');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', packetDir])).code).toBe(0);
    for (const inside of [join(packetDir, 'press'), join(packetDir, 'a', 'b')]) {
      const press = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', inside]);
      expect(press.code).toBe(2);
      expect(press.stderr).toContain(`${packetDir}-press`);
      expect(existsSync(inside)).toBe(false);
    }
    const packet = await runMain(['packet', '--campaign', campaign, '--delivery', 'count', '-o', join(packetDir, 'count')]);
    expect(packet.code).toBe(2);
    expect(existsSync(join(packetDir, 'count'))).toBe(false);
    expect(await verifyPacket(packetDir)).toMatchObject({ ok: true });
  });
});
