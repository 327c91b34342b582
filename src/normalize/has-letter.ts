// hasLetter: whether a name holds at least one letter of any script (not only digits, punctuation or symbols).

const LETTER = /\p{L}/u;

export function hasLetter(text: string): boolean {
  return LETTER.test(text);
}
