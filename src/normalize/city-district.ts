// townOfDistrictCity: the town in a city cell that adds a district or postcode to it ("Paris 15e", "Dublin 8",
// "Stockholm 111 22", "Manchester M1", "10115 Berlin"). Such a number is no house number: the cell names a city, and
// two rows that write "Dublin 8" and "Dublin" name the same one.

/**
 * What may follow any town: an arrondissement in Roman numerals (XVe), a
 * postcode of digits (Wien 1010, Berlin 10117, Stockholm 111 22, Warszawa 00-950, Seoul 04524), a British outward
 * code or full postcode (Manchester M1, London SW1A 1AA), an Irish Eircode (Dublin D08), a Canadian one (K1A 0B1).
 */
const DISTRICT = [
  '[IVXL]{1,6}(?:e|er|ème|eme)',
  '\\d{4,6}',
  '\\d{3}\\s\\d{2}',
  '\\d{2}-\\d{3}',
  '\\d{3}-\\d{3,4}',
  '\\d{5}-\\d{3,4}',
  '[A-Z]{1,2}\\d[A-Z\\d]?(?:\\s\\d[A-Z]{2})?',
  '[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d',
].join('|');
/** What goes before a town: a postcode of digits ("10115 Berlin", "111 22 Stockholm", "00-950 Warszawa"). */
const LEADING_POSTCODE = ['\\d{4,6}', '\\d{3}\\s\\d{2}', '\\d{2}-\\d{3}'].join('|');
/** A town is words of letters (with the marks, dots, hyphens and apostrophes of place names), no digit. */
const TOWN = "\\p{L}[\\p{L}\\p{M}.'’ -]*\\p{L}\\.?|\\p{L}";
const TOWN_THEN_DISTRICT = new RegExp(`^(${TOWN})[\\s,]+(?:${DISTRICT})$`, 'u');
/**
 * A district number of one or two digits (Dublin 8, Praha 1, Marseille 13) has the shape of a house number after a
 * street written without a street word ("Damrak 1", "Storgata 1", "Ερμού 15", "Тверская 7"), so it is read as a
 * district only after a town known to number its districts so.
 */
const SMALL_DISTRICT = /^(\p{L}[\p{L}\p{M}.'’ -]*\p{L})[\s,]+\d{1,2}(?:e|er|ère|re|ème|eme|è|º|°|\.)?$/u;
const NUMBERED_DISTRICT_TOWNS = new Set(['dublin', 'baile átha cliath', 'paris', 'lyon', 'marseille', 'praha', 'prague', 'prag', 'wien',
  'vienna', 'budapest', 'zürich', 'zurich', 'bucurești', 'bucuresti', 'bucharest', 'bratislava', 'brno', 'ostrava', 'plzeň', 'seoul',
  'ho chi minh city', 'thành phố hồ chí minh', 'saigon', 'sài gòn', 'hanoi', 'hà nội', 'helsinki', 'zagreb', 'beograd', 'belgrade',
  'sofia', 'софия', 'kraków', 'krakow', 'łódź', 'lodz']);
const POSTCODE_THEN_TOWN = new RegExp(`^(?:${LEADING_POSTCODE})[\\s,]+(${TOWN})$`, 'u');

/**
 * The town of a cell that is a town and a district or postcode ("Paris 15e" → "Paris"); null when the cell is no such
 * thing. Shape only: "Rue 1" also gives "Rue", so the caller checks that the town is not a street word.
 */
export function townOfDistrictCity(cell: string): string | null {
  const match = TOWN_THEN_DISTRICT.exec(cell) ?? POSTCODE_THEN_TOWN.exec(cell);
  if (match) return match[1].trim();
  const small = SMALL_DISTRICT.exec(cell);
  return small && NUMBERED_DISTRICT_TOWNS.has(small[1].trim().toLowerCase()) ? small[1].trim() : null;
}
