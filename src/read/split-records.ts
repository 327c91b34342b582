// Splits decoded text into CSV records, line by line where it can, and recovers from the broken quoting real exports contain.
import type { DecodedRecord } from '../types.js';

const QUOTE = 34;
const TAB = 9;
const LF = 10;
const CR = 13;

/** How physical lines end: LF (also CRLF) or a lone CR (old Mac Excel). */
export type LineEnd = 'lf' | 'cr';

/** A quoted field may hold line breaks, but a quote left open must not swallow the rest of the file. */
export const MAX_LINES_IN_QUOTES = 50;
export const MAX_RECORD_CHARS = 200_000;

/** Fits a record's cells to the header: the cells to keep, or a sentence saying why they do not fit. */
export type FitCells = (cells: string[]) => string[] | string;

export interface SplitOptions {
  delimiter: string;
  lineEnd: LineEnd;
  /** Physical lines to pass over unread (preamble and header). */
  skipLines?: number;
  /** The header width; a record of exactly this width skips `fit`. */
  width?: number;
  /** Without it every record is accepted as it is (used while sniffing, before the header is known). */
  fit?: FitCells;
}

// How a quoted field ends, from the most to the least standard reading.
const enum QuoteMode {
  /** RFC 4180, except that a bare quote not followed by a delimiter or line end is kept as text (SpeakOut). */
  Relaxed,
  /**
   * Relaxed, and `""` right before a delimiter is a kept quote plus the closing one (SpeakOut: "say "no"").
   * Always on for TAB files, where a quote before a tab inside a value is next to impossible; for commas it is
   * only a second reading, since `"he said ""hi"", then"` is ordinary CSV.
   */
  SpeakOut,
  /** The first unpaired quote closes the field; what follows up to the delimiter is kept as text. */
  Strict,
}

const OK = 0;
const UNCLOSED = 1;
const NEED_MORE = 2;

interface Parsed {
  status: typeof OK | typeof UNCLOSED | typeof NEED_MORE;
  cells: string[];
  /** Index just past the record's line end. */
  end: number;
  /** Line breaks inside quoted fields. */
  breaks: number;
}

const NEED_MORE_RESULT: Parsed = { status: NEED_MORE, cells: [], end: 0, breaks: 0 };

/**
 * Feed it decoded text with `push`, then `end`; records come out in `out` as they complete, with `row` left 0
 * for the caller to number. It holds at most one unfinished record, so memory does not grow with the file.
 */
export class RecordSplitter {
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly lf: boolean;
  private readonly eolChar: string;
  private readonly eolCode: number;
  private readonly width: number;
  private readonly fit: FitCells | undefined;
  private skip: number;
  private buffer = '';
  private line = 1;

  constructor(options: SplitOptions) {
    if (options.delimiter.length !== 1) throw new Error(`delimiter must be one character, got ${JSON.stringify(options.delimiter)}`);
    this.delimiter = options.delimiter;
    this.delimiterCode = options.delimiter.charCodeAt(0);
    this.lf = options.lineEnd === 'lf';
    this.eolChar = this.lf ? '\n' : '\r';
    this.eolCode = this.lf ? LF : CR;
    this.width = options.width ?? -1;
    this.fit = options.fit;
    this.skip = options.skipLines ?? 0;
  }

  push(text: string, out: DecodedRecord[]): void {
    this.buffer = this.buffer.length > 0 ? this.buffer + text : text;
    this.run(false, out);
  }

  end(out: DecodedRecord[]): void {
    this.run(true, out);
    this.buffer = '';
  }

