// createCityMemo: what one city cell holds (printed city, its key, a state and ZIP inside it), remembered per country.
import { cleanText } from './clean-text.js';
import { foldText } from './fold.js';
import { splitCity } from './split-city.js';
import { townOfDistrictCity } from './city-district.js';
import { AdaptiveMemo } from './adaptive-memo.js';

export interface CityCell {
  city: string;
  cityKey: string;
  /** A state or region found inside the cell ('' when none). */
  region: string;
  /** A postcode found inside the cell ('' when none). */
  postcode: string;
}

const EMPTY: CityCell = { city: '', cityKey: '', region: '', postcode: '' };

/**
 * A million rows hold a few thousand distinct cities: cleaning, splitting and folding each once is most of
 * the work saved. The memory is dropped when it reaches `limit` entries, and stops while it rarely hits.
 */
export function createCityMemo(limit = 100_000): (cell: string | undefined, country: string) => CityCell {
  const byCountry = new Map<string, AdaptiveMemo<CityCell>>();
  let lastCountry = '';
  let last: AdaptiveMemo<CityCell> | undefined;
  return (cell, country) => {
    if (cell === undefined || cell === '') return EMPTY;
    if (country !== lastCountry || !last) {
      last = byCountry.get(country);
      if (!last) byCountry.set(country, (last = new AdaptiveMemo((text) => readCityCell(text, country), limit)));
      lastCountry = country;
    }
    return last.get(cell);
  };
}

function readCityCell(cell: string, country: string): CityCell {
  const parts = splitCity(cleanText(cell), '', '', country);
  // "Dublin 8" and "Dublin" are one city for matching; the list prints the cell as typed.
  const town = townOfDistrictCity(parts.city) ?? parts.city;
  return { city: parts.city, cityKey: foldText(town), region: parts.region, postcode: parts.postcode };
}
