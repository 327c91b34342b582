// The start of a file that is not in the file's encoding: a header typed in UTF-8 over rows Korean Excel saved as
// CP949, or a UTF-8 byte-order mark a program wrote before another's text. Such a start is read as what it is.
import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import iconv from 'iconv-lite';
import { CANDIDATES, scoreLine, type Candidate } from './encoding-models.js';
import { LINE_MARGIN } from './encoding-tally.js';
import { isMultiByteUtf8 } from './decoding-check.js';

export interface Utf8Head {
  /** Bytes of a UTF-8 byte-order mark at the very start, left out: 3, or 0. */
  markBytes: number;
  /** Bytes after the mark read as UTF-8: whole lines, through the last line that is UTF-8 text. */
  utf8Bytes: number;
  /** The lines in those bytes that hold UTF-8 letters beyond ASCII; the lines between them are ASCII. */
  utf8Lines: number[];
}

const LF = 10;
const CR = 13;
const UTF8_MARK = [0xef, 0xbb, 0xbf];

/** The encodings a line can be UTF-8 in, or be read in whole. */
const UNICODE = /^(utf-?8|utf-?16(le|be)?|ucs-?2)$/i;

/**
 * The start of `bytes` that a file read in `encoding` (a legacy one: CP949, Windows-1252, …) holds in UTF-8: a UTF-8
 * byte-order mark, and the lines from the first on, through `throughLine` at most, that are valid UTF-8 with letters
 * beyond ASCII which read far better as UTF-8 than in `encoding` (garbled there, or not decoded), with only ASCII lines
 * between them. Read in `encoding`, such a header came out as "�씠由�" and was answered with a --map hint of it
 * (verifyR1 F-M1); a mark before CP949 text made the file "binary data" (F-M2). Undefined when there is neither.
 */
export function findUtf8Head(bytes: Uint8Array, encoding: string, throughLine = Infinity): Utf8Head | undefined {
  if (UNICODE.test(encoding)) return undefined;
  const markBytes = UTF8_MARK.every((byte, i) => bytes[i] === byte) ? UTF8_MARK.length : 0;
  const candidate = CANDIDATES.indexOf(encoding.toLowerCase() as Candidate);
  const utf8Lines: number[] = [];
  let utf8Bytes = 0;
  let line = 1;
  for (let start = markBytes; start < bytes.length && line <= throughLine; line++) {
    const end = lineEnd(bytes, start);
    if (end === -1) break;
    const text = bytes.subarray(start, end);
    if (!isAscii(text)) {
      if (!isMultiByteUtf8(text) || !readsAsUtf8(text, candidate)) break;
      utf8Lines.push(line);
      utf8Bytes = end + 1 - markBytes;
    }
    start = end + 1;
  }
  return markBytes === 0 && utf8Lines.length === 0 ? undefined : { markBytes, utf8Bytes, utf8Lines };
}

/** Index of the byte that ends the line starting at `from` (LF, the LF of CRLF, or a lone CR); -1 at no line end. */
function lineEnd(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) {
    if (bytes[i] === LF) return i;
    if (bytes[i] === CR) return bytes[i + 1] === LF ? i + 1 : i;
  }
  return -1;
}

/**
 * Whether a line of valid UTF-8 reads far better so than in the file's encoding (`candidate`, its index among the
 * scored encodings): the margin the encoding tally names a garbled line by. An encoding the scores do not know reads
 * UTF-8 wrongly, as DecodingCheck holds.
 */
function readsAsUtf8(text: Uint8Array, candidate: number): boolean {
  if (candidate === -1) return true;
  const scores = scoreLine(text);
  return scores[CANDIDATES.indexOf('utf-8')] - scores[candidate] >= LINE_MARGIN;
}

/** A decoder for a file with such a start, shaped as iconv-lite's: the mark left out, the UTF-8 lines, then the rest. */
export function headDecoder(encoding: string, head: Utf8Head): { write(bytes: Buffer): string; end(): string | undefined } {
  const rest = iconv.getDecoder(encoding);
  const utf8 = new StringDecoder('utf8');
  let mark = head.markBytes;
  let utf8Left = head.utf8Bytes;
  return {
    write(bytes) {
      let text = '';
      let from = 0;
      if (mark > 0) {
        from = Math.min(mark, bytes.length);
        mark -= from;
      }
      if (utf8Left > 0 && from < bytes.length) {
        const to = Math.min(bytes.length, from + utf8Left);
        text += utf8.write(bytes.subarray(from, to));
        utf8Left -= to - from;
        from = to;
      }
      return from < bytes.length ? text + rest.write(bytes.subarray(from)) : text;
    },
    end() {
      return utf8.end() + (rest.end() ?? '');
    },
  };
}

/** `bytes` decoded as `headDecoder` decodes them, or as iconv-lite does where there is no such start. */
export function decodeWithHead(bytes: Buffer, encoding: string, head: Utf8Head | undefined): string {
  if (!head) return iconv.decode(bytes, encoding);
  const decoder = headDecoder(encoding, head);
  return decoder.write(bytes) + (decoder.end() ?? '');
}
