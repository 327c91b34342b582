// verify reads the packet fingerprint printed at the foot of every page: a signature list swapped in from another
// build, with its hash patched into manifest.json, prints that build's fingerprint and is caught (verifyM F9).
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { removeTestTempDirs } from '../../helpers/fixtures.js';
import { tinyCampaign } from '../../helpers/tiny-campaign.js';
import { runMain } from '../../helpers/run-main.js';
import { withoutPage } from '../../helpers/pdf-page-tree.js';

afterAll(removeTestTempDirs);

const OURS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';
const THEIRS = 'name,email,country,date\nEwa Nowak,e@example.org,PL,2026-11-01\nJan Kos,j@example.org,PL,2026-11-02\nOla Wit,o@example.org,PL,2026-11-03\n';

async function packet(signers: string, delivery: 'list' | 'count' = 'list'): Promise<{ dir: string; fingerprint: string }> {
  const campaign = tinyCampaign(signers);
  const dir = join(dirname(campaign), 'packet');
  const built = await runMain(['packet', '--campaign', campaign, '--delivery', delivery, '-o', dir]);
  expect(built.code).toBe(0);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { packetFingerprint: string };
  return { dir, fingerprint: manifest.packetFingerprint };
}

/** Puts `file` of `from` into `into` and patches its size and hash into the manifest, as a forger would. */
function swapWithPatchedHash(into: string, from: string, file: string): void {
  const bytes = readFileSync(join(from, file));
  writeFileSync(join(into, file), bytes);
  const manifest = JSON.parse(readFileSync(join(into, 'manifest.json'), 'utf8')) as { outputs: Array<{ path: string; bytes: number; sha256: string }> };
  const entry = manifest.outputs.find((output) => output.path === file);
  if (!entry) throw new Error(`${file} not in the manifest`);
  entry.bytes = bytes.length;
  entry.sha256 = createHash('sha256').update(bytes).digest('hex');
  writeFileSync(join(into, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

/** The pages `file` lists in its manifest entry. */
function statedPages(dir: string, file: string): number {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { outputs: Array<{ path: string; pages?: number }> };
  return manifest.outputs.find((output) => output.path === file)?.pages ?? 0;
}

/** Writes `pages` as the page count of `file` in the manifest, as a forger who took pages out would. */
function patchPages(dir: string, file: string, pages: number): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { outputs: Array<{ path: string; pages?: number }> };
  for (const output of manifest.outputs) if (output.path === file) output.pages = pages;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

/** A list forged with pdfkit: `pages` pages of 40 made-up signers, each foot printing `footer(page)`. */
async function forgedList(pages: number, footer: (page: number) => string): Promise<Buffer> {
  const document = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((done) => document.on('end', done));
  for (let page = 1; page <= pages; page++) {
    if (page > 1) document.addPage();
    for (let row = 1; row <= 40; row++) document.text(`${(page - 1) * 40 + row}   Fake Person   Berlin   Germany`);
    document.text(footer(page));
  }
  document.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('verify and the fingerprint printed on the pages', () => {
  it('passes an untouched packet, with and without the fingerprint from paper', async () => {
    const ours = await packet(OURS);
    expect((await runMain(['verify', ours.dir])).code).toBe(0);
    expect((await runMain(['verify', ours.dir, '--fingerprint', ours.fingerprint])).code).toBe(0);
  });

  it('fails a signatures.pdf from another build whose hash was patched in, naming the file and the page', async () => {
    const ours = await packet(OURS);
    const theirs = await packet(THEIRS);
    expect(theirs.fingerprint).not.toBe(ours.fingerprint);
    swapWithPatchedHash(ours.dir, theirs.dir, 'signatures.pdf');
    for (const argv of [['verify', ours.dir], ['verify', ours.dir, '--fingerprint', ours.fingerprint]]) {
      const result = await runMain(argv);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`signatures.pdf, page 1: prints packet fingerprint ${theirs.fingerprint}, not ${ours.fingerprint}`);
    }
    const json = JSON.parse((await runMain(['verify', ours.dir, '--json'])).stdout) as { ok: boolean; differences: unknown[] };
    expect(json.ok).toBe(false);
    // Their list holds three signers where ours holds two: its pages say so too.
    expect(json.differences).toEqual([
      { path: 'signatures.pdf', problem: 'printed', page: 1, expected: ours.fingerprint, actual: theirs.fingerprint },
      { path: 'signatures.pdf', problem: 'range', expected: '1–2 of 2', actual: '1–3 of 3' },
    ]);
  });

  it('fails a packet.pdf from another build the same way', async () => {
    const ours = await packet(OURS);
    const theirs = await packet(THEIRS);
    swapWithPatchedHash(ours.dir, theirs.dir, 'packet.pdf');
    const result = await runMain(['verify', ours.dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`packet\\.pdf, page \\d+: prints packet fingerprint ${theirs.fingerprint}, not ${ours.fingerprint}`));
  });

  it('fails a list page that prints no fingerprint at all', async () => {
    const ours = await packet(OURS);
    // A one-page PDF with no text, its hash patched in.
    const bare = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
    writeFileSync(join(ours.dir, 'signatures.pdf'), bare);
    swapWithPatchedHash(ours.dir, ours.dir, 'signatures.pdf');
    const result = await runMain(['verify', ours.dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`signatures.pdf, page 1: prints no packet fingerprint where ${ours.fingerprint} belongs`);
  });

  // verifyQ M2: qpdf kept pages 1–11 of packet.pdf's 12 (the 12th was the list), hash and page count patched in.
  it('fails a packet.pdf whose list pages were taken out, with its hash and page count patched in', async () => {
    const ours = await packet(OURS);
    const manifest = JSON.parse(readFileSync(join(ours.dir, 'manifest.json'), 'utf8')) as { outputs: Array<{ path: string; pages?: number }> };
    const pages = (manifest.outputs.find((output) => output.path === 'packet.pdf')?.pages ?? 0) - 1;
    writeFileSync(join(ours.dir, 'packet.pdf'), await forgedList(pages, (page) => `Packet fingerprint ${ours.fingerprint} · Page ${page} of ${pages}`));
    swapWithPatchedHash(ours.dir, ours.dir, 'packet.pdf');
    const patched = JSON.parse(readFileSync(join(ours.dir, 'manifest.json'), 'utf8')) as { outputs: Array<{ path: string; pages?: number }> };
    for (const output of patched.outputs) if (output.path === 'packet.pdf') output.pages = pages;
    writeFileSync(join(ours.dir, 'manifest.json'), JSON.stringify(patched, null, 2));
    const result = await runMain(['verify', ours.dir, '--fingerprint', ours.fingerprint]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('packet.pdf: its pages print no range of signatures, where the manifest gives it signatures 1–2 of 2: the list\'s pages were taken out');
    expect(result.stdout).not.toContain('every file matches');
  });

  it('fails a forged list that prints the right fingerprint on more pages and more signatures than the manifest says (verifyN F11)', async () => {
    const ours = await packet(OURS);
    const forged = await forgedList(2, (page) => `Packet fingerprint ${ours.fingerprint} · Page ${page} of 2 · signatures ${page * 40 - 39}–${page * 40} of 80`);
    writeFileSync(join(ours.dir, 'signatures.pdf'), forged);
    swapWithPatchedHash(ours.dir, ours.dir, 'signatures.pdf');
    const result = await runMain(['verify', ours.dir, '--fingerprint', ours.fingerprint]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('every file matches');
    expect(result.stdout).toContain('signatures.pdf: has 2 pages, but the manifest says 1 page');
    expect(result.stdout).toContain('signatures.pdf: its pages print signatures 1–80 of 80, but the manifest gives it signatures 1–2 of 2');
    const json = JSON.parse((await runMain(['verify', ours.dir, '--json'])).stdout) as { differences: unknown[] };
    expect(json.differences).toEqual([
      { path: 'signatures.pdf', problem: 'pages', expected: '1', actual: '2' },
      { path: 'signatures.pdf', problem: 'range', expected: '1–2 of 2', actual: '1–80 of 80' },
    ]);
  });


  // Session 18 (issue 11 leftover): a count-only packet prints no signatures' ranges, so a page taken out of it (the
  // certificate, a page of a letter) with its hash and page count patched in passed --fingerprint.
  it('fails a count-only packet.pdf with a page taken out, naming the page whose number no longer runs on', async () => {
    const ours = await packet(OURS, 'count');
    expect((await runMain(['verify', ours.dir, '--fingerprint', ours.fingerprint])).code).toBe(0);
    const pages = statedPages(ours.dir, 'packet.pdf');
    for (const taken of [2, pages]) {
      const dir = `${ours.dir}-${taken}`;
      cpSync(ours.dir, dir, { recursive: true });
      writeFileSync(join(dir, 'packet.pdf'), withoutPage(readFileSync(join(ours.dir, 'packet.pdf')), taken, pages));
      swapWithPatchedHash(dir, dir, 'packet.pdf');
      patchPages(dir, 'packet.pdf', pages - 1);
      const result = await runMain(['verify', dir, '--fingerprint', ours.fingerprint, '--json']);
      expect(result.code).toBe(1);
      const json = JSON.parse(result.stdout) as { ok: boolean; differences: Array<{ path: string; problem: string; page?: number }> };
      expect(json.ok).toBe(false);
      // Taken from the middle, the next page prints the number of the one taken out; the last, and no page prints the total.
      expect(json.differences).toContainEqual(expect.objectContaining({ path: 'packet.pdf', problem: 'numbering', page: taken }));
    }
  });

  it('fails a count-only packet.pdf forged without its certificate, every page numbered and fingerprinted', async () => {
    const ours = await packet(OURS, 'count');
    const pages = statedPages(ours.dir, 'packet.pdf');
    const forged = await forgedList(pages, (page) => `Packet fingerprint ${ours.fingerprint} · Page ${page} of ${pages}`);
    writeFileSync(join(ours.dir, 'packet.pdf'), forged);
    swapWithPatchedHash(ours.dir, ours.dir, 'packet.pdf');
    const result = await runMain(['verify', ours.dir, '--fingerprint', ours.fingerprint]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('packet.pdf: no page certifies the count of 2 signers the manifest gives it: the certificate was taken out');
  });
});
