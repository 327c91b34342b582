// The contact screens of place cells, remembered per cell text: a campaign's cities, regions and postcodes repeat
// (40,000 rows name a few hundred cities), and each screen runs some twenty regular expressions (1.3 s per 40,000 rows
// for the city, as much for the postcode). The screens read the text alone, not the country, so the text is the key.
import { AdaptiveMemo } from './adaptive-memo.js';
import { screenCity, screenPostcode, screenRegion, type PlaceScreen } from './contact-in-place.js';

export type PlaceColumn = 'city' | 'region' | 'postcode';
export type PlaceScreens = Readonly<Record<PlaceColumn, (cell: string) => PlaceScreen>>;

const SCREENS: PlaceScreens = { city: screenCity, region: screenRegion, postcode: screenPostcode };
/**
 * Distinct texts remembered per column before the memory starts over. AdaptiveMemo also stops remembering while the
 * texts rarely repeat (distinct postcodes), so neither a file of junk nor one of unique values grows it.
 */
const LIMIT = 50_000;

/** The screens of `screens` (the real ones by default), each remembered by an AdaptiveMemo of at most `limit` texts. */
export function createPlaceScreens(limit = LIMIT, screens: PlaceScreens = SCREENS): PlaceScreens {
  const remembered = (column: PlaceColumn) => {
    const memo = new AdaptiveMemo(screens[column], limit);
    return (cell: string): PlaceScreen => (cell === '' ? CLEAN : memo.get(cell));
  };
  return { city: remembered('city'), region: remembered('region'), postcode: remembered('postcode') };
}

/** What every screen says of an empty cell. */
const CLEAN: PlaceScreen = { kind: 'clean' };
