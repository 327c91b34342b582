// createCityMemo: what one city cell holds (printed city, its key, a state and ZIP inside it), remembered per country.
import { cleanText } from './clean-text.js';
import { foldText } from './fold.js';
import { splitCity } from './split-city.js';

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
 * the work saved. The memory is dropped when it reaches `limit` entries.
 */
export function createCityMemo(limit = 100_000): (cell: string | undefined, country: string) => CityCell {
  const byCountry = new Map<string, Map<string, CityCell>>();
  let size = 0;
  return (cell, country) => {
    if (cell === undefined || cell === '') return EMPTY;
    let memo = byCountry.get(country);
    if (!memo) {
      memo = new Map();
      byCountry.set(country, memo);
    }
    let found = memo.get(cell);
    if (found === undefined) {
      const parts = splitCity(cleanText(cell), '', '', country);
      found = { city: parts.city, cityKey: foldText(parts.city), region: parts.region, postcode: parts.postcode };
      if (size >= limit) {
        for (const m of byCountry.values()) m.clear();
        size = 0;
      }
      memo.set(cell, found);
      size++;
    }
    return found;
  };
}
