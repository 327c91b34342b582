// Finds where a UTF-16 file's text goes wrong in the middle: one byte off (a byte lost or added there), from which
// every code unit pairs the high byte of one character with the low byte of the next; or a line of 8-bit text (UTF-8)
// pasted among its lines, whose bytes pair up into CJK characters.
import iconv from 'iconv-lite';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

/** LF one byte off: 0A 00 read as one unit, U+0A00, which Unicode leaves unassigned. */
const SHIFTED_LF = '\u0A00';
/** CR one byte off (U+0D00): a rare Malayalam sign, so it is taken as a shifted line end only where lines end in CR. */
const SHIFTED_CR = '\u0D00';
/**
 * An email address in bytes read one by one: what a row of 8-bit text holds, and UTF-16 text of any script cannot
 * spell (its units put a zero or a non-ASCII byte between every other byte, but for a rare run of Han characters).
 */
const EMAIL_IN_BYTES = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/** Fewer units than this hold no row: "a@b.cc" and a delimiter are seven bytes. */
const MIN_PAIRED_UNITS = 4;
/** Units of a run kept for the next chunk. */
const MAX_CARRIED = 4096;

/**
 * A check of the text of a UTF-16 file as it is decoded, for `open-export.ts`. After a byte lost or added mid-file
 * the file has no line end left, only shifted ones: every following row would run into one row of garbage, its email
 * cell holding the other signers' addresses, byte-swapped. A UTF-8 line pasted in reads as one cell of CJK text in the
 * next row's name (verifyS1 F3): that signer lost, and an email and a city printed as a name. The file is refused
 * naming the line (the same refusal as a byte off at the start, `utf16-damage.ts`), before a row of it is read.
 */
export function utf16AlignmentCheck(encoding: string, crLines: boolean, delimiter: string): (text: string, lineAt: (offset: number) => number) => void {
  const eightBit = eightBitLineFinder(/le$/i.test(encoding), delimiter);
  return (text, lineAt) => {
    const lf = text.indexOf(SHIFTED_LF);
    const cr = crLines ? text.indexOf(SHIFTED_CR) : -1;
    const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (at !== -1) throw new UserError(msg('read.utf16-shifted-mid', { encoding }), { line: lineAt(at) });
    const pasted = eightBit(text);
    if (pasted !== -1) throw new UserError(msg('read.utf16-8-bit-line', { encoding }), { line: lineAt(pasted) });
  };
}

/** Whether a byte may be one of 8-bit text: TAB, LF, CR, printable ASCII, or part of a UTF-8 character. */
const textByte = (byte: number): boolean => byte >= 0x20 ? byte !== 0x7f : byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * Finds, chunk after chunk, a run of code units whose two bytes are both 8-bit text and which, read byte by byte, hold
 * the file's delimiter and an email address: a row of 8-bit text. Returns the offset in the chunk where the run
 * starts (0 for a run begun in the chunk before), or -1.
 */
function eightBitLineFinder(littleEndian: boolean, delimiter: string): (text: string) => number {
  const delimiterByte = delimiter.charCodeAt(0);
  let carried = '';
  return (text) => {
    const all = carried === '' ? text : carried + text;
    let start = -1;
    let at = false;
    for (let i = 0; i <= all.length; i++) {
      const unit = i < all.length ? all.charCodeAt(i) : -1;
      if (unit !== -1 && unit > 0xff && textByte(unit >> 8) && textByte(unit & 0xff)) {
        if (start === -1) start = i;
        // The at sign first: most runs are a Korean or Chinese word, and hold none.
        if ((unit & 0xff) === 0x40 || unit >> 8 === 0x40) at = true;
        continue;
      }
      if (unit === -1 && start !== -1) break;
      if (at && i - start >= MIN_PAIRED_UNITS && holdsRow(all, start, i, littleEndian, delimiterByte)) {
        return Math.max(0, start - carried.length);
      }
      start = -1;
      at = false;
    }
    // A run cut by the chunk's end goes on in the next chunk (a row is short: a longer run is no row of 8-bit text).
    carried = start === -1 || all.length - start > MAX_CARRIED ? '' : all.slice(start);
    return -1;
  };
}

function holdsRow(text: string, start: number, end: number, littleEndian: boolean, delimiterByte: number): boolean {
  let bytes = '';
  let delimited = false;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    const first = littleEndian ? unit & 0xff : unit >> 8;
    const second = littleEndian ? unit >> 8 : unit & 0xff;
    if (first === delimiterByte || second === delimiterByte) delimited = true;
    bytes += String.fromCharCode(first, second);
  }
  return delimited && bytes.includes('@') && EMAIL_IN_BYTES.test(bytes);
}

/** Latin text one byte off is units of a letter's byte and a zero byte ("C" as U+4300); real text has one now and then (一, 가). */
const SHIFTED_UNITS_IN_A_LINE = 3;
// eslint-disable-next-line no-control-regex -- a control character is what tells bytes that are no text
const NOT_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/u;

/**
 * A UTF-16 file without a byte-order mark whose zero bytes change sides at a byte lost or added mid-file (verifyS1
 * F11): the sniffer, finding zero bytes on both sides, takes it for binary data. Read in the byte order of its start,
 * its first lines are text, and from the damaged line on its Latin letters read as units ending in a zero byte: that
 * order and the damaged line (1-based).
 */
export function shiftedUtf16Start(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; line: number } | undefined {
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const lines = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding).split('\n');
    const shifted = lines.findIndex((line) => shiftedUnits(line) >= SHIFTED_UNITS_IN_A_LINE);
    if (shifted < 1) continue;
    // The lines before it are text: no NUL nor other control character but TAB and CR.
    if (!lines.slice(0, shifted).some((line) => NOT_TEXT.test(line))) return { encoding, line: shifted + 1 };
  }
  return undefined;
}

function shiftedUnits(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit > 0xff && (unit & 0xff) === 0) count++;
  }
  return count;
}
