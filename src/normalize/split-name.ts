// splitName: the printed name, its given and family parts, and the order they are written in.
import { isEastAsianName, splitFamilyFirst } from './east-asian-name.js';

export type NameOrder = 'given-family' | 'family-given';

export interface NameParts {
  /** The printed name, as the signer wrote it (or built from the parts). */
  name: string;
  given: string;
  family: string;
  nameOrder: NameOrder;
}

/** Hangul Jamo (U+1100) is the lowest code point an East Asian name can start with; below it, skip the regex. */
const FIRST_EAST_ASIAN = 0x1100;
/** Lower-case particles that belong to the family name that follows them ("van der Berg", "de la Cruz"). */
export const FAMILY_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'la', 'le', 'du', 'da', 'di', 'dos', 'das', 'do', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'zu', "d'",
]);
const UPPER_WORD = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
const HAS_LOWER = /\p{Ll}/u;

/**
 * Reads the name cells of one row (already cleaned). Given and family cells win when present; a full-name cell
 * alone is split: Hangul/Han/kana names family first; "Family, Given"; a family name written in capitals
 * ("PARK Min-jun", "Jean DUPONT"); otherwise the last word with its particles is the family name.
 */
export function splitName(fullName: string, givenCell = '', familyCell = ''): NameParts {
  // "Mark Marford" typed whole into the first-name box (or the last-name box), the other left empty: a full name.
  const wholeNameInOneCell = !fullName && (givenCell ? !familyCell && givenCell.includes(' ') : familyCell.includes(' '));
  if (wholeNameInOneCell) return splitName(givenCell || familyCell);
  if (givenCell || familyCell) return fromParts(fullName, givenCell, familyCell);
  if (!fullName) return { name: '', given: '', family: '', nameOrder: 'given-family' };
  if (fullName.charCodeAt(0) >= FIRST_EAST_ASIAN && isEastAsianName(fullName)) {
    return { name: fullName, ...splitFamilyFirst(fullName), nameOrder: 'family-given' };
  }
  const comma = fullName.indexOf(',');
  if (comma > 0 && comma === fullName.lastIndexOf(',')) {
    const family = fullName.slice(0, comma).trim();
    const given = fullName.slice(comma + 1).trim();
    if (family && given) return { name: fullName, given, family, nameOrder: 'family-given' };
  }
  return splitWords(fullName);
}

function fromParts(fullName: string, given: string, family: string): NameParts {
  const eastAsian = isEastAsianName(family || given) && isEastAsianName(given || family);
  if (eastAsian) {
    // 박민준, 山田太郎: family and given are written together, family first.
    return { name: fullName || family + given, given, family, nameOrder: 'family-given' };
  }
  const name = fullName || (given && family ? `${given} ${family}` : given || family);
  return { name, given, family, nameOrder: 'given-family' };
}

function splitWords(fullName: string): NameParts {
  const lastSpace = fullName.lastIndexOf(' ');
  if (lastSpace < 0) return initialsOf(fullName) ?? { name: fullName, given: fullName, family: '', nameOrder: 'given-family' };
  const firstSpace = fullName.indexOf(' ');
  if (startsWithCapitalWord(fullName, firstSpace) && !UPPER_WORD.test(fullName.slice(lastSpace + 1)) && HAS_LOWER.test(fullName)) {
    return { name: fullName, family: fullName.slice(0, firstSpace), given: fullName.slice(firstSpace + 1), nameOrder: 'family-given' };
  }
  let familyStart = lastSpace;
  // Particles before the last word join the family name, but the first word stays the given name.
  while (familyStart > firstSpace) {
    const previousSpace = fullName.lastIndexOf(' ', familyStart - 1);
    if (!FAMILY_PARTICLES.has(fullName.slice(previousSpace + 1, familyStart))) break;
    familyStart = previousSpace;
  }
  return { name: fullName, given: fullName.slice(0, familyStart), family: fullName.slice(familyStart + 1), nameOrder: 'given-family' };
}

/** Initials typed without spaces: "K.N.", "K.N", "J.R.R." (Latin letters between full stops), or "FD", "KN" (two or three capitals, no vowel). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){1,3}\p{Lu}\.?$/u;
const CAPITAL_INITIALS = /^[B-DF-HJ-NP-TV-XZ]{2,3}$/u;

/**
 * A one-word name that is initials ("K.N.", "FD") read as "K. N.": a given initial and a family one, so that beside
 * "Kari Nordmann" on the same email it is her initial, not a clearly different given name, and no household is
 * made of one person (verifyQ H2). Spaced initials ("V. N.") were read so already.
 */
function initialsOf(word: string): NameParts | null {
  if (!DOTTED_INITIALS.test(word) && !CAPITAL_INITIALS.test(word)) return null;
  const letters = word.replace(/\./gu, '');
  return { name: word, given: letters.slice(0, -1).split('').join(' '), family: letters.slice(-1), nameOrder: 'given-family' };
}

/** "PARK Min-jun": the first word in capitals. A lower-case second letter (the usual case) answers without a regex. */
function startsWithCapitalWord(fullName: string, firstSpace: number): boolean {
  const second = fullName.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return UPPER_WORD.test(fullName.slice(0, firstSpace));
}
