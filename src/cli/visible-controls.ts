// Text bound for a terminal with its control characters made visible: a cell, header or file name can hold
// ESC ] 52 (write the clipboard), ESC [ 1A ESC [ 2K (erase earlier lines), a carriage return or U+202E (reverse
// what follows), or a zero-width space. Every message goes through this on its way out (src/cli/context.ts), so no path can bypass it.

import { visibleInLine } from '../text/visible-in-line.js';

/**
 * The controls but newline and tab, the line and paragraph separators, and the format characters (bidi marks and
 * overrides, zero-width space, word joiner, BOM, soft hyphen, tags), which print nothing and so let "signatures.pdf"
 * plus a zero-width space pass for "signatures.pdf". The zero-width joiner and non-joiner stay: Persian, Hindi and emoji
 * are written with them (a value in one line of a message shows them too, src/text/visible-in-line.ts).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u2028\u2029]|(?![\u200C\u200D])\p{Cf}/gu;
/** The colour codes chalk writes (Select Graphic Rendition): let through only where colour is on. */
// eslint-disable-next-line no-control-regex -- matching the escape sequences of colour is the point
const COLOR_CODE = /\x1b\[[0-9;]*m/g;

/** C0 controls and DEL as their Unicode control pictures (ESC → ␛, BEL → ␇); the rest by code point (<U+202E>). */
function picture(ch: string): string {
  const code = ch.codePointAt(0) as number;
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '␡';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/** More combining marks in a row than any script writes on one letter: drawn, they deface the lines around them. */
const STACKED_MARKS = /(\p{M}{3})(\p{M}+)/gu;
/** A quoted value in a message longer than this is cut, with an ellipsis (a 10 MB cell is not a message). */
export const MAX_QUOTED_CHARS = 80;
// An opening quote follows the start, a space or an opening bracket or sign, never a letter: in `column "date": …
// with "." dates` the text between "date" and "." is the message, not a quoted cell.
const LONG_QUOTED = new RegExp(`(^|[\\s(\\[=:,])"([^"\\n]{${MAX_QUOTED_CHARS + 1},})"`, 'gu');

/**
 * Newlines and tabs stay; every other control and bidi character is shown, not obeyed; a stack of combining marks
 * keeps three and says how many more there were.
 */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, picture).replace(STACKED_MARKS, (_all, kept: string, more: string) => `${kept}<+${[...more].length} marks>`);
}

/** Messages: as visibleControls, and a quoted cell longer than MAX_QUOTED_CHARS cut to that length with "…". */
export function visibleMessage(text: string): string {
  return visibleControls(text).replace(LONG_QUOTED, (_all, before: string, inner: string) => `${before}"${[...inner].slice(0, MAX_QUOTED_CHARS - 1).join('')}…"`);
}

/** As visibleControls, but the colour codes of our own output pass (they only change colour). */
export function visibleControlsKeepingColor(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(COLOR_CODE)) {
    out += visibleControls(text.slice(last, match.index)) + match[0];
    last = (match.index as number) + match[0].length;
  }
  return out + visibleControls(text.slice(last));
}

/** A file name or cell inside one line of a message: its line breaks shown too, so it cannot forge a line. */
export function oneLine(text: string): string {
  return visibleControls(visibleInLine(text));
}
