import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
const made: string[] = [];
const folder = (): string => {
  const dir = tempDir();
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('one number of countries', () => {
  it('the count-only certificate and the letter name the same number of countries, "Unknown" not among them', async () => {
    const dir = folder();
    const built = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '-o', dir, '--json']);
    expect(built.code).toBeLessThan(2);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const known = Object.entries(manifest.counts.byCountry as Record<string, { unique: number }>).filter(([code, bucket]) => code !== 'unknown' && bucket.unique > 0).length;
    expect(manifest.counts.byCountry.unknown?.unique).toBeGreaterThan(0);
    const certificate = (await readPdfText(readFileSync(join(dir, 'signatures.pdf')))).text;
    expect(certificate).toContain(`Signers come from ${known} countries`);
    const letter = (await readPdfText(readFileSync(join(dir, 'letter.pdf')))).text;
    expect(letter).toMatch(new RegExp(`\\b${known} (countries|países)`));
  });
});
