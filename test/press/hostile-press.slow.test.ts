// Press kits of campaigns with unusual titles and URLs: the kit is still built, complete, and says what it changed.
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { removeTestTempDirs } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { smallCampaign } from './small-campaign.js';

afterAll(removeTestTempDirs);

const press = async (campaign: string, dir: string) => runMain(['press', '--campaign', campaign, '-o', join(dir, 'kit')]);

describe('petition press with a long petition URL', () => {
  it('builds the kit without a QR code when the URL is longer than a QR code holds, and warns naming petition.url and the limit', async () => {
    const { dir, campaign } = smallCampaign({ url: `https://example.org/${'a'.repeat(4000)}` });
    const result = await press(campaign, dir);
    expect(result.stderr).not.toContain('unexpected error');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('petition.url');
    expect(result.stderr).toContain('2,331');
    expect(readdirSync(join(dir, 'kit'))).toEqual(expect.arrayContaining(['poster-en.pdf', 'card-en.png', 'manifest.json']));
  });

  it('does not print a URL too long to print whole as if it were whole, and warns', async () => {
    const url = `https://example.org/${'b'.repeat(1980)}`;
    const { dir, campaign } = smallCampaign({ url });
    const result = await press(campaign, dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('petition.url');
    for (const name of ['poster-en.pdf', 'poster-en-a4.pdf']) {
      const text = (await readPdfText(readFileSync(join(dir, 'kit', name)))).text.replace(/\s+/g, '');
      // Either the whole URL or none of it: never a run of its characters cut off at the page's edge.
      expect(text.includes('bbbbbbbbbb')).toBe(false);
    }
  });
});

describe('petition press with a title too long for the card', () => {
  it('builds the kit with the title cut on the cards and warns, exit 1', async () => {
    const { dir, campaign } = smallCampaign({ title: { en: `${'Stop the forced return of North Korean refugees and let them go where they choose. '.repeat(7)}End` } });
    const result = await press(campaign, dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('petition.title.en is too long for the poster and cards');
    const release = readFileSync(join(dir, 'kit', 'press-release-en.md'), 'utf8');
    expect(release).toContain('choose. End');
  });
});

