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

describe('count-only packet', () => {
  it('folds countries with fewer than 3 signers into "Other countries" on the certificate and the summary', async () => {
    const dir = tempDir();
    made.push(dir);
    const built = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '-o', dir]);
    expect(built.code).toBeLessThan(2);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.privacy).toBe('count-only');
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const buckets = Object.entries(manifest.counts.byCountry as Record<string, { unique: number }>).filter(([code]) => /^[A-Z]{2}$/.test(code));
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
});
