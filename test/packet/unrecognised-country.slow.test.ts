// A country cell that names no country ("Atlantis", "Planet Earth", "XX") is not a blank one: the summary, the
// list's certificate and `count` give it a line of its own, "Country not recognised", and no document counts it
// as a country. Every row is still counted once.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

const SIGNERS = `name,city,country,date
Alice Kim,Seoul,KR,2025-11-03
Bora Lee,Busan,KR,2025-11-03
Carl Hansen,Oslo,NO,2025-11-04
Dana Moss,Springfield,Atlantis,2025-11-04
Eli Park,Nowhere,Planet Earth,2025-11-05
Fay Wong,Somewhere,XX,2025-11-05
Gus Blank,Lyon,,2025-11-05
`;

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('a country value that names no country', () => {
  const campaign = tinyCampaign(SIGNERS);
  made.push(dirname(campaign));

  const build = async (delivery: string): Promise<{ dir: string; text: (file: string) => Promise<string> }> => {
    const dir = tempDir();
    made.push(dir);
    const built = await runMain(['packet', '--campaign', campaign, '--delivery', delivery, '-o', dir]);
    expect(built.code).toBe(1);
    return { dir, text: async (file) => (await readPdfText(readFileSync(join(dir, file)))).text.replace(/\s+/g, ' ') };
  };

  it('has its own line in the summary and the list, apart from those who gave none, and is no country', async () => {
    const { dir, text } = await build('list');
    const summary = await text('summary.pdf');
    expect(summary).toMatch(/Country not recognised 3\b/);
    expect(summary).toMatch(/Country not given 1\b/);
    const list = await text('signatures.pdf');
    expect(list).toContain('Dana Moss Springfield Country not recognised');
    expect(list).toContain('Gus Blank Lyon Country not given');
    const letter = await text('letter.pdf');
    expect(letter).toMatch(/\b2 countries/);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const byCountry = manifest.counts.byCountry as Record<string, { rows: number; unique: number }>;
    expect(byCountry.unrecognised.unique).toBe(3);
    expect(byCountry.unknown.unique).toBe(1);
    expect(Object.values(byCountry).reduce((sum, bucket) => sum + bucket.rows, 0)).toBe(manifest.counts.rows);
  });

  it('has its own line on the count-only certificate, which counts 2 countries', async () => {
    const { text } = await build('count');
    const certificate = await text('signatures.pdf');
    expect(certificate).toContain('Signers come from 2 countries');
    expect(certificate).toMatch(/Country not recognised 3\b/);
    expect(certificate).toMatch(/Country not given 1\b/);
  });

  it('is counted apart by `count`, and named as a problem to look at', async () => {
    const counted = await runMain(['count', '--campaign', campaign, '--json']);
    expect(counted.code).toBe(1);
    const counts = JSON.parse(counted.stdout);
    const byCountry = (counts.counts ?? counts).byCountry as Record<string, { unique: number }>;
    expect(byCountry.unrecognised.unique).toBe(3);
    expect(byCountry.unknown.unique).toBe(1);
    expect(counted.stderr + counted.stdout).toMatch(/Atlantis/);
  });
});
