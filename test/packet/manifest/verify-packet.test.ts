import { describe, it, expect, beforeEach, afterEach } from '@jest/globals';
import { promises as fsp } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest, manifestText, type ManifestFile } from '../../../src/packet/manifest/build-manifest.js';
import { verifyPacket } from '../../../src/packet/manifest/verify-packet.js';
import { describeDifferences } from '../../../src/packet/manifest/describe-differences.js';
import { UserError } from '../../../src/errors.js';
import { sampleCounts } from '../pages/sample-counts.js';

let dir: string;

async function describeFile(root: string, path: string): Promise<ManifestFile> {
  const data = await fsp.readFile(join(root, path));
  return { path, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
}

/** The parts every packet holds (verify misses any of them): the test's own files come on top. */
const WHOLE_PACKET = { 'letter.pdf': '%PDF letter', 'summary.pdf': '%PDF summary', 'petition-text.pdf': '%PDF text', 'packet.pdf': '%PDF packet', 'signatures.pdf': '%PDF list' };

async function makePacket(parts: Record<string, string>, inputs: ManifestFile[] = []): Promise<void> {
  const files = { ...WHOLE_PACKET, ...parts };
  for (const [path, text] of Object.entries(files)) {
    await fsp.mkdir(join(dir, path, '..'), { recursive: true });
    await fsp.writeFile(join(dir, path), text);
  }
  const outputs = await Promise.all(Object.keys(files).map((p) => describeFile(dir, p)));
  const manifest = buildManifest({
    tool: { name: 'petition-courier', version: '0.1.0' }, campaign: 'c', target: 't', delivery: '2026-12-10', privacy: 'p', createdFor: 'o',
    counts: sampleCounts(), inputs, outputs, signerListFingerprint: '000000000000',
  });
  await fsp.writeFile(join(dir, 'manifest.json'), manifestText(manifest));
}

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'verify-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('verifyPacket', () => {
  it('passes an untouched packet', async () => {
    await makePacket({ 'letter.pdf': '%PDF letter', 'pdf/signatures.pdf': '%PDF list' });
    expect(await verifyPacket(dir)).toMatchObject({ ok: true, differences: [], checked: 6 });
  });

  it('finds one changed byte and shows both hashes', async () => {
    await makePacket({ 'letter.pdf': '%PDF letter', 'summary.pdf': '%PDF summary' });
    await fsp.writeFile(join(dir, 'summary.pdf'), '%PDF summarY');
    const result = await verifyPacket(dir);
    expect(result.ok).toBe(false);
    expect(result.differences).toEqual([{
      path: 'summary.pdf', problem: 'changed',
      expected: createHash('sha256').update('%PDF summary').digest('hex'),
      actual: createHash('sha256').update('%PDF summarY').digest('hex'),
    }]);
  });

  it('finds a missing file', async () => {
    await makePacket({ 'letter.pdf': '%PDF letter', 'signatures.pdf': '%PDF list' });
    await fsp.rm(join(dir, 'signatures.pdf'));
    expect((await verifyPacket(dir)).differences).toEqual([{ path: 'signatures.pdf', problem: 'missing' }]);
  });

  it('reports a cut-off file by its size', async () => {
    await makePacket({ 'packet.pdf': '%PDF the whole packet' });
    await fsp.writeFile(join(dir, 'packet.pdf'), '%PDF the whole');
    expect((await verifyPacket(dir)).differences).toEqual([{ path: 'packet.pdf', problem: 'size', expected: '21 bytes', actual: '14 bytes' }]);
  });

  it('checks the inputs only when told where they are', async () => {
    const sources = await fsp.mkdtemp(join(tmpdir(), 'verify-inputs-'));
    try {
      await fsp.writeFile(join(sources, 'change.tsv'), 'name\tcity\n');
      const recorded = await describeFile(sources, 'change.tsv');
      await makePacket({ 'letter.pdf': 'x' }, [recorded, { path: '-', bytes: 3, sha256: 'f'.repeat(64) }]);
      expect((await verifyPacket(dir)).checked).toBe(5);
      expect(await verifyPacket(dir, { inputsFrom: sources })).toMatchObject({ ok: true, differences: [], checked: 6 });
      await fsp.appendFile(join(sources, 'change.tsv'), 'Kim\tSeoul\n');
      expect((await verifyPacket(dir, { inputsFrom: sources })).differences).toMatchObject([{ path: 'change.tsv', problem: 'size' }]);
    } finally {
      await fsp.rm(sources, { recursive: true, force: true });
    }
  });

  it('says plainly when the folder is not a packet', async () => {
    await expect(verifyPacket(dir)).rejects.toThrow(UserError);
    await expect(verifyPacket(dir)).rejects.toThrow(/no manifest\.json/);
    await fsp.writeFile(join(dir, 'manifest.json'), '{"outputs": [');
    await expect(verifyPacket(dir)).rejects.toThrow(/is cut short/);
    await fsp.writeFile(join(dir, 'manifest.json'), '{"outputs": [] } trailing');
    await expect(verifyPacket(dir)).rejects.toThrow(/does not hold JSON/);
    await fsp.writeFile(join(dir, 'manifest.json'), '{"inputs": [], "outputs": [{"path": "a.pdf"}]}');
    await expect(verifyPacket(dir)).rejects.toThrow(/it lists the file "a\.pdf" without its size/);
  });

  // verifyQ L7: verify read through the link, so a folder whose list was a link to a genuine one passed.
  it('names a listed file that is a symbolic link, or sits in a folder that is one', async () => {
    await makePacket({ 'press/card.png': 'card' });
    const elsewhere = await fsp.mkdtemp(join(tmpdir(), 'verify-elsewhere-'));
    try {
      await fsp.rename(join(dir, 'signatures.pdf'), join(elsewhere, 'signatures.pdf'));
      await fsp.symlink(join(elsewhere, 'signatures.pdf'), join(dir, 'signatures.pdf'));
      await fsp.rename(join(dir, 'press'), join(elsewhere, 'press'));
      await fsp.symlink(join(elsewhere, 'press'), join(dir, 'press'));
      const result = await verifyPacket(dir);
      expect(result.ok).toBe(false);
      expect(result.differences).toEqual([
        { path: 'signatures.pdf', problem: 'missing', actual: 'symbolic link' },
        { path: 'press/card.png', problem: 'missing', actual: 'symbolic link' },
        // The folder link is not a file of the packet either.
        { path: 'press', problem: 'unlisted' },
      ]);
      expect(describeDifferences(result.differences).slice(0, 2)).toEqual([
        `signatures.pdf: signatures.pdf is a symbolic link (to ${join(elsewhere, 'signatures.pdf')}), not a file of the packet: verify checks what was handed over, and a copy of the folder need not hold what the link points to`,
        `press/card.png: press is a symbolic link (to ${join(elsewhere, 'press')}), not a file of the packet: verify checks what was handed over, and a copy of the folder need not hold what the link points to`,
      ]);
    } finally {
      await fsp.rm(elsewhere, { recursive: true, force: true });
    }
  });

  // verifyQ L8: files added to the folder were named, an empty folder was not.
  it('names a folder added to the packet with no file in it, once for a nest of them', async () => {
    await makePacket({ 'press/card.png': 'card' });
    await fsp.mkdir(join(dir, 'more'));
    await fsp.mkdir(join(dir, 'deep', 'er', 'still'), { recursive: true });
    await fsp.mkdir(join(dir, 'press', 'empty'));
    const result = await verifyPacket(dir);
    expect(result.ok).toBe(false);
    expect(result.differences.map((d) => [d.path, d.problem])).toEqual([['deep/', 'unlisted'], ['more/', 'unlisted'], ['press/empty/', 'unlisted']]);
    expect(describeDifferences(result.differences)[1]).toBe('more/: a folder the manifest does not list, with no file in it (added to the folder after the packet was built?)');
  });

  // verifyR2 F14: a FIFO under a listed name was opened and read, and verify waited for a writer for ever.
  it('names a FIFO, socket-like or device file under a listed name as not a regular file, without opening it', async () => {
    await makePacket({});
    for (const name of ['summary.pdf', 'letter.pdf']) {
      await fsp.rm(join(dir, name));
      execFileSync('mkfifo', [join(dir, name)]);
    }
    const result = await verifyPacket(dir);
    expect(result.ok).toBe(false);
    expect(result.differences).toEqual(expect.arrayContaining([
      expect.objectContaining({ path: 'summary.pdf', problem: 'missing', actual: 'not a regular file' }),
      expect.objectContaining({ path: 'letter.pdf', problem: 'missing', actual: 'not a regular file' }),
    ]));
    expect(describeDifferences(result.differences)).toContain('summary.pdf: not a regular file (a FIFO, socket or device stands under its name), so it was not read');
  });

  it('refuses a manifest.json that is a FIFO, without opening it', async () => {
    await makePacket({});
    await fsp.rm(join(dir, 'manifest.json'));
    execFileSync('mkfifo', [join(dir, 'manifest.json')]);
    await expect(verifyPacket(dir)).rejects.toThrow(/not a regular file/);
  });

  it('refuses a manifest that points outside the packet folder', async () => {
    await fsp.writeFile(join(dir, 'manifest.json'), JSON.stringify({ inputs: [], outputs: [{ path: '../../etc/passwd', bytes: 1, sha256: 'a'.repeat(64) }] }));
    await expect(verifyPacket(dir)).rejects.toThrow(/outside the packet folder/);
  });
});

