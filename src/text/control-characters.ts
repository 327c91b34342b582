// Control characters in a cell's text: the C0 controls (ESC of a terminal escape sequence, BEL, backspace), DEL, the C1
// controls and the bidi overrides and isolates. No name of a place is written with one, so a cell that holds one was
// typed by no person: it is said (shown visibly by the CLI) and left unread. The controls that break lines (tab, line
// feed, vertical tab, form feed, carriage return, NEL) are left to cleanText, which reads them as spaces: spreadsheets
// write them inside cells ("Berlin\v").
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F\u202A-\u202E\u2066-\u2069]/u;

/** Whether the text holds a control character (see above). */
export function holdsControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}
