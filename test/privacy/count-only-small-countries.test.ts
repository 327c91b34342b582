// A count-only packet is chosen when names must not reach the official: its certificate and summary do not name a
// country only one or two people signed from ("North Korea 1" can point at a person), as the press kit does not.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The delivery's full counts, as `count --json` gives them to the organizer. */
async function fullCounts(): Promise<{ byCountry: Record<string, { unique: number }>; byLanguage: Record<string, { unique: number }> }> {
  const counted = await runMain(['count', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '--json']);
  return JSON.parse(counted.stdout);
}

describe('count-only packet', () => {
  it('folds countries with fewer than 3 signers into "Other countries" on the certificate and the summary', async () => {
    const dir = tempDir();
    made.push(dir);
    const built = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '-o', dir]);
    expect(built.code).toBeLessThan(2);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.privacy).toBe('count-only');
    // The organizer's own counts say which countries are small; the manifest handed over names none of them (adv-s10 D8).
    const counts = await fullCounts();
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const buckets = Object.entries(counts.byCountry).filter(([code]) => /^[A-Z]{2}$/.test(code));
    for (const [code, bucket] of Object.entries(manifest.counts.byCountry as Record<string, { unique: number }>)) {
      if (/^[A-Z]{2}$/.test(code)) expect([code, bucket.unique >= 3]).toEqual([code, true]);
    }
    const few = buckets.filter(([, bucket]) => bucket.unique > 0 && bucket.unique < 3).map(([code]) => names.of(code) as string);
    const many = buckets.filter(([, bucket]) => bucket.unique >= 3).map(([code]) => names.of(code) as string);
    expect(few.length).toBeGreaterThan(0);
    for (const file of ['signatures.pdf', 'summary.pdf']) {
      const text = (await readPdfText(readFileSync(join(dir, file)))).text.replace(/\s+/g, ' ');
      for (const name of few) expect([file, name, text.includes(`${name} `)]).toEqual([file, name, false]);
      for (const name of many) expect(text).toContain(name);
      expect(text).toMatch(/Other countries \(\d+\)/);
    }
  });

  it('folds languages and sources with fewer than 3 signers too, as it folds countries (adv-s9 N9)', async () => {
    const dir = tempDir();
    made.push(dir);
    await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '-o', dir]);
    const counts = await fullCounts();
    const text = (await readPdfText(readFileSync(join(dir, 'summary.pdf')))).text.replace(/\s+/g, ' ');
    const names = new Intl.DisplayNames(['en'], { type: 'language' });
    const languages = Object.entries(counts.byLanguage).filter(([code]) => code !== 'unknown');
    const few = languages.filter(([, bucket]) => bucket.unique > 0 && bucket.unique < 3);
    expect(few.length).toBeGreaterThan(1);
    for (const [code, bucket] of few) expect(text).not.toMatch(new RegExp(`${names.of(code.split('_')[0])} ${bucket.unique}\\b`));
    expect(text).toContain(`Other languages (${few.length}) ${few.reduce((sum, [, bucket]) => sum + bucket.unique, 0)}`);
    // Action Network gives one signer no other list has: named with its 1, it points at that person.
    expect(text).not.toMatch(/Action Network/);
    expect(text).toMatch(/Other lists 6 5 1\b/);
    expect(text).toContain('Change.org');
  });

  it('still names every language and source in a packet whose list names every signer', async () => {
    const dir = tempDir();
    made.push(dir);
    await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026', '-o', dir]);
    const text = (await readPdfText(readFileSync(join(dir, 'summary.pdf')))).text.replace(/\s+/g, ' ');
    expect(text).not.toContain('Other languages');
    expect(text).toMatch(/Greek 1\b/);
    expect(text).toMatch(/Action Network 6 5 1\b/);
  });
});
