// The one answer to "how many countries do the signers come from?", for every document that states it.
import { namesCountry } from './country-bucket.js';

/** Countries with at least one signer. Signers who gave no country are not a country: 'unknown' (or empty) never counts,
 * nor does 'unrecognised' (a value naming no country). */
export function countriesWithSigners(signersByCountry: Iterable<readonly [string, number]>): number {
  let countries = 0;
  for (const [code, signers] of signersByCountry) if (namesCountry(code) && signers > 0) countries++;
  return countries;
}

/**
 * Whether "from a single country" may be said: one country, and every signer gave it. With signers who gave none
 * (6 of 10 without a country), one known country says nothing of where the others are from.
 */
export function fromOneCountry(signersByCountry: Iterable<readonly [string, number]>): boolean {
  const signers = [...signersByCountry].filter(([, count]) => count > 0);
  return countriesWithSigners(signers) === 1 && signers.every(([code]) => namesCountry(code));
}

/**
 * The one country every signer is from, when a document may name it to its readers (`fewest`: fewestSignersNamed):
 * "signed by 12 people from South Korea", not "from 1 country or territory". Null when the signers come from more
 * countries, when some gave none, or when the country has too few signers to be named.
 */
export function onlyCountryOf(signersByCountry: Iterable<readonly [string, number]>, fewest: number): string | null {
  let only: string | null = null;
  for (const [code, signers] of signersByCountry) {
    if (signers <= 0) continue;
    if (!namesCountry(code) || only !== null) return null;
    if (signers < fewest) return null;
    only = code;
  }
  return only;
}
