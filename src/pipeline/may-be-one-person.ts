// Whether a household's other person on one email may be the signer who asked for anonymity there: for hiding only,
// where privacy wins. The exact rules keep a clearly different given name on one email as a second person, and they
// are right to count two ("Anna Berg" and "Erik Berg"); but a nickname the lists don't know ("Dima" for Dmitry), an
// English name a Korean signer also uses ("Sally Park" beside "Seo-yeon Park") or one name in two scripts is that
// person's too, and printing it prints the name they asked to withhold (verifyS2 F2).
import type { NameForm } from '../dedupe/fuzzy/name-forms.js';
import { jaroWinkler } from '../dedupe/fuzzy/jaro-winkler.js';
import { transliteratedAlike } from '../dedupe/fuzzy/transliterated-names.js';

/** One part of a name as written, with the matcher's forms of it. */
export interface WrittenPart {
  raw: string;
  form: NameForm;
}

/** Spellings of one name part this alike ("Smirnova", "Smirnowa") are one part. */
const ALIKE_PART = 0.9;

function partsAlike(a: WrittenPart, b: WrittenPart): boolean {
  if (a.form.compact === '' || b.form.compact === '') return false;
  if (a.form.canonical === b.form.canonical || a.form.compact === b.form.compact) return true;
  if (a.form.korean && b.form.korean && a.form.skeleton === b.form.skeleton) return true;
  if ((a.form.han || b.form.han) && a.form.chineseSkeleton === b.form.chineseSkeleton) return true;
  return transliteratedAlike(a.raw, b.raw) || jaroWinkler(a.form.compact, b.form.compact) >= ALIKE_PART;
}

/**
 * Whether two names on one email may be one person's: a part in common in any script or spelling (the family name,
 * whatever the given name beside it), or either name too short to tell (no name, one word). Two whole names with no
 * part in common ("Anna Berg", "Erik Lund") are two people.
 */
export function mayBeOnePerson(wish: readonly WrittenPart[], row: readonly WrittenPart[]): boolean {
  if (wish.length < 2 || row.length < 2) return true;
  return wish.some((part) => row.some((other) => partsAlike(part, other)));
}
