// verify --fingerprint holds a packet to the parts its fingerprinted figures imply: no listed file beyond them (verifyR2
// F8: another packet's list added as addendum.pdf and listed in manifest.json passed), and in letter.pdf every letter
// the manifest states, in order, each numbered from its page 1 in its own language (verifyR2 F13: a one-page letter
// taken out, or another letter's page in its place, with hash and page count patched in, passed).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { campaignCopy, removeTestTempDirs, tempDir } from '../../helpers/fixtures.js';
import { tinyCampaign } from '../../helpers/tiny-campaign.js';
import { runMain } from '../../helpers/run-main.js';
import { withPagesInOrder } from '../../helpers/pdf-page-tree.js';

interface Listed { path: string; bytes: number; sha256: string; pages?: number }
interface Manifest { outputs: Listed[]; parts: string[]; packetFingerprint: string }

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** Writes `bytes` as `file` of `dir` and lists it in the manifest with its size, hash and pages, as a forger would. */
function putListed(dir: string, file: string, bytes: Buffer, pages: number | undefined, { inParts }: { inParts: boolean }): void {
  writeFileSync(join(dir, file), bytes);
  const manifest = readManifest(dir);
  const entry: Listed = { path: file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), ...(pages !== undefined ? { pages } : {}) };
  manifest.outputs = [...manifest.outputs.filter((output) => output.path !== file), entry];
  if (inParts && !manifest.parts.includes(file)) manifest.parts.push(file);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
}

describe('verify --fingerprint and the parts of a packet', () => {
  let ours: string;
  let fingerprint: string;
  let theirs: { dir: string; fingerprint: string };

  const copy = (): string => {
    const dir = join(tempDir(), 'packet');
    cpSync(ours, dir, { recursive: true });
    return dir;
  };

  beforeAll(async () => {
    const { root, campaign } = campaignCopy();
    ours = join(root, 'packet');
    expect((await runMain(['packet', '--campaign', campaign, '--delivery', 'embassy-2026', '-o', ours])).code).toBeLessThan(2);
    fingerprint = readManifest(ours).packetFingerprint;
    const tiny = tinyCampaign('name,email,country,date\nEwa Nowak,e@example.org,PL,2026-11-01\nJan Kos,j@example.org,PL,2026-11-02\n');
    const dir = join(dirname(tiny), 'packet');
    expect((await runMain(['packet', '--campaign', tiny, '--delivery', 'list', '-o', dir])).code).toBe(0);
    theirs = { dir, fingerprint: readManifest(dir).packetFingerprint };
  }, 300_000);
  afterAll(removeTestTempDirs);

  it('passes the untouched packet', async () => {
    expect((await runMain(['verify', ours, '--fingerprint', fingerprint])).code).toBe(0);
  });

  it.each([
    ['listed in outputs and parts', true],
    ['listed in outputs only', false],
  ])('fails another packet\'s list added as addendum.pdf and %s, naming the file and its pages', async (_label, inParts) => {
    const dir = copy();
    const manifest = readManifest(theirs.dir);
    const list = manifest.outputs.find((output) => output.path === 'signatures.pdf');
    putListed(dir, 'addendum.pdf', readFileSync(join(theirs.dir, 'signatures.pdf')), list?.pages, { inParts });
    const result = await runMain(['verify', dir, '--fingerprint', fingerprint]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('addendum.pdf: listed in the manifest, but no part of the packet its fingerprint covers');
    expect(result.stdout).toContain(`addendum.pdf, page 1: prints packet fingerprint ${theirs.fingerprint}, not ${fingerprint}`);
    expect(result.stdout).not.toContain('every file matches');
  });

  it.each([
    ['a second copy of its own list', 'signatures-2.pdf', () => readFileSync(join(ours, 'signatures.pdf'))],
    ['a spreadsheet of names', 'names.csv', () => Buffer.from('name,email\nEwa Nowak,e@example.org\n')],
    ['a file in a folder of its own', 'more/letter.pdf', () => readFileSync(join(ours, 'letter.pdf'))],
  ])('fails %s added and listed, though every page it has prints the packet\'s own fingerprint', async (_label, file, bytes) => {
    const dir = copy();
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    putListed(dir, file, bytes(), undefined, { inParts: true });
    const result = await runMain(['verify', dir, '--fingerprint', fingerprint, '--json']);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as { differences: unknown[] }).differences).toContainEqual({ path: file, problem: 'extra' });
  });

  const statedPages = (file: string): number => readManifest(ours).outputs.find((output) => output.path === file)?.pages ?? 0;

  it.each([
    ['its second one-page letter taken out', [1, 3, 4], 'letter.pdf: holds 3 letters (each numbered from its page 1), but the manifest states 4 letters'],
    ['its first page printed twice, in place of the second letter', [1, 1, 3, 4], 'letter.pdf, page 2: prints its page number as “Page 1 of 1”, where the manifest puts a letter in zh'],
    ['its first two letters in the other order', [2, 1, 3, 4], 'letter.pdf, page 1: prints its page number as “第1页，共1页”, where the manifest puts a letter in en'],
    ['its last letter taken out', [1, 2, 3], 'letter.pdf: holds 3 letters'],
  ])('fails letter.pdf with %s, hash and page count patched in', async (_label, order, said) => {
    expect(statedPages('letter.pdf')).toBe(4);
    const dir = copy();
    putListed(dir, 'letter.pdf', withPagesInOrder(readFileSync(join(ours, 'letter.pdf')), order), order.length, { inParts: true });
    const result = await runMain(['verify', dir, '--fingerprint', fingerprint]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(said);
  });
});
