// Whether what is printed as a name could be a person's name at all, for the household rule (verifyR2 F1): a second
// person on one email is told by a clearly different given name, and words that name nobody ("북한 가족 때문에" left of
// a note, "Secret signer", "Someone who cares") are no given name. Such a row is never a household's other person;
// it stays merged by its email with the named row.
import { FAMILY_PARTICLES } from './split-name.js';

/** A Korean name is one word, or a family name and a given name: three Hangul words are a phrase. */
const MAX_HANGUL_WORDS = 2;
/** "María José García de la Fuente": more words than this are a sentence. */
const MAX_WORDS = 6;
const HANGUL_WORD = /^\p{Script=Hangul}+$/u;
/** A word typed in lower case only, of three letters or more. */
const LOWER_WORD = /^\p{Ll}{3,}$/u;

/** What no implausible name lacks: a digit of any script (U+0967, U+0A6F), a third word, or a word after the first that starts with no capital A–Z. */
const MAY_BE_IMPLAUSIBLE = /\p{Nd}|\s\S+\s|\s[^\sA-Z]/u;

export function isPlausiblePersonName(name: string): boolean {
  if (!MAY_BE_IMPLAUSIBLE.test(name.trim())) return true;
  const words = name.trim().split(/\s+/u);
  if (words.length > MAX_WORDS || /\p{Nd}/u.test(name)) return false;
  if (words.filter((word) => HANGUL_WORD.test(word)).length > MAX_HANGUL_WORDS) return false;
  // "Secret signer", "Someone who cares": a capitalised word, then words in lower case that are no particle of a
  // family name. A name typed all in lower case ("anna rossi") is a name.
  if (!/\p{Lu}/u.test(words[0])) return true;
  return !words.slice(1).some((word) => LOWER_WORD.test(word) && !FAMILY_PARTICLES.has(word));
}
