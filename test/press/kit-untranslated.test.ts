// A kit in a language the campaign gives no title, occasion, place or quote in prints them in another language: press
// says so as packet does for its letters, naming the key to add, on stderr and in --json warnings, exit 1 (adv15c P6).
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';

function campaignInEnglishOnly(): string {
  const campaign = tinyCampaign(SIGNERS);
  const yaml = readFileSync(campaign, 'utf8')
    .replace('place: New York, privacy: public }', "place: New York, occasion: \"North Korean Defectors' Day\", privacy: public }")
    .concat('press:\n  quote: { text: { en: "Every person sent back faces prison camps." }, by: Min-ji Park }\n');
  writeFileSync(campaign, yaml);
  return campaign;
}

describe('press in languages the campaign does not translate', () => {
  it('warns for each missing title, occasion, place and quote, naming the key, and exits 1', async () => {
    const campaign = campaignInEnglishOnly();
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en,es,ko', '-o', join(dirname(campaign), 'kit')]);
    expect(result.code).toBe(1);
    for (const missing of ['add title: { es: … }', 'add title: { ko: … }', 'add occasions: { es: … }', 'add occasions: { ko: … }', 'add places: { ko: … }', 'add press.quote.text: { es: … }', 'add press.quote.text: { ko: … }']) {
      expect(result.stderr).toContain(missing);
    }
    expect(result.stderr).not.toContain('{ en: … }');
    expect(result.stderr).not.toContain('add places: { es: … }');
    const json = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'es', '--json', '-o', join(dirname(campaign), 'kit-es')]);
    expect(JSON.parse(json.stdout).warnings).toEqual(expect.arrayContaining([expect.stringContaining('missing translation: petition: the title in Spanish (es) is missing')]));
  });

  it('says nothing of translations for the language the campaign is written in', async () => {
    const campaign = campaignInEnglishOnly();
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', join(dirname(campaign), 'kit')]);
    expect(result.stderr).not.toContain('missing translation');
    expect(result.code).toBe(0);
  });
});
