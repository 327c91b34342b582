// The comparison form of a column header: folded (width, look-alike letters, case, accents, punctuation) with the
// spaces squeezed out.
import { foldText } from '../normalize/fold.js';

/**
 * Cyrillic and Greek letters drawn like Latin ones: a header typed with the wrong keyboard layout for one letter
 * ("Аnonymous" with a Cyrillic А) reads as the Latin word it looks like. Only inside a word that also has Latin
 * letters, so a real Russian or Greek header ("Имя", "Όνομα") is left as it is.
 */
const LATIN_LOOK_ALIKES: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S', Ү: 'Y',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ӏ: 'l',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o', ν: 'v',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LATIN_LOOK_ALIKES).join('')}]`, 'gu');
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /[A-Za-z]/;
const NOT_ASCII = /[^ -~\t\r\n]/;

/**
 * A header as the tool compares it: NFKC first, so letters typed with a CJK input method left in full-width mode
 * ("Ａｎｏｎｙｍｏｕｓ", "Ｅｍａｉｌ") or other compatibility forms are the plain letters they stand for; then
 * look-alike letters in a Latin word are read as Latin (LATIN_LOOK_ALIKES).
 */
export function plainHeader(header: string): string {
  // ASCII is its own NFKC form and has no look-alikes: most headers (and the cells repeated-header checks) stop here.
  if (!NOT_ASCII.test(header)) return header;
  return header.normalize('NFKC').replace(WORD, (word) => (LATIN.test(word) ? word.replace(LOOK_ALIKE, (ch) => LATIN_LOOK_ALIKES[ch] ?? ch) : word));
}

/** "E-Mail-Adresse", "email_address" and "EmailAddress" all become "emailadresse"/"emailaddress": one key per spelling family. */
export function headerKey(header: string): string {
  return foldText(plainHeader(header)).replaceAll(' ', '');
}

/** The folded words of a header, for finding a known phrase inside a longer question ("Your email address (required)"). */
export function headerWords(header: string): string[] {
  const folded = foldText(plainHeader(header));
  return folded ? folded.split(' ') : [];
}
