// The one answer to "how many countries do the signers come from?", for every document that states it.
import { namesCountry } from './country-bucket.js';

/** Countries with at least one signer. Signers who gave no country are not a country: 'unknown' (or empty) never counts,
 * nor does 'unrecognised' (a value naming no country). */
export function countriesWithSigners(signersByCountry: Iterable<readonly [string, number]>): number {
  let countries = 0;
  for (const [code, signers] of signersByCountry) if (namesCountry(code) && signers > 0) countries++;
  return countries;
}
