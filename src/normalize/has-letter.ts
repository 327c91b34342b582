// hasLetter: whether a name holds at least one visible letter of any script (not only digits, punctuation, symbols
// or letters that print as nothing, such as the Hangul fillers U+3164 and U+FFA0).

const VISIBLE_LETTER = /(?!\p{Default_Ignorable_Code_Point})\p{L}/u;

export function hasLetter(text: string): boolean {
  return VISIBLE_LETTER.test(text);
}