  private run(final: boolean, out: DecodedRecord[]): void {
    const buf = this.buffer;
    const len = buf.length;
    const delimiter = this.delimiter;
    const width = this.width;
    let pos = 0;
    let line = this.line;
    // Where the next quote is, found once and reused while we are before it (no rescans on quote-free lines).
    let nextQuote = -2;
    // The same for a CR in an LF file: a lone CR before the line's end is an old Mac line end mixed in.
    let nextCr = this.lf ? -2 : -1;

    while (pos < len) {
      let eol = buf.indexOf(this.eolChar, pos);
      if (eol === -1) {
        if (!final) break;
        eol = len;
      }
      if (this.skip > 0) {
        this.skip--;
        line++;
        pos = eol + 1;
        continue;
      }
      let contentEnd = eol;
      if (this.lf && eol > pos && buf.charCodeAt(eol - 1) === CR) contentEnd--;
      if (contentEnd === pos) {
        line++;
        pos = eol + 1;
        continue;
      }
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = buf.indexOf('"', pos);
      if (nextCr !== -1 && nextCr < pos) nextCr = buf.indexOf('\r', pos);
      if (nextCr !== -1 && nextCr < contentEnd && (nextQuote === -1 || nextQuote > nextCr)) {
        // Quote-free text up to a lone CR: that CR ends the line (a file of LF lines with CR-only lines mixed in).
        eol = nextCr;
        contentEnd = nextCr;
        if (contentEnd === pos) {
          line++;
          pos = eol + 1;
          continue;
        }
      }

      if (nextQuote === -1 || nextQuote >= contentEnd) {
        const cells = buf.slice(pos, contentEnd).split(delimiter);
        if (!isBlank(cells)) {
          if (cells.length === width || this.fit === undefined) out.push({ kind: 'data', row: 0, line, cells });
          else this.pushFitted(cells, line, out);
        }
        line++;
        pos = eol + 1;
        continue;
      }

      const parsed = this.parse(buf, pos, QuoteMode.Relaxed, false, final);
      if (parsed.status === NEED_MORE) break;
      if (parsed.status === OK) {
        const fitted = this.fitOrAccept(parsed.cells);
        if (typeof fitted !== 'string' && (parsed.breaks === 0 || !this.swallowsRecords(buf, pos, contentEnd, eol + 1, parsed.end))) {
          if (!isBlank(fitted)) out.push({ kind: 'data', row: 0, line, cells: fitted });
          line += parsed.breaks + 1;
          pos = parsed.end;
          continue;
        }
      }
      // A record that ran over several lines and does not fit, or a quote never closed: read its first line alone,
      // so that one stray quote costs one row and never the rows after it.
      this.recoverFirstLine(buf, pos, line, out);
      line++;
      pos = eol + 1;
    }

    this.buffer = pos >= len ? '' : buf.slice(pos);
    this.line = line;
  }

  private pushFitted(cells: string[], line: number, out: DecodedRecord[]): void {
    const fitted = this.fitOrAccept(cells);
    if (typeof fitted === 'string') out.push({ kind: 'rejected', row: 0, line, reason: 'broken_row', detail: fitted });
    else out.push({ kind: 'data', row: 0, line, cells: fitted });
  }

  private fitOrAccept(cells: string[]): string[] | string {
    if (cells.length === this.width || this.fit === undefined) return cells;
    return this.fit(cells);
  }

  /**
   * Whether a record that runs over several lines is more likely a quote left open that swallowed whole records:
   * its first line, with the quote read as text, is a record of the right width, and so are most of the lines it
   * swallowed (`from` to `end`). A real multi-line cell fails one or the other: opened before the last column, its
   * first line is short; opened in the last column, its other lines are prose of one field.
   */
  private swallowsRecords(buf: string, start: number, firstLineEnd: number, from: number, end: number): boolean {
    if (this.fit === undefined) return false;
    if (typeof this.fitOrAccept(buf.slice(start, firstLineEnd).split(this.delimiter)) === 'string') return false;
    let lines = 0;
    let records = 0;
    for (let at = from; at < end; ) {
      const eol = buf.indexOf(this.eolChar, at);
      const parsed = this.parse(buf, at, QuoteMode.Relaxed, true, true);
      lines++;
      if (parsed.status === OK && typeof this.fitOrAccept(parsed.cells) !== 'string') records++;
      at = eol === -1 || eol >= end ? end : eol + 1;
    }
    return records * 2 > lines;
  }

  private recoverFirstLine(buf: string, pos: number, line: number, out: DecodedRecord[]): void {
    let firstReading: Parsed | undefined;
    let firstFit: string[] | string = '';
    for (const mode of [QuoteMode.Relaxed, QuoteMode.SpeakOut, QuoteMode.Strict]) {
      // The first line is whole in the buffer here, so it is read as final.
      const parsed = this.parse(buf, pos, mode, true, true);
      if (parsed.status !== OK) {
        firstReading ??= parsed;
        continue;
      }
      const fitted = this.fitOrAccept(parsed.cells);
      if (typeof fitted !== 'string') {
        if (!isBlank(fitted)) out.push({ kind: 'data', row: 0, line, cells: fitted });
        return;
      }
      if (firstReading === undefined) {
        firstReading = parsed;
        firstFit = fitted;
      }
    }
    const detail = firstReading?.status === UNCLOSED ? `quote opened on line ${line} never closed` : firstFit;
    out.push({ kind: 'rejected', row: 0, line, reason: 'broken_row', detail });
  }

