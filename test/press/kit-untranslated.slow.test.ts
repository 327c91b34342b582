// A kit in a language the campaign gives no occasion, place or quote in prints them in another language: press says so
// as packet does for its letters, naming the key to add, on stderr and in --json warnings, exit 1 (adv15c P6). A
// language without a title is refused, as sheets refuses it (testerA F11): the poster's headline would be another language's.
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';
import { runMain } from '../helpers/run-main.js';

afterAll(removeTestTempDirs);

const SIGNERS = 'name,email,country,date\nAna Lee,a@example.org,US,2026-11-01\nBo Kim,b@example.org,KR,2026-11-02\n';

function campaignInEnglishOnly(titles = '{ en: Tiny campaign, es: Campaña pequeña, ko: 작은 캠페인 }'): string {
  const campaign = tinyCampaign(SIGNERS);
  const yaml = readFileSync(campaign, 'utf8')
    .replace('title: { en: Tiny campaign }', `title: ${titles}`)
    .replace('place: New York, privacy: public }', "place: New York, occasion: \"North Korean Defectors' Day\", privacy: public }")
    .concat('press:\n  quote: { text: { en: "Every person sent back faces prison camps." }, by: Min-ji Park }\n');
  writeFileSync(campaign, yaml);
  return campaign;
}

describe('press in languages the campaign does not translate', () => {
  it('warns for each missing occasion, place and quote, naming the key, and exits 1', async () => {
    const campaign = campaignInEnglishOnly();
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en,es,ko', '-o', join(dirname(campaign), 'kit')]);
    expect(result.code).toBe(1);
    for (const missing of ['add occasions: { es: … }', 'add occasions: { ko: … }', 'add places: { ko: … }', 'add press.quote.text: { es: … }', 'add press.quote.text: { ko: … }']) {
      expect(result.stderr).toContain(missing);
    }
    expect(result.stderr).not.toContain('{ en: … }');
    expect(result.stderr).not.toContain('add places: { es: … }');
    const json = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'es', '--json', '-o', join(dirname(campaign), 'kit-es')]);
    expect(JSON.parse(json.stdout).warnings).toEqual(expect.arrayContaining([expect.stringContaining('add press.quote.text: { es: … }')]));
  });

  it('refuses a language the petition has no title in, naming the key to add, exit 2 and no kit (as sheets does)', async () => {
    const campaign = campaignInEnglishOnly('{ en: Tiny campaign, ko: 작은 캠페인 }');
    const kit = join(dirname(campaign), 'kit');
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'es', '-o', kit]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("the petition has no es title for a press kit in es (titles: en, ko): add title: { es: … } to the campaign file, or leave es out of --language");
    expect(existsSync(join(kit, 'poster-es.pdf'))).toBe(false);
    const korean = await runMain(['--lang', 'ko', 'press', '--campaign', campaign, '--delivery', 'list', '--language', 'en,es', '-o', kit]);
    expect(korean.code).toBe(2);
    expect(korean.stderr).toContain('청원에 es 제목이 없어');
  });

  it('says nothing of translations for the language the campaign is written in', async () => {
    const campaign = campaignInEnglishOnly();
    const result = await runMain(['press', '--campaign', campaign, '--delivery', 'list', '--language', 'en', '-o', join(dirname(campaign), 'kit')]);
    expect(result.stderr).not.toContain('missing translation');
    expect(result.code).toBe(0);
  });
});
