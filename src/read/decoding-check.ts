// Notices bytes that do not decode cleanly in the encoding a file is read in, and names their lines.
import type { Problem } from '../types.js';
import { msg, withText, type Message, type MessageValue } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import { NamedLines } from './named-lines.js';

/** A surrogate not part of a pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LF = 10;
const CR = 13;

/**
 * UTF-8 decoded as Latin-1 or Windows-1252 and encoded again ("JÃ¼rgen", "Oâ€™Brien"): the lead byte of a two- or
 * three-byte character read as a letter (Â-ß, à-ï), then its continuation bytes (0x80-0xBF) read as Latin-1 or the
 * Windows-1252 punctuation in 0x80-0x9F. Real text puts a letter, not a symbol such as ¼ or ©, after Ã or â.
 */
const CONTINUATION = '\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178';
const DOUBLE_ENCODED = new RegExp(`[\u00C2-\u00DF][${CONTINUATION}]|[\u00E0-\u00EF][${CONTINUATION}]{2}`, 'g');

/** U+FFFD as UTF-8 writes it: a file may hold the character itself, put there by a program that could not read a letter. */
const UTF8_REPLACEMENT = Buffer.from('\uFFFD', 'utf8');

/** Encodings in which a line of valid multi-byte UTF-8 is almost surely a line in another encoding (a pasted row). */
const UTF8_OR_UTF16 = /^(utf-?8|utf-?16(le|be)?|ucs-?2)$/i;

/**
 * Fed every chunk as it is decoded: text holding U+FFFD means bytes that are not valid in the encoding; in a file
 * read as a legacy encoding (CP949, Windows-1252, …), a line whose bytes are valid multi-byte UTF-8 is a UTF-8 row
 * pasted among others, and comes out garbled (`J체rgen` for `Jürgen`); and in any encoding, text that was UTF-8
 * read as Latin-1 and saved again (`JÃ¼rgen`). Each is reported with its lines.
 */
export class DecodingCheck {
  private readonly legacy: boolean;
  private readonly utf16: boolean;
  private readonly readsUtf8: boolean;
  private byteCount = 0;
  private readonly undecodable = new NamedLines();
  private readonly utf8 = new NamedLines();
  private readonly doubleEncoded = new NamedLines();
  private readonly nul = new NamedLines();
  private readonly written = new NamedLines();
  /** The last bytes of the previous chunk, where a written U+FFFD cut by the chunk's end begins. */
  private utf8Tail: Buffer = Buffer.alloc(0);
  /** A UTF-16 file's last byte, alone after its last line end: left out by the decoder, told of at the end. */
  private strayEndByte: number | undefined;
  /** Whether the text decoded so far ends with a line end. */
  private endsLine = false;
  /** Line ends (of the file's kind) in the bytes before the current chunk; counted only for legacy encodings. */
  private linesBefore = 0;
  /** Bytes of a line cut by the end of the previous chunk. */
  private carry: Buffer = Buffer.alloc(0);

  /** Lines through this one were read as UTF-8, and are told of as such (utf8-head.ts). */
  private readonly utf8Head: number;

  /**
   * `utf8Lines: false` when the lines were scored already (EncodingTally names a UTF-8 row among legacy ones);
   * `utf8Head`: the last line of the file's start read as UTF-8 (0 for none).
   */
  constructor(private readonly file: string, private readonly encoding: string, private readonly eolByte: number, options: { utf8Lines: boolean; utf8Head?: number } = { utf8Lines: true }) {
    this.legacy = options.utf8Lines && !UTF8_OR_UTF16.test(encoding);
    this.utf8Head = options.utf8Head ?? 0;
    this.utf16 = /^(utf-?16(le|be)?|ucs-?2)$/i.test(encoding);
    this.readsUtf8 = /^utf-?8$/i.test(encoding);
  }

