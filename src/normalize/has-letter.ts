// hasLetter: whether a name holds at least one visible letter of any script (not only digits, punctuation, symbols
// or letters that print as nothing, such as the Hangul fillers U+3164 and U+FFA0).

const VISIBLE_LETTER = /(?!\p{Default_Ignorable_Code_Point})\p{L}/gu;
/**
 * Letters by category that are no letter on their own (outside tester O, F10): modifier letters that lengthen, repeat
 * or mark another (Arabic tatweel ـ, N'Ko lajanyalan ߺ, Thai mai yamok ๆ, the long vowel mark ー, the iteration marks 々
 * and ゝ, the ʻokina, Mongolian todo long vowel), and the abbreviation and dot marks Unicode files as other letters
 * (Thai ฯ, Lao ຯ, the sinological dot ꞏ), and letters that print as punctuation: the click letters ǀ ǁ ǂ ǃ (a bar, a
 * double bar, a crossed bar, "!") and the Canadian syllabics finals ᐧ ᐨ ᐩ (a middle dot, a dash, a plus; verifyR2 F16).
 * A name of them alone is a dash on the list. A modifier letter that is a
 * letter written small (ᴬ, ⁿ: its compatibility form is a letter) still counts.
 */
const LETTER_ONLY_BESIDE_ANOTHER = /^(?:\p{Lm}|[\u0E2F\u0EAF\uA78F\u01C0-\u01C3\u1427-\u1429])$/u;

/**
/**
 * Letters of the scripts most names are written in (Latin, Latin-1's accented letters, Greek, Cyrillic, Hangul
 * syllables, kana, the first CJK block): every one of them is a visible letter that stands alone, so one of them
 * settles the answer without walking the name's letters (that walk was a thirtieth of count --exact).
 */
export const COMMON_LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0391-\u03A1\u03A3-\u03A9\u03B1-\u03C9\u0410-\u044F\u3041-\u3096\u30A1-\u30FA\u4E00-\u9FA5\uAC00-\uD7A3]/;

/**
 * The phonetic letters emoticons draw faces with ("( ° ʖ °)", "ʕ•ᴥ•ʔ", "ʘ‿ʘ"), from the IPA and phonetic extension blocks
 * (outside tester Q, L9). Each stands alone between symbols there; in a name written in them (small capitals ᴊᴏʜɴ,
 * Ewe's ɔ and ɛ) letters stand together, so a text whose letters are all these, none beside another, has no letter.
 */
const FACE_LETTER = /^[\u0250-\u02AF\u1D00-\u1DBF]$/u;
const LETTER_BESIDE_LETTER = /\p{L}\p{M}*\p{L}/u;

export function hasLetter(text: string): boolean {
  if (COMMON_LETTER.test(text)) return true;
  return hasVisibleLetter(text);
}

/** hasLetter by walking every letter of the text (a face of phonetic letters has none). */
export function hasVisibleLetter(text: string): boolean {
  if (onlyFaceLetters(text)) return false;
  for (const [letter] of text.matchAll(VISIBLE_LETTER)) {
    if (!LETTER_ONLY_BESIDE_ANOTHER.test(letter)) return true;
    const plain = letter.normalize('NFKC');
    if (plain !== letter && [...plain].some((ch) => /\p{L}/u.test(ch) && !LETTER_ONLY_BESIDE_ANOTHER.test(ch))) return true;
  }
  return false;
}

function onlyFaceLetters(text: string): boolean {
  let any = false;
  for (const [letter] of text.matchAll(VISIBLE_LETTER)) {
    // A modifier letter that is a plain letter raised (ᴬ, ⁿ) is that letter, not a face's stroke.
    if (!FACE_LETTER.test(letter) || letter.normalize('NFKC') !== letter) return false;
    any = true;
  }
  return any && !LETTER_BESIDE_LETTER.test(text);
}
