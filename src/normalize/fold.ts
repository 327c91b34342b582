// Comparison keys: case, diacritics and punctuation folded away; the printed text keeps them.

const EXTRA_FOLDS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ı: 'i', þ: 'th', ð: 'd',
};
const EXTRA_FOLD_PATTERN = /[ßẞøØłŁđĐæÆœŒıþð]/g;
const MARKS = /\p{M}+/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** Folds a string for comparison: NFD, marks stripped, ß ø ł đ æ spelled out, lower case, punctuation to single spaces. */
export function foldText(text: string): string {
  return text
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
  const folded = foldText(name);
  if (!folded) return '';
  return folded.split(' ').sort().join(' ');
}
