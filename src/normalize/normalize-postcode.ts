// normalizePostcode: a postcode printed the way its country writes it, and a key for matching.
import { cleanText } from './clean-text.js';
import { AdaptiveMemo } from './adaptive-memo.js';

export interface NormalizedPostcode {
  /** Upper case, single spaces, in the country's usual layout where we know it (UK "SW1A 1AA"). */
  postcode: string;
  /** For matching: letters and digits only, upper case; US ZIP+4 cut to the 5-digit ZIP. */
  key: string;
}

const NOT_ALPHANUMERIC = /[^0-9A-Z]/g;
const ALPHANUMERIC = /^[0-9A-Z]+$/;
const DIGITS_ONLY = /^\d+$/;
/** UK: outward code (2–4 characters) and inward code (digit + two letters). */
const UK_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/;
const CA_POSTCODE = /^([A-Z]\d[A-Z])(\d[A-Z]\d)$/;
const NL_POSTCODE = /^(\d{4})([A-Z]{2})$/;
const US_ZIP = /^(\d{5})(\d{4})?$/;
const EMPTY: NormalizedPostcode = { postcode: '', key: '' };

/** `country` is an ISO 3166-1 alpha-2 code or 'unknown'. */
export function normalizePostcode(text: string | undefined, country: string): NormalizedPostcode {
  const cleaned = cleanText(text).toUpperCase();
  if (cleaned === '') return EMPTY;
  const compact = ALPHANUMERIC.test(cleaned) ? cleaned : cleaned.replace(NOT_ALPHANUMERIC, '');
  if (compact === '' || isPhoneForCountry(compact, country)) return EMPTY;
  switch (country) {
    case 'US': return usZip(cleaned, compact);
    case 'GB': case 'GG': case 'JE': case 'IM': return spaced(cleaned, compact, UK_POSTCODE);
    case 'CA': return spaced(cleaned, compact, CA_POSTCODE);
    case 'NL': return spaced(cleaned, compact, NL_POSTCODE);
    case 'KR': return korean(cleaned, compact);
    default: return { postcode: cleaned, key: compact };
  }
}

/**
 * Countries whose postcode has a known shape, and the lengths of seven digits or more it may have when written in digits
 * alone: a US ZIP+4 (nine digits, eight once a spreadsheet dropped its leading zero); Korea has five (six before 2015),
 * the Netherlands four and two letters, the UK and Canada letters and digits.
 */
const LONG_DIGIT_POSTCODES = new Map<string, readonly number[]>([['US', [8, 9]], ['KR', []], ['GB', []], ['GG', []], ['JE', []], ['IM', []], ['CA', []], ['NL', []]]);
/** The fewest digits a phone number has: "555-0100", a Korean mobile without its 010 ("7734-1234"). */
const PHONE_DIGITS = 7;

/**
 * Whether a postcode cell of digits alone is a phone number by its country's postcode shape: seven digits or more where
 * the country writes no postcode so ("555-0100" and "7734-1234" in Korea, whose postcodes have five).
 */
export function isPhoneForCountry(compact: string, country: string): boolean {
  const lengths = LONG_DIGIT_POSTCODES.get(country);
  if (lengths === undefined || compact.length < PHONE_DIGITS || !DIGITS_ONLY.test(compact)) return false;
  return !lengths.includes(compact.length);
}

function usZip(cleaned: string, compact: string): NormalizedPostcode {
  // Spreadsheets drop the leading zero of New England ZIPs (02134 → 2134).
  const digits = DIGITS_ONLY.test(compact) && (compact.length === 4 || compact.length === 8) ? `0${compact}` : compact;
  const zip = US_ZIP.exec(digits);
  if (!zip) return { postcode: cleaned, key: compact };
  return { postcode: zip[2] ? `${zip[1]}-${zip[2]}` : zip[1], key: zip[1] };
}

function spaced(cleaned: string, compact: string, layout: RegExp): NormalizedPostcode {
  const parts = layout.exec(compact);
  return parts ? { postcode: `${parts[1]} ${parts[2]}`, key: compact } : { postcode: cleaned, key: compact };
}

/** Korea: five digits since 2015 (a spreadsheet may drop a leading zero); the older six-digit "123-456" is kept as written. */
function korean(cleaned: string, compact: string): NormalizedPostcode {
  if (!DIGITS_ONLY.test(compact)) return { postcode: cleaned, key: compact };
  if (compact.length === 4) return { postcode: `0${compact}`, key: `0${compact}` };
  return { postcode: compact.length === 5 ? compact : cleaned, key: compact };
}

/**
 * normalizePostcode with a memory per country: a national file has tens of thousands of postcodes over a million
 * rows. Where postcodes rarely repeat the memory stops (AdaptiveMemo): there it costs more than it saves.
 */
export function createPostcodeMemo(limit = 100_000): (text: string, country: string) => NormalizedPostcode {
  const byCountry = new Map<string, AdaptiveMemo<NormalizedPostcode>>();
  let lastCountry = '';
  let last: AdaptiveMemo<NormalizedPostcode> | undefined;
  return (text, country) => {
    if (text === '') return EMPTY;
    if (country !== lastCountry || !last) {
      last = byCountry.get(country);
      if (!last) byCountry.set(country, (last = new AdaptiveMemo((cell) => normalizePostcode(cell, country), limit)));
      lastCountry = country;
    }
    return last.get(text);
  };
}
