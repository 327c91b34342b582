// The signature list never prints a handle, a messenger label or a web address typed as the city or region, nor a
// street typed as the postcode (outside tester verifyO, F1 and F2): the town before such data is printed, and every
// signer is still counted.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { runMain } from '../helpers/run-main.js';
import { minimalCampaign } from '../campaign/minimal-campaign.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CITIES = ['skype: eva.s', '@eva', 'eva.s on telegram', 'fb.com/eva.s', 'facebook eva.sand', 'x.com/eva', 'https://t.me/eva', 'eva@',
  '@eva_tg_handle', 't.me/evahandle', 'tg: eva_handle', 'telegram evahandle', 'LINE ID abc123', 'Bergen @evabergen'];
const POSTCODES = ['Storgata 5', 'Kirkeveien 12', 'Gran Vía 1', 'Teheran-ro 123', 'Nowy Świat 15', 'Karl Johans gate 1', '테헤란로 123'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('contact data and streets in place cells, in the printed list', () => {
  it('prints the towns and real postcodes only, and counts every signer', async () => {
    const rows = [
      ...CITIES.map((city, i) => `Signer ${LETTERS[i]}ax,c${i}@ok.example,${JSON.stringify(city)},,,NO,2013-11-01`),
      `Signer Zr,r@ok.example,Oslo,@eva_region,,NO,2013-11-01`,
      ...POSTCODES.map((postcode, i) => `Poster ${LETTERS[i]}bx,p${i}@ok.example,Oslo,,${JSON.stringify(postcode)},NO,2013-11-01`),
      'Poster Zc,z@ok.example,Oslo,,0150,NO,2013-11-01',
      'Poster Zd,zd@ok.example,London,,SW1A 1AA,GB,2013-11-01',
    ];
    const exports = join(dir, 'exports');
    const campaignDir = join(dir, 'campaign');
    mkdirSync(exports);
    mkdirSync(campaignDir);
    writeFileSync(join(exports, 'a.csv'), `name,email,city,region,postcode,country,date\n${rows.join('\n')}\n`);
    writeFileSync(join(campaignDir, 'campaign.yaml'), minimalCampaign());
    const out = join(dir, 'packet');
    const result = await runMain(['packet', '--campaign', join(campaignDir, 'campaign.yaml'), '-o', out]);
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/column "city": 14 place cells hold an e-mail address, a phone number, a messenger ID, a handle or a web address/);
    expect(result.stderr).toMatch(/column "postcode": 7 postcode cells hold a street address/);
    const text = (await readPdfText(readFileSync(join(out, 'signatures.pdf')))).text;
    // Every signer is listed, by name, and counted.
    expect(text).toContain('24 signers');
    for (const row of rows) expect(text).toContain(row.split(',')[0]);
    for (const contact of ['eva', 'skype', 'telegram', 'facebook', 'x.com', 't.me', 'LINE', 'abc123', 'STORGATA', 'KIRKEVEIEN', 'GRAN V', 'TEHERAN',
      'NOWY', 'JOHANS', '테헤란로']) {
      expect({ contact, printed: text.includes(contact) }).toEqual({ contact, printed: false });
    }
    // The town before a handle, and real postcodes, are printed.
    expect(text).toMatch(/Signer Nax\s+Bergen\s+Norway/);
    expect(text).toMatch(/Signer Zr\s+Oslo\s+Norway/);
    expect(text).toMatch(/Poster Zc\s+Oslo\s+0150\s+Norway/);
    expect(text).toMatch(/Poster Zd\s+London\s+SW1A 1AA\s+United Kingdom/);
  });
});