  /**
   * Reads one record starting at `pos`. With `singleLine`, a line break inside quotes means the quote was never
   * closed; the line is complete in the buffer then, so it is read as final.
   */
  private parse(buf: string, pos: number, mode: QuoteMode, singleLine: boolean, final: boolean): Parsed {
    const len = buf.length;
    const delim = this.delimiterCode;
    const eolCode = this.eolCode;
    const cells: string[] = [];
    const speakOut = mode === QuoteMode.SpeakOut || (mode === QuoteMode.Relaxed && delim === TAB);
    let breaks = 0;
    let i = pos;

    for (;;) {
      let j: number;
      let value: string;
      if (i < len && buf.charCodeAt(i) === QUOTE) {
        j = i + 1;
        let segment = j;
        value = '';
        for (;;) {
          if (j >= len) {
            if (!final) return NEED_MORE_RESULT;
            return { status: UNCLOSED, cells, end: len, breaks };
          }
          const c = buf.charCodeAt(j);
          if (c === QUOTE) {
            if (j + 2 >= len && !final) return NEED_MORE_RESULT;
            const next = j + 1 < len ? buf.charCodeAt(j + 1) : -1;
            if (next === QUOTE) {
              const after = j + 2 < len ? buf.charCodeAt(j + 2) : -1;
              if (speakOut && (after === -1 || after === delim || after === LF || after === CR)) {
                value += buf.slice(segment, j + 1);
                j += 2;
                break;
              }
              value += buf.slice(segment, j + 1);
              j += 2;
              segment = j;
              continue;
            }
            if (mode === QuoteMode.Strict || next === -1 || next === delim || next === LF || next === CR) {
              value += buf.slice(segment, j);
              j++;
              break;
            }
            j++;
            continue;
          }
          if (c === eolCode) {
            if (singleLine) return { status: UNCLOSED, cells, end: j, breaks };
            breaks++;
            if (breaks > MAX_LINES_IN_QUOTES) return { status: UNCLOSED, cells, end: j, breaks };
          }
          // The cap stops an open quote from swallowing the file; one physical line is already bounded by itself.
          if (!singleLine && j - pos > MAX_RECORD_CHARS) return { status: UNCLOSED, cells, end: j, breaks };
          j++;
        }
        // Text between a closing quote and the delimiter is kept as written (`"a"b` reads as `ab`).
        const tail = j;
        while (j < len) {
          const c = buf.charCodeAt(j);
          if (c === delim || c === eolCode) break;
          j++;
        }
        if (j >= len && !final) return NEED_MORE_RESULT;
        if (j > tail) value += this.trimCr(buf, tail, j);
      } else {
        j = i;
        while (j < len) {
          const c = buf.charCodeAt(j);
          if (c === delim || c === eolCode) break;
          j++;
        }
        if (j >= len && !final) return NEED_MORE_RESULT;
        value = this.trimCr(buf, i, j);
      }
      cells.push(value);
      if (j >= len) return { status: OK, cells, end: len, breaks };
      if (buf.charCodeAt(j) === delim) {
        i = j + 1;
        continue;
      }
      return { status: OK, cells, end: j + 1, breaks };
    }
  }

  /** The text from `start` to `end`, without the CR of a CRLF line end. */
  private trimCr(buf: string, start: number, end: number): string {
    if (this.lf && end > start && end < buf.length && buf.charCodeAt(end) === LF && buf.charCodeAt(end - 1) === CR) {
      return buf.slice(start, end - 1);
    }
    return buf.slice(start, end);
  }
}

/** A line of nothing but delimiters and spaces (spreadsheets leave them where a row was cleared) is not a record. */
function isBlank(cells: string[]): boolean {
  const first = cells[0];
  if (first.length > 0 && first.charCodeAt(0) > 32) return false;
  if (first.trim() !== '') return false;
  for (let i = 1; i < cells.length; i++) if (cells[i].trim() !== '') return false;
  return true;
}

/** Splits a whole text at once; for samples and tests. */
export function splitRecords(text: string, options: SplitOptions): DecodedRecord[] {
  const out: DecodedRecord[] = [];
  const splitter = new RecordSplitter(options);
  splitter.push(text, out);
  splitter.end(out);
  return out;
}