  /** `lineOf(i)`: the line of the text's i-th character (asked only when one is found). */
  check(bytes: Buffer, text: string, lineOf: (offset: number) => number): void {
    this.byteCount += bytes.length;
    if (text !== '') this.endsLine = /[\n\r]$/.test(text);
    this.replacementsAt(bytes, text, lineOf);
    // UTF-16 decodes a lone surrogate (half of a pair) as it is, and writing it later turns it into U+FFFD silently.
    if (this.utf16 && LONE_SURROGATE.test(text)) {
      for (let at = 0; at < text.length; at++) {
        const c = text.charCodeAt(at);
        if (c < 0xd800 || c > 0xdfff) continue;
        if (c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00) at++;
        else this.undecodable.add(lineOf(at));
      }
    }
    for (const match of text.matchAll(DOUBLE_ENCODED)) this.doubleEncoded.add(lineOf(match.index));
    // NULs are cleaned out of the values (a broken export leaves a cell of them): the rows are read, but the user is
    // told where, as the file is damaged there and a value may have been lost with them.
    for (let at = text.indexOf('\u0000'); at !== -1; at = text.indexOf('\u0000', at + 1)) this.nul.add(lineOf(at));
    if (this.legacy) this.checkLegacy(bytes);
  }

  /**
   * U+FFFD in the text: bytes the decoder could not read, or the character itself, written in the file. UTF-16 has no
   * bytes its decoder replaces (a lone surrogate is kept, an odd last byte left out): each one there is written. In
   * UTF-8 it is written as EF BF BD: a line whose replacements are all so written holds no undecodable byte (one that
   * holds both is named as undecodable). Lines are told apart by their LF bytes, which UTF-8 decodes one for one. A
   * legacy encoding cannot write it.
   */
  private replacementsAt(bytes: Buffer, text: string, lineOf: (offset: number) => number): void {
    if (!text.includes('\uFFFD')) {
      if (this.readsUtf8) this.keepUtf8Tail(bytes.length >= UTF8_REPLACEMENT.length - 1 ? bytes : Buffer.concat([this.utf8Tail, bytes]));
      return;
    }
    const writtenIn = new Map<number, number>();
    if (this.readsUtf8) {
      const tail = this.utf8Tail.length;
      const seen = tail > 0 ? Buffer.concat([this.utf8Tail, bytes]) : bytes;
      let lfs = 0;
      let counted = 0;
      for (let i = seen.indexOf(UTF8_REPLACEMENT); i !== -1; i = seen.indexOf(UTF8_REPLACEMENT, i + 1)) {
        for (; counted < i - tail; counted++) if (bytes[counted] === LF) lfs++;
        writtenIn.set(lfs, (writtenIn.get(lfs) ?? 0) + 1);
      }
      this.keepUtf8Tail(seen);
    }
    const found: Array<{ at: number; segment: number }> = [];
    const replacedIn = new Map<number, number>();
    let segment = 0;
    let from = 0;
    for (let at = text.indexOf('\uFFFD'); at !== -1; at = text.indexOf('\uFFFD', at + 1)) {
      for (; from < at; from++) if (text.charCodeAt(from) === LF) segment++;
      found.push({ at, segment });
      replacedIn.set(segment, (replacedIn.get(segment) ?? 0) + 1);
    }
    for (const { at, segment: line } of found) {
      if (this.utf16 || (writtenIn.get(line) ?? 0) >= replacedIn.get(line)!) this.written.add(lineOf(at));
      else this.undecodable.add(lineOf(at));
    }
  }

  /** Keeps the last bytes of a chunk: a written U+FFFD cut by its end begins there (one found whole ends before them). */
  private keepUtf8Tail(seen: Buffer): void {
    this.utf8Tail = Buffer.from(seen.subarray(Math.max(0, seen.length - (UTF8_REPLACEMENT.length - 1))));
  }





