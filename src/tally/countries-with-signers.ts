// The one answer to "how many countries do the signers come from?", for every document that states it.
import { UNKNOWN } from '../dedupe/match-table.js';

/** Countries with at least one signer. Signers who gave no country are not a country: 'unknown' (or empty) never counts. */
export function countriesWithSigners(signersByCountry: Iterable<readonly [string, number]>): number {
  let countries = 0;
  for (const [code, signers] of signersByCountry) if (code !== '' && code !== UNKNOWN && signers > 0) countries++;
  return countries;
}
