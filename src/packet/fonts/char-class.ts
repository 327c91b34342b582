// What kind of character a code point is, as far as font choice, shaping and line breaking care; cached per code point.

export const NEUTRAL = 1; // not a letter or mark: spaces, digits, punctuation, symbols — may stay in the current font
export const MARK = 2; // combining mark: needs the shaper to sit on its base
export const RTL = 4; // strong right-to-left (Hebrew, Arabic, …)
export const KANA = 8;
export const HANGUL = 16;
export const CJK_BREAK = 32; // a line may break before and after it (Han, Hangul syllables, kana)
export const IGNORABLE = 64; // default-ignorable (zero-width joiners, variation selectors, bidi controls) or a skin-tone modifier: never drawn as a glyph
const KNOWN = 128;
export const COMPLEX = 256; // a letter of a script that needs the shaper whatever face draws it (Indic, Thai, Lao, Myanmar, Khmer, Sinhala)

const LETTER = /\p{L}/u;
const MARK_PATTERN = /\p{M}/u;
const HAN = /\p{Script=Han}/u;
// Skin-tone modifiers too: no face here has them (nor the ligatures they form), so drawn they would be a box after
// the emoji; left out, the emoji prints in its default tone.
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}|\p{Emoji_Modifier}/u;

const cache = new Uint16Array(0x110000);

function isComplexScript(cp: number): boolean {
  return (cp >= 0x0900 && cp <= 0x0eff) || (cp >= 0x1000 && cp <= 0x109f) || (cp >= 0x1780 && cp <= 0x17ff)
    || (cp >= 0xa8e0 && cp <= 0xa8ff) || (cp >= 0x1cd0 && cp <= 0x1cff);
}

function isRtl(cp: number): boolean {
  return (cp >= 0x0590 && cp <= 0x08ff) || (cp >= 0xfb1d && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe)
    || (cp >= 0x10800 && cp <= 0x10fff) || (cp >= 0x1e800 && cp <= 0x1efff);
}

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let flags = 0;
  if (DEFAULT_IGNORABLE.test(ch)) flags |= IGNORABLE;
  if (MARK_PATTERN.test(ch)) flags |= MARK;
  else if (!LETTER.test(ch)) flags |= NEUTRAL;
  // Letters only: Arabic digits and punctuation are weak in the bidi sense and stay neutral.
  if (isRtl(cp) && !(flags & NEUTRAL)) flags |= RTL;
  const kana = (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0xff66 && cp <= 0xff9f);
  const hangul = (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xa960 && cp <= 0xa97f)
    || (cp >= 0xac00 && cp <= 0xd7ff);
  if (kana) flags |= KANA;
  if (hangul) flags |= HANGUL;
  if (kana || hangul || HAN.test(ch)) flags |= CJK_BREAK;
  if (isComplexScript(cp)) flags |= COMPLEX;
  return flags | KNOWN;
}

/** The class flags of one code point (a bit set of the constants above). */
export function charClass(cp: number): number {
  const known = cache[cp];
  if (known) return known;
  const flags = classify(cp);
  cache[cp] = flags;
  return flags;
}

/** Control characters (tabs, line breaks) are drawn as spaces: a cell is one line of text. */
export function isControl(cp: number): boolean {
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}
