// City cells that are a flat and a city district ("Apt 5 Dublin 8"), or only a postcode ("10115"), were blanked: the
// signer's city was lost (outside tester B, F8). The flat is contact data and stays out of every document; the town
// is kept; a postcode alone goes to an empty postcode cell, and either way is said.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenCity } from '../../src/normalize/contact-in-place.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { placesAfterDedupe } from '../helpers/places-after-dedupe.js';

describe('a city cell with a flat before a town and its district', () => {
  it.each([
    ['Apt 5 Dublin 8', 'Dublin 8'],
    ['Flat 2 Cork', 'Cork'],
    ['Apt 4B Chicago', 'Chicago'],
    ['12 Main St Springfield', 'Springfield'],
  ])('%s keeps %j', (cell, town) => {
    expect(screenCity(cell)).toEqual({ kind: 'street', town });
  });
});

describe('dedupe of city cells with districts, postcodes and flats', () => {
  it('prints a town for each, never the flat, and moves a postcode alone to the postcode', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'cities.csv');
      writeFileSync(file, 'name,email,city,postcode,country\nA A,a@x.example,75015 Paris,,FR\nB B,b@x.example,London SW1A 1AA,,GB\n'
        + 'C C,c@x.example,Berlin-Mitte 10117,,DE\nD D,d@x.example,São Paulo - SP,,BR\nE E,e@x.example,Seoul 2,,KR\n'
        + 'F F,f@x.example,Apt 5 Dublin 8,,IE\nG G,g@x.example,Praha 1,,CZ\nH H,h@x.example,10115,,DE\nI I,i@x.example,10117,10115,DE\n');
      const merged = join(dir, 'merged.csv');
      const result = await runMain(['dedupe', file, '-o', merged]);
      expect(result.code).toBe(1);
      const lines = readFileSync(merged, 'utf8').replace(/^\uFEFF/u, '').split('\n').filter(Boolean);
      const header = lines[0].split(',');
      const rows = lines.slice(1).map((line) => line.split(','));
      const place = rows.map((row) => [row[header.indexOf('city')], row[header.indexOf('postcode')]]);
      expect(place).toEqual([['Paris', '75015'], ['London SW1A 1AA', ''], ['Berlin-Mitte 10117', ''], ['São Paulo - SP', ''],
        ['Seoul 2', ''], ['Dublin 8', ''], ['Praha 1', ''], ['', '10115'], ['', '10115']]);
      expect(readFileSync(merged, 'utf8')).not.toMatch(/Apt 5/);
      expect(result.stderr).toMatch(/1 city cell holds a street address .*\(rows 6\)/);
      expect(result.stderr).toMatch(/2 city cells hold only a postcode, no town: it is read as the postcode when the postcode cell is empty, and left out otherwise; the city stays empty \(rows 8, 9\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Outside tester E, F3, F4, F12: streets in other languages in a city cell, a street or messenger ID in a region or
// postcode cell (all printed in a recipient list), and towns that look like streets, an Eircode, a Korean district.
describe('dedupe of place cells holding a street or a messenger ID', () => {
  it('prints the town, the region and the postcode only, warns naming row and column, and keeps real towns', async () => {
    const result = await placesAfterDedupe('name,email,city,region,postcode,country\n'
      + 'A A,a@x.example,"Οδός Ερμού 15, Αθήνα",,,GR\nB B,b@x.example,"c/o Smith, Leeds",,,GB\nC C,c@x.example,100 Mile House,,,CA\n'
      + 'D D,d@x.example,D02 X285,,,IE\nE E,e@x.example,서울시 강남구 테헤란로 123,,,KR\nF F,f@x.example,Madrid,Calle Mayor 5 2B,28013,ES\n'
      + 'G G,g@x.example,Berlin,,Hauptstr. 5,DE\nH H,h@x.example,Boston,MA,02108 Apt 5 12 Main St,US\n'
      + 'I I,i@x.example,Tokyo,カカオ kakao ID: fa6,100-0001,JP\nJ J,j@x.example,Calle Larga,,,ES\n'
      + 'K K,k@x.example,"Storgatan 5, Stockholm",,,SE\nL L,l@x.example,"Postfach 12, Bern",,,CH\n');
    expect(result.code).toBe(1);
    expect(result.places).toEqual([['Αθήνα', '', ''], ['Leeds', '', ''], ['100 Mile House', '', ''], ['', '', 'D02 X285'], ['서울시 강남구', '', ''],
      ['Madrid', '', '28013'], ['Berlin', '', ''], ['Boston', 'MA', '02108'], ['Tokyo', '', '100-0001'], ['Calle Larga', '', ''],
      ['Stockholm', '', ''], ['Bern', '', '']]);
    expect(result.merged).not.toMatch(/Ερμού|Smith|테헤란로|Mayor|Hauptstr|Main St|fa6|Storgatan|Postfach/u);
    expect(result.stderr).toMatch(/5 city cells hold a street address .*\(rows 1, 2, 5, 11, 12\)/);
    expect(result.stderr).toMatch(/row 6, line 7, column "region": 1 region cell holds a street address .*\(rows 6\)/);
    expect(result.stderr).toMatch(/column "postcode": 2 postcode cells hold a street address .*\(rows 7, 8\)/);
    expect(result.stderr).toMatch(/column "region": 1 place cell holds an e-mail address, a phone number, a messenger ID, a handle or a web address.*\(rows 9\)/);
    expect(result.stderr).toMatch(/1 city cell holds only a postcode, no town.*\(rows 4\)/);
  });
});

