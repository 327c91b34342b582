// The country a signature is counted under: its ISO code, 'unknown' when the signer gave none, and
// 'unrecognised' when the cell names no country ("Atlantis"): a line of its own, never a country.
import type { Signature } from '../types.js';

export const UNRECOGNISED_COUNTRY = 'unrecognised';
// match-table.ts's UNKNOWN, written out: match-table imports this file.
const UNKNOWN = 'unknown';

export function countryBucket(signature: Pick<Signature, 'country' | 'countryUnrecognised'>): string {
  if (signature.countryUnrecognised) return UNRECOGNISED_COUNTRY;
  return signature.country === '' ? UNKNOWN : signature.country;
}

/** A bucket key that names a country: neither 'unknown', 'unrecognised' nor empty. */
export function namesCountry(code: string): boolean {
  return code !== '' && code !== UNKNOWN && code !== UNRECOGNISED_COUNTRY;
}
