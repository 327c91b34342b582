// splitCity: takes the state and ZIP out of a city cell that clearly holds them ("Woodstock IL 60098", "75001 Paris").

export interface CityParts {
  city: string;
  region: string;
  postcode: string;
}

const US_STATES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD',
  'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC',
  'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'PR', 'VI', 'GU', 'AS', 'MP', 'AA', 'AE', 'AP',
]);
/** "Woodstock IL 60098", "Woodstock, IL, 60098-1234": a state code and a ZIP, the clearest case. */
const CITY_STATE_ZIP = /^(.*?\S)[\s,]+([A-Z]{2})[\s,]+(\d{5}(?:-\d{4})?)$/;
/** "Woodstock, IL" or "Woodstock IL". */
const CITY_STATE = /^(.*?\S),?\s+([A-Z]{2})$/;
/** "Woodstock 60098". */
const CITY_ZIP = /^(.*?\S),?\s+(\d{5}(?:-\d{4})?)$/;
/** "75001 Paris", "10115 Berlin": a 4- or 5-digit postcode before a name that starts with a letter. */
const POSTCODE_CITY = /^(\d{4,5})\s+(\p{L}.*)$/u;
/**
 * A cell that is only a postcode ("10115", "SW1A 1AA", "00-950", "100-0001", "K1A 0B1", Irish Eircode "D02 X285"): a
 * form's fields filled one line off. Digits alone, or the British, Canadian and Irish layouts; a cell with a word in it is a town.
 */
const POSTCODE_ALONE = /^(?:\d{4,6}|\d{3}\s\d{2}|\d{2}-\d{3}|\d{3}-\d{4}|\d{5}-\d{3,4}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[AC-FHKNPRTV-Y]\d[\dW]\s?[\dAC-FHKNPRTV-Y]{4})$/;
const DIGIT = /\d/;

/** "… IL": a space and two capital letters at the end; the cheap test that lets "New York" skip the regexes. */
function endsWithCapitalPair(city: string): boolean {
  const n = city.length;
  if (n < 4 || city.charCodeAt(n - 3) !== 32) return false;
  const first = city.charCodeAt(n - 2);
  const second = city.charCodeAt(n - 1);
  return first >= 65 && first <= 90 && second >= 65 && second <= 90;
}
const US_LIKE = new Set(['US', 'unknown', '']);

/**
 * Splits only what is unambiguous: a US state code (from the list) followed by a ZIP at the end; for rows known to
 * be US also a state code alone or a ZIP alone ("Hamburg DE" elsewhere may mean Germany); a leading 4–5 digit
 * postcode for other countries; a cell that is only a postcode. Region and postcode cells that are
 * already filled are kept; the city loses the copy either way.
 */
export function splitCity(city: string, region: string, postcode: string, country: string): CityParts {
  if (city === '' || (!DIGIT.test(city) && !endsWithCapitalPair(city))) return { city, region, postcode };
  // Only a postcode: the cell names no town. The postcode cell keeps its own value when it has one.
  if (POSTCODE_ALONE.test(city)) return { city: '', region, postcode: postcode || city };
  if (US_LIKE.has(country)) {
    let parts = CITY_STATE_ZIP.exec(city);
    if (parts && US_STATES.has(parts[2])) return { city: parts[1], region: region || parts[2], postcode: postcode || parts[3] };
    if (country === 'US') {
      parts = CITY_STATE.exec(city);
      if (parts && US_STATES.has(parts[2])) return { city: parts[1], region: region || parts[2], postcode };
      parts = CITY_ZIP.exec(city);
      if (parts) return { city: parts[1], region, postcode: postcode || parts[2] };
    }
    return { city, region, postcode };
  }
  const parts = POSTCODE_CITY.exec(city);
  if (parts) return { city: parts[2], region, postcode: postcode || parts[1] };
  return { city, region, postcode };
}
