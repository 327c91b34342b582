// Text from a file (a cell, a header, a file name) placed inside one line of a message: every character that ends
// or moves a line is shown as a symbol, so a cell holding "\nAll rows read cleanly." cannot print a line of its own.

/** LF, CR, TAB, VT, FF, NEL (U+0085) and the Unicode line and paragraph separators. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** The control pictures for the C0 ones (LF → ␊, CR → ␍, TAB → ␉), the code point for the others (<U+2028>). */
function picture(ch: string): string {
  const code = ch.codePointAt(0) as number;
  return code < 0x20 ? String.fromCodePoint(0x2400 + code) : `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

export function withoutLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, picture);
}
