// A place cell is screened for contact data once per distinct text (issue #13), and still warns on every row it is in.
import { describe, expect, it } from '@jest/globals';
import { createPlaceScreens, type PlaceScreens } from '../../src/normalize/place-screens.js';
import { screenCity, screenPostcode, screenRegion } from '../../src/normalize/contact-in-place.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';

function counting(): { screens: PlaceScreens; runs: Record<string, number> } {
  const runs = { city: 0, region: 0, postcode: 0 };
  const screens: PlaceScreens = {
    city: (cell) => { runs.city++; return screenCity(cell); },
    region: (cell) => { runs.region++; return screenRegion(cell); },
    postcode: (cell) => { runs.postcode++; return screenPostcode(cell); },
  };
  return { screens, runs };
}

describe('createPlaceScreens', () => {
  it('screens each distinct city, region and postcode once, with the answers of the screens', () => {
    const { screens, runs } = counting();
    const remembered = createPlaceScreens(50_000, screens);
    const cities = ['Berlin', '221 Baker Street, London', 'sara@example.com'];
    const postcodes = ['10115', '010-1234-5678'];
    const seen = new Set<string>();
    for (let i = 0; i < 30_000; i++) {
      seen.add(JSON.stringify([remembered.city(cities[i % 3]), remembered.postcode(postcodes[i % 2]), remembered.region('CA')]));
    }
    expect(seen.size).toBe(6);
    expect(cities.map((city) => remembered.city(city))).toEqual(cities.map(screenCity));
    expect(postcodes.map((postcode) => remembered.postcode(postcode))).toEqual(postcodes.map(screenPostcode));
    expect(runs).toEqual({ city: 3, region: 1, postcode: 2 });
  });

  it('answers every text of a file where none repeats, past its limit', () => {
    const { screens, runs } = counting();
    const remembered = createPlaceScreens(100, screens);
    for (let i = 0; i < 1000; i++) expect(remembered.postcode(`${10000 + i}`)).toEqual({ kind: 'clean' });
    expect(runs.postcode).toBe(1000);
  });
});

describe('createNormalizer: a repeated place cell', () => {
  it('is cut, blanked and warned about on every row that holds it', () => {
    const normalizer = createNormalizer({ source: 'sheet.csv' });
    const rows = [1, 2, 3].map((row) => normalizer.normalize({
      source: 'sheet.csv', row, line: row + 1, extra: {},
      fields: { name: `Signer ${'ABC'[row - 1]}`, city: '221 Baker Street, London', postcode: '010-1234-5678', country: 'GB' },
    }));
    expect(rows.map((s) => [s.city, s.postcode])).toEqual([['London', ''], ['London', ''], ['London', '']]);
    const problems = normalizer.problems();
    expect(problems.filter((p) => p.code === 'street_in_city').map((p) => p.message)).toEqual([expect.stringMatching(/1, 2(,| and) 3/)]);
    expect(problems.filter((p) => p.code === 'contact_in_place').map((p) => p.message)).toEqual([expect.stringMatching(/1, 2(,| and) 3/)]);
  });
});
