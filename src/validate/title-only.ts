// A name cell of only a title, an honorific or a word for a family ("Mr.", "Herr", "씨", "様", "先生", "The Family",
// "Mr. & Mrs."): the form of address was typed and the name left out (verifyR2 F16). Counted, it was printed as a
// signer's name in the official's list, and "Mr. & Mrs." was two people counted as one nobody.
import { lowerWithoutAccents } from '../text/without-accents.js';

/** Titles, honorifics and family words, folded (lower case, without accents and the abbreviation's dot). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'dr', 'prof', 'professor', 'rev', 'revd', 'reverend', 'sir', 'madam', 'madame', 'mme', 'mmes',
  'mlle', 'mademoiselle', 'monsieur', 'm', 'herr', 'frau', 'fraulein', 'hr', 'fr', 'sr', 'sra', 'srta', 'sres', 'srs', 'senor', 'senora',
  'senorita', 'senhor', 'senhora', 'sig', 'sigra', 'signor', 'signora', 'signorina',
  'family', 'household', 'familie', 'fam', 'famille', 'familia', 'famiglia',
  'господин', 'госпожа', 'г-н', 'г-жа', 'товарищ', 'семья', 'κ', 'κος', 'κα', 'κυριος', 'κυρια', 'οικογενεια',
  '씨', '님', '선생', '선생님', '여사', '여사님', '귀하', '가족', '고객님', '회원님',
  '様', 'さま', '殿', '先生', 'さん', '氏', '一家', '家族', '女士', '小姐', '太太', '老师', '老師', '家人', '全家', '夫人',
]);
/** Words that join titles ("Mr. & Mrs.", "Herr und Frau", "The Family"): no name by themselves. */
const JOINING = new Set(['and', 'und', 'y', 'e', 'et', 'the', 'die', 'der', 'la', 'el', 'le', 'les', 'los', 'las', 'и', 'και']);
const BREAK = /[\s.,;:&+/()]+/u;
const ONE_LETTER = /^\p{L}$/u;
/** Longer text holds more than a title (or is another check's business). */
const MAX_LENGTH = 40;

/**
 * Whether the name is only titles and joining words, with at most one-letter initials beside a title of two letters
 * or more ("Mr X.": no name; "M. K." may be a signer's initials and stays).
 */
export function isTitleOnly(name: string): boolean {
  if (name === '' || name.length > MAX_LENGTH) return false;
  const words = lowerWithoutAccents(name).split(BREAK);
  let longTitle = false;
  let title = false;
  let initial = false;
  for (const word of words) {
    if (word === '') continue;
    if (TITLES.has(word)) {
      title = true;
      if ([...word].length > 1) longTitle = true;
    } else if (ONE_LETTER.test(word)) initial = true;
    else if (!JOINING.has(word)) return false;
  }
  return title && (!initial || longTitle);
}
