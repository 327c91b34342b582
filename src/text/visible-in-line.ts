// Text from a file (a cell, a header, a file name) placed inside one line of a message: every character that ends or
// moves a line is shown as a symbol, so a cell holding "\nAll rows read cleanly." cannot print a line of its own; and
// every character that prints nothing or passes for a plain space is shown by its code point, so a file named
// "signatures.pdf<U+200B>" or "letter.pdf<U+00A0>" cannot pass for the listed file it imitates.

/** LF, CR, TAB, VT, FF, NEL (U+0085) and the Unicode line and paragraph separators. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * What prints nothing or passes for a space: the other controls (Cc), format characters (Cf: zero-width space and
 * joiners, word joiner, BOM, soft hyphen, bidi marks, tags), every space but U+0020 (NBSP, en and em spaces,
 * ideographic space…), and the letters that draw as blanks (Hangul fillers, braille blank, combining grapheme joiner).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\u034F\u115F\u1160\u2800\u3164\uFFA0]/gu;

/** The control pictures for the C0 ones (LF → ␊, CR → ␍, TAB → ␉) and DEL, the code point for the others (<U+2028>). */
function picture(ch: string): string {
  const code = ch.codePointAt(0) as number;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '␡';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

export function visibleInLine(text: string): string {
  return text.replace(LINE_BREAKS, picture).replace(INVISIBLE, (ch) => (ch === ' ' ? ch : picture(ch)));
}
