// townOfDistrictCity: the town in a city cell that adds a district or postcode to it ("Paris 15e", "Dublin 8",
// "Stockholm 111 22", "Manchester M1", "10115 Berlin"). Such a number is no house number: the cell names a city, and
// two rows that write "Dublin 8" and "Dublin" name the same one.

/**
 * What may follow a town: a district number (Dublin 8, Marseille 13), an arrondissement (15e, 1er, 3ème, XVe), a
 * postcode of digits (Wien 1010, Berlin 10117, Stockholm 111 22, Warszawa 00-950, Seoul 04524), a British outward
 * code or full postcode (Manchester M1, London SW1A 1AA), an Irish Eircode (Dublin D08), a Canadian one (K1A 0B1).
 */
const DISTRICT = [
  // Two digits at most: "Baker 221" is more likely a house number than a district.
  '\\d{1,2}',
  '\\d{1,2}(?:e|er|ère|re|ème|eme|è|º|°|\\.)',
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
const POSTCODE_THEN_TOWN = new RegExp(`^(?:${LEADING_POSTCODE})[\\s,]+(${TOWN})$`, 'u');

/**
 * The town of a cell that is a town and a district or postcode ("Paris 15e" → "Paris"); null when the cell is no such
 * thing. Shape only: "Rue 1" also gives "Rue", so the caller checks that the town is not a street word.
 */
export function townOfDistrictCity(cell: string): string | null {
  const match = TOWN_THEN_DISTRICT.exec(cell) ?? POSTCODE_THEN_TOWN.exec(cell);
  return match ? match[1].trim() : null;
}
