// The one grouping rule for every part of a packet that lists signers by country (the summary and the count-only
// certificate), so the official never sees a country named in one part and folded into "Other countries" in another.
import { namesCountry } from '../../tally/country-bucket.js';
import { orderCountries } from './locale-format.js';

/** How many countries a packet names before it sums the rest into one line. */
export const NAMED_COUNTRIES = 12;

export interface CountryLines {
  /** Countries named, most signers first. */
  named: Array<readonly [code: string, signers: number]>;
  /** The countries summed into one line, or null when every country is named. */
  others: { countries: number; signers: number } | null;
  /** Values naming no country, then signers who gave none. */
  unnamed: Array<readonly [code: string, signers: number]>;
}

/**
 * The `top` countries with most signers are named, and so is every country with as many signers as the last of
 * them: a country is grouped only when each named one has more signers than it. A country with fewer than `fewest`
 * signers is grouped whatever its rank.
 */
export function countryLines(
  signersByCountry: Iterable<readonly [string, number]>, language: string, top = NAMED_COUNTRIES, fewest = 1, alsoFolded: readonly string[] = [],
): CountryLines {
  const ordered = orderCountries(signersByCountry, language);
  const known = ordered.filter(([code]) => namesCountry(code));
  let cut = Math.min(Math.max(0, top), known.length);
  while (cut > 0 && cut < known.length && known[cut][1] === known[cut - 1][1]) cut++;
  // A country with fewer than `fewest` signers is never named (fewestSignersNamed): the rest are ordered most first.
  while (cut > 0 && known[cut - 1][1] < fewest) cut--;
  let named = known.slice(0, cut);
  let rest = known.slice(cut);
  // A country folded in another table of the packet (the new signers' or the total's) is folded here too, so no
  // country can be read off by subtracting one table from the other.
  if (alsoFolded.length > 0) {
    const folded = new Set(alsoFolded);
    rest = [...rest, ...named.filter(([code]) => folded.has(code))];
    named = named.filter(([code]) => !folded.has(code));
  }
  // "Other countries (1)" is a group of one: the country with fewest signers among those named joins it.
  if (rest.length === 1 && fewest > 1 && named.length > 0) {
    rest = [...rest, named[named.length - 1]];
    named = named.slice(0, -1);
  }
  return {
    named,
    others: rest.length > 0 ? { countries: rest.length, signers: rest.reduce((sum, [, signers]) => sum + signers, 0) } : null,
    unnamed: ordered.filter(([code]) => !namesCountry(code)),
  };
}