describe('describeFile and writeManifest', () => {
  it('record a packet that then verifies, and catch a byte changed afterwards', async () => {
    const { describeFile } = await import('../../../src/packet/manifest/describe-file.js');
    const { writeManifest } = await import('../../../src/packet/manifest/write-manifest.js');
    const parts = { ...WHOLE_PACKET, 'letter.pdf': '%PDF-1.7 letter' };
    for (const [path, text] of Object.entries(parts)) await fsp.writeFile(join(dir, path), text);
    const outputs = await Promise.all(Object.keys(parts).map((path) => describeFile(join(dir, path), { as: path, pages: 1 })));
    expect(outputs[0]).toEqual({ path: 'letter.pdf', bytes: 15, sha256: createHash('sha256').update('%PDF-1.7 letter').digest('hex'), pages: 1 });
    await writeManifest(dir, buildManifest({
      tool: { name: 'petition-courier', version: '0.1.0' }, campaign: 'c', target: 't', delivery: '2026-12-10', privacy: 'p', createdFor: 'o',
      counts: sampleCounts(), inputs: [], outputs, signerListFingerprint: '000000000000',
    }));
    expect((await verifyPacket(dir)).ok).toBe(true);
    const bytes = await fsp.readFile(join(dir, 'letter.pdf'));
    bytes[3] ^= 1;
    await fsp.writeFile(join(dir, 'letter.pdf'), bytes);
    expect((await verifyPacket(dir)).differences).toMatchObject([{ path: 'letter.pdf', problem: 'changed' }]);
  });
});
