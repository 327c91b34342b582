import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const NOW = new Date('2026-01-05T12:00:00Z');

/** adv12b N14: the fingerprint printed at the foot of the petition text and the letter identifies what they say. */
describe('the packet fingerprint covers the petition text and the sender', () => {
  let root: string;
  const built = new Map<string, string>();

  const build = async (name: string, edit: (yaml: string) => string): Promise<string> => {
    const campaign = join(root, 'campaign', `${name}.yaml`);
    writeFileSync(campaign, edit(readFileSync(join(FIXTURES, 'campaign', 'campaign.yaml'), 'utf8')));
    const out = join(root, `packet-${name}`);
    const run = await runMain(['packet', '--campaign', campaign, '--delivery', 'un-2026', '-o', out, '--json'], { now: NOW });
    expect(run.code).toBeLessThan(2);
    const fingerprint = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).packetFingerprint as string;
    built.set(name, out);
    return fingerprint;
  };

  beforeAll(() => {
    root = tempDir();
    cpSync(join(FIXTURES, 'exports'), join(root, 'exports'), { recursive: true });
    cpSync(join(FIXTURES, 'campaign'), join(root, 'campaign'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a reversed petition text, or another sender, gives another fingerprint, and verify refuses the original one for it', async () => {
    const original = await build('original', (yaml) => yaml);
    const reversed = await build('reversed', (yaml) => yaml.replace('We, the undersigned, respectfully call on', 'We, the undersigned, do NOT call on'));
    const otherSender = await build('other-sender', (yaml) => yaml.replace(/organization: Safe Passage Coalition/, 'organization: Other Coalition'));
    const text = (await readPdfText(readFileSync(join(built.get('reversed')!, 'petition-text.pdf')))).text;
    expect(text).toContain('do NOT call on');
    expect(text).toContain(reversed);
    expect(new Set([original, reversed, otherSender]).size).toBe(3);
    for (const forged of ['reversed', 'other-sender']) {
      const verified = await runMain(['verify', built.get(forged)!, '--fingerprint', original]);
      expect(verified.code).not.toBe(0);
    }
    expect((await runMain(['verify', built.get('original')!, '--fingerprint', original])).code).toBe(0);
  });

  it('a manifest whose petition text was edited no longer matches the fingerprint it states', async () => {
    const dir = built.get('original')!;
    const manifestFile = join(dir, 'manifest.json');
    const manifest = readFileSync(manifestFile, 'utf8');
    expect(manifest).toContain('respectfully call on');
    writeFileSync(manifestFile, manifest.replace('respectfully call on', 'do NOT call on'));
    expect((await runMain(['verify', dir])).code).not.toBe(0);
  });
});
