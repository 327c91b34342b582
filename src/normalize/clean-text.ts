// cleanText: the one pass every cell goes through: NFC with the compatibility forms typed for plain ones folded, invisible and bidi controls removed, marks without a letter dropped, stacked marks limited, whitespace collapsed.
import { AdaptiveMemo } from './adaptive-memo.js';

/** Already clean: printable ASCII words separated by single spaces (the common case, returned untouched). */
const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * Characters that print as nothing but change comparison or display: every Unicode Default_Ignorable_Code_Point
 * (zero-width space/joiners, LRM/RLM, bidi embeddings, overrides and isolates, word joiner, BOM, soft hyphen, the
 * Hangul fillers U+115F/U+1160/U+3164/U+FFA0, the combining grapheme joiner, tag characters, invisible operators,
 * Khmer inherent vowels), plus the C0/C1 control characters that are not whitespace. Variation selectors stay: they
 * pick a glyph of the letter before them (a Japanese name's kanji form), and alone they are no letter anyway.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /(?![\u180B-\u180D\u180F\uFE00-\uFE0F\u{E0100}-\u{E01EF}])\p{Default_Ignorable_Code_Point}|[\u061C\u180E\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]/gu;
/**
 * A Hangul filler between two letters or digits stands where a space was typed ("Jane\u3164Doe", "김\u3164철수"): a
 * space, not nothing, or one name becomes another. Beside a conjoining or compatibility jamo it is part of a syllable
 * typed as jamo, and is left to INVISIBLE.
 */
const JAMO = '\u1100-\u11FF\u3131-\u318E\uFFA1-\uFFDC';
const FILLER_AS_SPACE = new RegExp(`(?<=[\\p{L}\\p{N}]\\p{M}*)(?<![${JAMO}])[\u115F\u1160\u3164\uFFA0]+(?![${JAMO}])(?=[\\p{L}\\p{N}])`, 'gu');
/**
 * A zero-width space between a small letter and a capital ("Jane\u200BRoe") stands where a space was meant, as a
 * filler does: removed, two words became one name ("JaneRoe"). Inside a word ("Ma\u200Bria") it is removed.
 */
const ZERO_WIDTH_AS_SPACE = /(?<=\p{Ll}\p{M}*)\u200B+(?=\p{Lu})/gu;
/**
 * A control character between a small letter and a capital ("Anna\x1BBerg", an escape pasted from a terminal) stands
 * where a space was, as a zero-width space does: removed, two words became one name (outside tester Q, L9). Inside a
 * word ("Ann\x00a") and elsewhere it goes (INVISIBLE).
 */
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const CONTROL_AS_SPACE = /(?<=\p{Ll}\p{M}*)[\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]+(?=\p{Lu})/gu;
/**
 * Accents and other combining marks of the Latin, Greek and Cyrillic blocks after a Hangul syllable, a Han character or
 * kana: no word of those scripts takes them ("김̀́̂민준", outside tester Q, L9), so they go. The marks these scripts
 * use (kana voicing marks, Hangul tone marks) are in other blocks and stay.
 */
// eslint-disable-next-line no-misleading-character-class -- a class of combining marks alone, taken off the letter before them
const FOREIGN_MARKS_ON_CJK = /(?<=[\p{sc=Hangul}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]+/gu;
/**
 * Marks stacked on one letter beyond this many are dropped. Unicode's Stream-Safe Text Format allows 30; real names
 * need at most three or four (Vietnamese two, a Tibetan stack three), while 150 marks draw a bar through the rows
 * under the name and 200 acute accents draw over the title of the page.
 */
export const MAX_STACKED_MARKS = 4;
const STACKED_MARKS = new RegExp(`(\\p{M}{${MAX_STACKED_MARKS}})\\p{M}+`, 'gu');
/**
 * Marks with no letter to sit on: at the start of a cell or of a word (outside tester O, F10). A renderer draws each
 * on a dotted circle, and 90 Thai marks before "Thai" drew a column of them over the row number. No word of any script
 * starts with a mark, so they go; a mark after a letter stays (limited by STACKED_MARKS).
 */
const BASELESS_MARKS = /(^|\s)\p{M}+/gu;
const WHITESPACE_RUN = /[\s\x85]+/g;
/**
 * The compatibility characters folded (by NFKC, one at a time): forms a keyboard, an input method or a platform
 * types in place of the plain letter: full-width and half-width forms (Ｊｏｈｎ, ﾔﾏﾀﾞ, the ideographic space), the
 * compatibility jamo a Korean keyboard types (ㅇ, as NFKC makes them conjoining), Latin ligatures and styled
 * mathematical letters (𝐉𝐨𝐡𝐧), and the small, vertical and CJK compatibility forms of punctuation (﹫ is @: the
 * at sign of an address cut from a name is cut with it, outside tester Q, L3). Never the others: NFKC of the whole text turned ¼ into 1⁄4, ² into 2, ™ into TM
 * and ① into 1, changing what a signer wrote (and turning mojibake such as Ã¼ into something harder to recognise).
 * A half-width katakana's voicing mark (ﾞ, ﾟ) is taken with the letter before it so that the two compose.
 */
const COMPATIBILITY_FORMS = /[\uFF61-\uFF9D][\uFF9E\uFF9F]?|[\u3000\u3131-\u318E\uFB00-\uFB06\uFE10-\uFE19\uFE30-\uFE4F\uFE50-\uFE6B\uFF01-\uFF60\uFF9E-\uFFEE\u{1D400}-\u{1D7FF}]/gu;

/** Compatibility forms folded and NFC (only when the text is not ASCII), invisibles removed, stacked marks limited, whitespace runs to one space, trimmed. */
export function cleanText(text: string | undefined): string {
  if (text === undefined || text === '') return '';
  if (CLEAN_ASCII.test(text)) return text;
  // Invisibles go first, so that a mark separated from its letter by one still composes with it.
  const visible = text.replace(FILLER_AS_SPACE, ' ').replace(ZERO_WIDTH_AS_SPACE, ' ').replace(CONTROL_AS_SPACE, ' ').replace(INVISIBLE, '').replace(FOREIGN_MARKS_ON_CJK, '').replace(BASELESS_MARKS, '$1').replace(STACKED_MARKS, '$1');
  const composed = NON_ASCII.test(visible) ? visible.replace(COMPATIBILITY_FORMS, (form) => form.normalize('NFKC')).normalize('NFC') : visible;
  // Folding can leave a mark with no letter: NFKC writes the full-width macron ￣ as a space and a combining macron.
  return (composed === visible ? composed : composed.replace(BASELESS_MARKS, '$1')).replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * cleanText with a memory for the cells that need more than the ASCII check (Hangul, Han, accented names):
 * a name cell repeats across rows far more often than its regular expressions and normalisation are worth redoing.
 */
export function createCleanTextMemo(limit = 50_000): (text: string | undefined) => string {
  const memo = new AdaptiveMemo(cleanText, limit);
  return (text) => (text === undefined || text === '' ? '' : CLEAN_ASCII.test(text) ? text : memo.get(text));
}
