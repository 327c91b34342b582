// The last check before a signer's name and place reach a delivery document. The normalizer cuts contact data out of
// name and place cells by reading what a name or a town is; whatever that reading misses must still never be printed.
// So a name that holds a digit, an at sign or a web address is not printed (the signer is counted and listed as
// anonymous), and of a city or region cell only the place it names is printed (blank when it names none: a street, a
// person it is sent to), each said with its file, row and column.
import type { Problem, Signature } from '../types.js';
import type { ListEntry } from './signature-list/list-types.js';
import { printedPlace } from '../normalize/printed-place.js';
import { hasLostLetters } from '../normalize/lost-letters.js';
import { withDigitsFolded } from '../text/decimal-digit.js';
import { readsAsPostcode } from '../normalize/contact-in-place.js';
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';

/** A digit in any script, an at sign (full-width too), or the marks of a web address. */
const NOT_PRINTABLE_IN_NAME = /[\p{Nd}@＠]|:\/\/|(?:^|\s)www\.|[\p{L}\p{N}]\.[\p{L}]{2,}\//u;

/** Whether a name may be printed: it holds no digit, no at sign and no web address. */
export function nameIsPrintable(name: string): boolean {
  return !NOT_PRINTABLE_IN_NAME.test(name);
}

/** Places already read: a list of a million signers names a few thousand towns. Bounded, for a list of odd cells. */
const placesRead = new Map<string, string>();
const PLACES_REMEMBERED = 50_000;

/** What of a city or region cell is printed: the place it names, or '' when it names none (see printedPlace). */
export function placeToPrint(column: 'city' | 'region', place: string): string {
  if (place === '') return '';
  const key = `${column}\u0000${place}`;
  const known = placesRead.get(key);
  if (known !== undefined) return known;
  const printed = printedPlace(column, place);
  if (placesRead.size < PLACES_REMEMBERED) placesRead.set(key, printed);
  return printed;
}

/** Circled and superscript digits (①②, ¹²) number flats and lots in addresses; no postcode is written with them. */
const ADDRESS_DIGIT = /[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉]/u;
/** Any digit outside 0-9 (Arabic-Indic, Devanagari, full-width…), or a circled or superscript one. */
const DIGIT_OUTSIDE_ASCII = new RegExp(`(?![0-9])\\p{Nd}|${ADDRESS_DIGIT.source}`, 'u');

/**
 * What of a postcode cell is printed. One written with digits of another script is printed in 0-9 when it is digits
 * alone ("١٠١١٥" → "10115"); with a street beside it ("Dlouhá ٥") nothing is, and circled digits end it ("10115 ①②" →
 * "10115"). The normalizer reads 0-9 only, so these came through as written; a postcode in 0-9 is printed as it is.
 */
export function postcodeToPrint(postcode: string): string {
  // A street and its number ("STORGATA 5") is no postcode, whatever the normalizer let through.
  if (!DIGIT_OUTSIDE_ASCII.test(postcode)) return /\d/u.test(postcode) && !readsAsPostcode(postcode) ? '' : postcode;
  const beforeAddress = postcode.split(ADDRESS_DIGIT)[0] ?? '';
  const folded = withDigitsFolded(beforeAddress).trim();
  return /^\d[\d\s-]*$/u.test(folded) ? folded.replace(/[\s-]+$/u, '') : '';
}

/**
 * The entry made safe to print, and what was held back: a name that is not printable makes the signer anonymous in
 * the list (counted, not named); a city or region that is not printable is blanked. The entry is changed in place.
 */
export function heldBackForPrint(entry: ListEntry, signature: Pick<Signature, 'source' | 'row' | 'line'>): Problem[] {
  const problems: Problem[] = [];
  const say = (column: string, code: string, text: ReturnType<typeof msg>) => {
    problems.push(withText({ source: signature.source, row: signature.row, line: signature.line, column, code, message: english().say(text) }, text));
  };
  if (!entry.anonymous && !nameIsPrintable(entry.name)) {
    entry.anonymous = true;
    say('name', 'name_not_printed', msg('packet.name-not-printed'));
  }
  // "Nguy?n V?n An", "Jos� Pe�a": letters the file lost; printed so the name is defaced, and nobody can restore it here.
  if (!entry.anonymous && hasLostLetters(entry.name)) {
    entry.anonymous = true;
    say('name', 'name_letters_lost', msg('packet.name-letters-lost'));
  }
  for (const column of ['city', 'region'] as const) {
    if (entry.anonymous) continue;
    const printed = placeToPrint(column, entry[column]);
    if (printed === entry[column]) continue;
    entry[column] = printed;
    if (printed === '') say(column, 'place_not_printed', msg('packet.place-not-printed', { column }));
    else say(column, 'place_part_printed', msg('packet.place-part-printed', { column, place: printed }));
  }
  const postcode = entry.anonymous ? entry.postcode : postcodeToPrint(entry.postcode);
  if (postcode !== entry.postcode) {
    // Written in another script's digits alone, the postcode is the same one: printed in 0-9 without a word.
    const sameDigits = postcode === withDigitsFolded(entry.postcode).trim();
    entry.postcode = postcode;
    if (sameDigits) return problems;
    if (postcode === '') say('postcode', 'place_not_printed', msg('packet.place-not-printed', { column: 'postcode' }));
    else say('postcode', 'place_part_printed', msg('packet.place-part-printed', { column: 'postcode', place: postcode }));
  }
  return problems;
}
