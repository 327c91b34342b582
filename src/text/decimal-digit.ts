// The value of a decimal digit of any script: Unicode puts each script's digits in a run of ten from zero, and the
// mathematical digits in five runs back to back, hence the walk back to the run's start and the modulo. Every reader of
// digits outside 0-9 (the name screens, verify's footer reader, the place and postcode cells of the list) uses it: a
// copy that stopped its walk after ten read the mathematical digits 𝟏𝟐 as 0.
const DECIMAL_DIGIT = /\p{Nd}/u;

/** The value 0–9 of the decimal digit at code point `code` (one \p{Nd} character). */
export function decimalDigitValue(code: number): number {
  let runStart = code;
  while (code - runStart < 60 && DECIMAL_DIGIT.test(String.fromCodePoint(runStart - 1))) runStart--;
  return (code - runStart) % 10;
}

// Digits of other numeral systems (١٢, ۱۲, १२, ๑๒, １２, 𝟏𝟐), circled and superscript ones (①②, ¹²) and Chinese or
// Japanese numerals before a house-number word (八十八号, 三丁目) are read as 0-9, so a house number or a postcode reads
// as one in any writing.
const CIRCLED_DIGIT = /[\u2460-\u2468\u2474-\u247c\u2488-\u2490\u2776-\u277e\u2780-\u2788\u278a-\u2792]/gu;
const CIRCLED_STARTS = [0x2460, 0x2474, 0x2488, 0x2776, 0x2780, 0x278a];
const SUPER_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉';
const CJK_HOUSE_NUMBER = /[〇零一二三四五六七八九十百千两兩]+(?=号|號|番地|丁目|番|弄|巷|路)/gu;
const OTHER_SYSTEM_DIGIT = /(?![0-9])\p{Nd}/gu;

/** The text with every digit written 0-9, to be read (not printed). */
export function withDigitsFolded(text: string): string {
  return text
    .replace(OTHER_SYSTEM_DIGIT, (digit) => String(decimalDigitValue(digit.codePointAt(0) ?? 0)))
    .replace(CIRCLED_DIGIT, (digit) => {
      const code = digit.codePointAt(0) ?? 0;
      const start = CIRCLED_STARTS.filter((each) => each <= code).pop() ?? code;
      return String((code - start + 1) % 10);
    })
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉]/gu, (digit) => String(SUPER_DIGITS.indexOf(digit) % 10))
    .replace(CJK_HOUSE_NUMBER, (numeral) => '1'.repeat(numeral.length));
}
