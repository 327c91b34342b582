// Comparison keys: case, diacritics and punctuation folded away; the printed text keeps them.
import { AdaptiveMemo } from './adaptive-memo.js';
import { confusableSkeleton } from './confusable-skeleton.js';

const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ı: 'i', þ: 'th', ð: 'd',
};
const EXTRA_FOLD_PATTERN = /[ßẞøØłŁđĐæÆœŒıþð]/g;
const MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]+/g;

/**
 * Folds a string for comparison: a word mixing Latin, Cyrillic and Greek lookalikes read in one script ("Аnna" with a
 * Cyrillic А is "anna": the trick must not make one signer two), NFD, marks stripped, ß ø ł đ æ spelled out, lower
 * case, punctuation to single spaces.
 */
export function foldText(text: string): string {
  const ascii = foldAscii(text);
  if (ascii !== null) return ascii;
  return confusableSkeleton(text)
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (ch) => EXTRA_FOLDS[ch] ?? ch)
    .toLowerCase()
    .normalize('NFC')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}

/** A name key equal for either name order: folded tokens, sorted. */
export function orderFreeNameKey(name: string): string {
  return orderFreeKeyOfFolded(foldText(name));
}

/** The same fold for pure-ASCII text without the Unicode passes (most rows of a large export); null when not ASCII. */
function foldAscii(text: string): string | null {
  let upper = false;
  let separators = false;
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return null;
    if (code >= 97 && code <= 122) {
      previousSpace = false;
    } else if (code >= 65 && code <= 90) {
      upper = true;
      previousSpace = false;
    } else if (code >= 48 && code <= 57) {
      previousSpace = false;
    } else {
      // A single space between words can stay; anything else (or a leading, trailing or doubled space) is rewritten.
      if (code !== 32 || previousSpace) separators = true;
      previousSpace = true;
    }
  }
  if (previousSpace && text.length > 0) separators = true;
  // Native lower-casing and replacing keep the result a flat string, cheap to hash and split later.
  const lower = upper ? text.toLowerCase() : text;
  return separators ? lower.replace(NOT_ASCII_ALPHANUMERIC, ' ').trim() : lower;
}

/** An order-free key from text that is already folded (foldText output): tokens sorted. */
export function orderFreeKeyOfFolded(folded: string): string {
  const space = folded.indexOf(' ');
  if (space < 0) return folded;
  if (folded.indexOf(' ', space + 1) < 0) {
    // Two words, the usual name: compare them instead of splitting and sorting.
    const first = folded.slice(0, space);
    const second = folded.slice(space + 1);
    return first <= second ? folded : `${second} ${first}`;
  }
  return folded.split(' ').sort().join(' ');
}

/**
 * What the exact rules compare of a name: its order-free key without the spaces between its words. A space that
 * is missing or invisible (a zero-width space or word joiner where the space was, removed by cleanText) must not
 * make "KimMinjun" another person than "Kim Minjun"; `nameKey` itself keeps its spaces, since signer keys in the
 * delivery ledger are made from it.
 */
export function nameMatchKey(nameKey: string): string {
  return nameKey.includes(' ') ? nameKey.replaceAll(' ', '') : nameKey;
}

/** orderFreeKeyOfFolded of two folded parts joined by a space (given and family name), without building the join first. */
export function orderFreeKeyOfParts(first: string, second: string): string {
  if (first === '') return orderFreeKeyOfFolded(second);
  if (second === '') return orderFreeKeyOfFolded(first);
  if (first.includes(' ') || second.includes(' ')) return orderFreeKeyOfFolded(`${first} ${second}`);
  return first <= second ? `${first} ${second}` : `${second} ${first}`;
}

/**
 * foldText with a memory, for values that repeat across rows (given names, family names, cities).
 * The memory is dropped when it reaches `limit` entries, so a file of unique junk cannot grow it without bound.
 */
export function createFoldMemo(limit = 50_000): (text: string) => string {
  const memo = new AdaptiveMemo(foldText, limit);
  return (text: string): string => {
    // ASCII folds faster than a Map can hash the text; only the Unicode path is worth remembering.
    const ascii = foldAscii(text);
    return ascii !== null ? ascii : memo.get(text);
  };
}
