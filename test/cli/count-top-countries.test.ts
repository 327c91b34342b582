// `count`'s line of top countries says how many more countries there are and, apart, how many signers gave none:
// "no country" is not a country, so the two add up to the 16 countries the letter states (adv-s9 N7).
import { describe, expect, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { runMain } from '../helpers/run-main.js';

const CAMPAIGN = fileURLToPath(new URL('../../fixtures/campaign/campaign.yaml', import.meta.url));

describe('count: top countries', () => {
  it.each([
    ['en', '· 6 more countries, 1 without a country'],
    ['ko', '· 그 밖에 6개국, 국가 미기재 1명'],
    ['es', '· 6 países más, 1 sin país'],
  ])('in %s, counts the signer without a country apart from the countries', async (language, expected) => {
    const result = await runMain(['--lang', language, 'count', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026']);
    const line = result.stdout.split('\n').find((text) => text.includes('KR 13')) ?? '';
    expect(line).toContain(expected);
    const json = JSON.parse((await runMain(['count', '--campaign', CAMPAIGN, '--delivery', 'embassy-2026', '--json'])).stdout);
    const countries = Object.keys(json.byCountry ?? json.counts.byCountry).filter((code) => /^[A-Z]{2}$/.test(code));
    expect(10 + 6).toBe(countries.length);
  });
});
