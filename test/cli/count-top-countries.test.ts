// `count`'s line of top countries says how many more countries there are and, apart, how many signers gave none:
// "no country" is not a country, so the two add up to the 16 countries the letter states (adv-s9 N7). It names and
// folds by the packet's one rule (countryLines) with the delivery's privacy, so the console, the summary and the
// count-only certificate fold the same countries (pack12).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMain } from '../helpers/run-main.js';
import { removeTestTempDirs, tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));
afterAll(removeTestTempDirs);

describe('count: top countries', () => {
  it.each([
    ['en', '· 13 more countries, 1 without a country'],
    ['ko', '· 그 밖에 13개국, 국가 미기재 1명'],
    ['es', '· 13 países más, 1 sin país'],
  ])('in %s, counts the signer without a country apart from the countries, folded as the count-only packet folds them', async (language, expected) => {
    const result = await runMain(['--lang', language, 'count', '--campaign', CAMPAIGN, '--delivery', 'un-2026']);
    const line = result.stdout.split('\n').find((text) => text.includes('KR 13')) ?? '';
    expect(line).toContain(expected);
    expect(line.match(/[A-Z]{2} \d+/g)).toEqual(['KR 13', 'DE 3', 'US 3']);
    const json = JSON.parse((await runMain(['count', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '--json'])).stdout);
    const countries = Object.keys(json.byCountry ?? json.counts.byCountry).filter((code) => /^[A-Z]{2}$/.test(code));
    expect(3 + 13).toBe(countries.length);
  });

  it('packet prints the line its summary and certificate table show: the same countries named, the same folded', async () => {
    const dir = join(tempDir(), 'un');
    const result = await runMain(['packet', '--campaign', CAMPAIGN, '--delivery', 'un-2026', '-o', dir]);
    expect(result.stdout).toContain('Top countries: KR 13 · DE 3 · US 3 · 13 more countries, 1 without a country');
    const text = async (file: string) => (await readPdfText(readFileSync(join(dir, file)))).text.replace(/\s+/g, ' ');
    expect(await text('summary.pdf')).toContain('United States 3 8.6% Other countries (13) 15');
    expect(await text('signatures.pdf')).toContain('United States 3 8.6% Other countries (13) 15');
    // A delivery whose official sees every signer's country names every country, here as in its summary.
    const all = await runMain(['count', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026']);
    const line = all.stdout.split('\n').find((l) => l.includes('KR 13')) ?? '';
    expect(line.match(/[A-Z]{2} \d+/g)).toHaveLength(16);
    expect(line).not.toContain('more countries');
  });
});