  /** `lastLine`: the line the input ends on, where a UTF-16 file cut in the middle of a character is named. */
  end(lastLine: number): void {
    // A byte after the last line end loses no row; one cut from a character of the last line is that line's.
    if (this.utf16 && this.byteCount % 2 === 1) {
      if (this.endsLine) this.strayEndByte = lastLine;
      else this.undecodable.add(lastLine);
    }
    if (this.legacy && this.carry.length > 0) this.checkLine(this.carry, this.linesBefore + 1);
  }

  problems(): Problem[] {
    const problems: Problem[] = [];
    const add = (lines: NamedLines, code: string, text: (others: MessageValue) => Message) => {
      if (lines.count > 0) problems.push(linesProblem(this.file, lines, code, text));
    };
    add(this.undecodable, 'undecodable_bytes', (others) => msg('problem.undecodable', { encoding: this.encoding, others }));
    add(this.utf8, 'mixed_encoding', (others) => msg('problem.mixed-encoding', { encoding: this.encoding, others }));
    add(this.doubleEncoded, 'double_encoded', (others) => msg('problem.double-encoded', { others }));
    add(this.nul, 'nul_bytes', (others) => msg('problem.nul-bytes', { others }));
    add(this.written, 'replacement_character', (others) => msg('problem.replacement-character', { others }));
    if (this.strayEndByte !== undefined) {
      problems.push(linesProblem(this.file, { shown: [this.strayEndByte], count: 1 }, 'stray_end_byte', () => msg('problem.utf16-stray-end-byte', { encoding: this.encoding })));
    }
    return problems;
  }

  private checkLegacy(bytes: Buffer): void {
    let start = 0;
    let data = bytes;
    if (this.carry.length > 0) {
      data = Buffer.concat([this.carry, bytes]);
      this.carry = Buffer.alloc(0);
    }
    for (let eol = this.lineEnd(data, 0); eol !== -1; eol = this.lineEnd(data, start)) {
      this.linesBefore++;
      this.checkLine(data.subarray(start, eol), this.linesBefore);
      start = eol + 1;
    }
    // A line cut by the chunk's end is checked with the next chunk (up to a bound; a longer line is checked in part).
    const rest = data.subarray(start);
    if (rest.length <= 1 << 20) this.carry = Buffer.from(rest);
    else this.checkLine(rest, this.linesBefore + 1);
  }

  /**
   * The next line end from `from`, as the record splitter numbers lines: in an LF file a lone CR ends a line too.
   * A CR last in the chunk waits for the next one (it may be the CR of a CRLF).
   */
  private lineEnd(data: Buffer, from: number): number {
    const eol = data.indexOf(this.eolByte, from);
    if (this.eolByte !== LF) return eol;
    for (let cr = data.indexOf(CR, from); cr !== -1 && (eol === -1 || cr < eol); cr = data.indexOf(CR, cr + 1)) {
      if (cr + 1 < data.length && data[cr + 1] !== LF) return cr;
    }
    return eol;
  }

  private checkLine(line: Buffer, number: number): void {
    if (number > this.utf8Head && isMultiByteUtf8(line)) this.utf8.add(number);
  }
}

/** Valid UTF-8 holding at least one multi-byte character (pure ASCII is the same in every encoding we read). */
export function isMultiByteUtf8(bytes: Uint8Array): boolean {
  let multi = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return false;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return false;
    // Overlong three-byte forms and UTF-16 surrogates are not valid UTF-8.
    if (b === 0xe0 && bytes[i + 1] < 0xa0) return false;
    if (b === 0xed && bytes[i + 1] >= 0xa0) return false;
    multi++;
    i += length;
  }
  return multi > 0;
}

/** A problem about some lines of a file: the first line is the problem's own, the message lists the others. */
export function linesProblem(file: string, lines: Pick<NamedLines, 'shown' | 'count'>, code: string, text: (others: MessageValue) => Message): Problem {
  const { shown, count } = lines;
  const others = count > 1 ? msg('problem.other-lines', { lines: shown.join(', '), more: count - shown.length }) : '';
  const message = text(others);
  return withText({ source: file, line: shown[0], code, message: english().say(message) }, message);
}
