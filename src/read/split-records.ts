// Splits decoded text into CSV records, line by line where it can, and recovers from the broken quoting real exports contain.
import { UserError } from '../errors.js';
import type { DecodedRecord } from '../types.js';
import { msg } from '../i18n/message.js';
import { withDetail } from '../i18n/detail.js';
import type { Message } from '../i18n/message.js';
import { CappedCells } from './capped-cells.js';
import type { RowLike } from './row-like.js';

const QUOTE = 34;
const TAB = 9;
const LF = 10;
const CR = 13;
const BACKSLASH = 92;

/** How physical lines end: LF (also CRLF) or a lone CR (old Mac Excel). */
export type LineEnd = 'lf' | 'cr';

/**
 * The longest record held in memory. A longer one is followed to its end without being held (see LongRecordScan):
 * when its quotes close, its cells are kept cut (CappedCells) and it is fitted to the header as any record; read again
 * line by line when a quote in it never closes.
 */
export const MAX_RECORD_CHARS = 1_048_576;
/** One physical line is held whole up to this length (a 10 MB comment is read); a longer line is rejected unread. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;
/** Quotes left open far from the end of the input, each costing one more read of the input from its start. */
export const MAX_REREADS = 20;

/** Fits a record's cells to the header: the cells to keep, or a sentence saying why they do not fit. */
export type FitCells = (cells: string[]) => string[] | Message;

export interface SplitOptions {
  delimiter: string;
  lineEnd: LineEnd;
  /**
   * The header's line: records that start on it or before (preamble and header) are read by the same rules as
   * every other record, so they end where the sniffing read said, and are dropped. Counting lines apart from the
   * main loop disagreed with it on lone CRs (CR CR LF ends), and the first signer went with the header.
   */
  skipThroughLine?: number;
  /** The header width; a record of exactly this width skips `fit`. */
  width?: number;
  /** Without it every record is accepted as it is (used while sniffing, before the header is known). */
  fit?: FitCells;
  /** Whether a line's cells read as a whole row of the file: lines so inside one quoted cell are noted (cellsHoldingRows). */
  rowLike?: RowLike;
  /**
   * Set for a TAB file whose header quotes every cell (SpeakOut: every value in quotes, inner quotes not escaped): a
   * field boundary is `"<TAB>"`. A line that does not start with a quote starts no record, and a row with more cells
   * than the header had `"<TAB>"` typed inside its free-text cell (the comment column, `freeText`): joined back there.
   */
  everyCellQuoted?: { freeText: number | undefined };
}

/**
 * A record whose quoted cells ran over lines of which at least half read as whole rows of the file: a quote opened by
 * mistake and closed by another, 40 rows further, reads as well-formed CSV and takes the rows between into one cell.
 */
export interface CellHoldingRows {
  /** The record as pushed: its row is numbered by the caller afterwards. */
  record: DecodedRecord;
  lastLine: number;
  /** Lines after its first that read as rows. */
  rows: number;
}

/**
 * A cell whose lines read as rows only with its short rows counted: noted once the file shows rows of those widths
 * outside quotes (a sheet saved without its blank last columns), or where they are one cell short of a wide header.
 */
interface CellHoldingShortRows extends CellHoldingRows {
  /** Lines after its first: how many read as whole rows, and how many as short rows of each width. */
  lines: number;
  whole: number;
  shortByWidth: number[];
  /** Whether enough of them are whole rows once one missing last cell (a free-text column) is allowed for. */
  shortByOne: boolean;
}

/** Single-line records of one width shorter than the header that show a file's rows leave off their trailing cells. */
const SHORT_ROWS_SEEN = 2;

/** Short rows are less sure than whole ones (prose with a comma or two reads as one): two at least, and two thirds of the lines. */
function likelyRows(found: number, lines: number): boolean {
  return found >= 2 && found * 3 >= lines * 2;
}

/** Cells holding rows noted one by one; past this many only counted. */
const CELLS_HOLDING_ROWS_NOTED = 20;

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
  /** Relaxed without the SpeakOut rule, also in TAB files: how a standard writer's quotes read. */
  Standard,
  /** Relaxed, and `\"` inside quotes is a kept quote: PHP's fputcsv escape, which does not double the quote. */
  Backslash,
}

const OK = 0;
const UNCLOSED = 1;
const NEED_MORE = 2;
/** The record runs past MAX_RECORD_CHARS. */
const TOO_LONG = 3;

interface Parsed {
  status: typeof OK | typeof UNCLOSED | typeof NEED_MORE | typeof TOO_LONG;
  cells: string[];
  /** Index just past the record's line end. */
  end: number;
  /** Line breaks inside quoted fields. */
  breaks: number;
  /**
   * Quotes inside a quoted field that a standard (RFC 4180) writer would have doubled: kept as text, or read as
   * closing by the SpeakOut rule. A field without them was written by a standard writer, so its quotes close where
   * it says and the text inside is one cell, whatever it looks like.
   */
  bare: number;
  /** Where the quoted field left open starts (its quote), when a single-line read ends UNCLOSED. */
  openAt?: number;
}

const NEED_MORE_RESULT: Parsed = { status: NEED_MORE, cells: [], end: 0, breaks: 0, bare: 0 };

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
  private width: number;
  private fit: FitCells | undefined;
  /**
   * The header's width and fit, used from the first record after the header on. The preamble and header are read as
   * the sniffing read them, with no header to fit to: fitted, a quote left open in the header read differently and the
   * header ended elsewhere (swallowing the signers below it, or leaving its own lines to be read as signers).
   */
  private readonly fitAfterHead: { width: number; fit: FitCells | undefined };
  private inHead: boolean;
  private skipThrough: number;
  private buffer = '';
  private line = 1;
  /** Characters of the input before the buffer's start. */
  private consumed = 0;
  /** How far the buffer was searched for a line end without finding one (a line longer than a chunk). */
  private searched = 0;
  /** Characters still to pass over after a restart. */
  private skipChars = 0;
  private rereads = 0;
  /** Characters read by standard readings of TAB records (see standardOrSpeakOut). */
  private standardLooks = 0;
  /** Characters looked at for a line completing a quote left open (see closedByCompletingLine). */
  private completingLooks = 0;
  private long: LongRecordScan | undefined;
  private longStart: { line: number; at: number; firstLine: string | undefined } | undefined;
  private rewind: number | undefined;
  /** Text of a line still without its end, held aside so that a long line is joined once, not once a chunk. */
  private pending: string[] = [];
  private pendingLength = 0;
  /**
   * The line right after a quote that never closed, or after a line taken as its text: a line there of one cell that
   * fits no record is more of that open cell's text, part of the one broken record, not a row of its own.
   */
  private openCellGoesOnAt = 0;
  private readonly rowLike: RowLike | undefined;
  private readonly everyCellQuoted: { freeText: number | undefined } | undefined;
  private readonly holding: CellHoldingRows[] = [];
  private holdingCount = 0;
  /** Cells that hold rows only if short rows count, in the order read (see CellHoldingShortRows). */
  private readonly holdingShort: CellHoldingShortRows[] = [];
  /** Single-line records with fewer cells than the header, by their number of cells. */
  private readonly shortLines: number[] = [];

  constructor(options: SplitOptions) {
    if (options.delimiter.length !== 1) throw new Error(`delimiter must be one character, got ${JSON.stringify(options.delimiter)}`);
    this.delimiter = options.delimiter;
    this.delimiterCode = options.delimiter.charCodeAt(0);
    this.lf = options.lineEnd === 'lf';
    this.eolChar = this.lf ? '\n' : '\r';
    this.eolCode = this.lf ? LF : CR;
    this.fitAfterHead = { width: options.width ?? -1, fit: options.fit };
    this.skipThrough = options.skipThroughLine ?? 0;
    this.inHead = this.skipThrough > 0;
    this.width = this.inHead ? -1 : this.fitAfterHead.width;
    this.fit = this.inHead ? undefined : this.fitAfterHead.fit;
    this.rowLike = options.rowLike;
    this.everyCellQuoted = options.everyCellQuoted;
  }

  /** The quoted cells that may hold rows (see CellHoldingRows), the first ones, and how many there were in all. */
  get cellsHoldingRows(): { noted: readonly CellHoldingRows[]; count: number } {
    // Whether short rows are rows is the whole file's to say: a sheet saved without its blank last columns has many.
    const rowsOf = (cell: CellHoldingShortRows) => cell.whole + cell.shortByWidth.reduce((sum, lines, width) => sum + ((this.shortLines[width] ?? 0) >= SHORT_ROWS_SEEN ? lines : 0), 0);
    const short = this.holdingShort.filter((cell) => cell.shortByOne || likelyRows(rowsOf(cell), cell.lines));
    if (short.length === 0) return { noted: this.holding, count: this.holdingCount };
    const all = [...this.holding, ...short.map((cell) => ({ record: cell.record, lastLine: cell.lastLine, rows: cell.shortByOne ? cell.rows : rowsOf(cell) }))]
      .sort((a, b) => a.record.line - b.record.line);
    return { noted: all.slice(0, CELLS_HOLDING_ROWS_NOTED), count: this.holdingCount + short.length };
  }

  private leaveHead(): void {
    this.inHead = false;
    this.width = this.fitAfterHead.width;
    this.fit = this.fitAfterHead.fit;
  }

  /**
   * Set when a quote in a record too long to hold turned out never to close (or to close only by swallowing whole
   * records): its first line was rejected, and the input must be fed again from its start, with `restart()` first;
   * the splitter passes over everything up to the line after that first line. Pushes are ignored meanwhile.
   */
  get rewindTo(): number | undefined {
    return this.rewind;
  }

  restart(): void {
    if (this.rewind === undefined) return;
    if (++this.rereads > MAX_REREADS) {
      throw new UserError(msg('read.quotes-broken', { quotes: MAX_REREADS, characters: MAX_RECORD_CHARS }));
    }
    this.skipChars = this.rewind;
    this.rewind = undefined;
    this.consumed = 0;
    this.buffer = '';
    this.searched = 0;
    this.pending = [];
    this.pendingLength = 0;
    this.long = undefined;
    this.longStart = undefined;
  }

  /** The physical line of `text`'s character at `offset`, for text about to be pushed (for messages, not records). */
  lineAt(text: string, offset: number): number {
    let line = this.line;
    // As the main loop numbers lines: in an LF file a lone CR (not followed by LF) ends a line too.
    const count = (piece: string, end = piece.length) => {
      for (let at = 0; at < end; at++) {
        const c = piece.charCodeAt(at);
        if (c === this.eolCode || (this.lf && c === CR && piece.charCodeAt(at + 1) !== LF)) line++;
      }
    };
    if (!this.long) {
      count(this.buffer);
      for (const piece of this.pending) count(piece);
    }
    count(text, offset);
    return line;
  }

  push(text: string, out: DecodedRecord[]): void {
    if (this.rewind !== undefined) return;
    const from = out.length;
    this.pushText(text, out);
    this.dropHead(out, from);
  }

  end(out: DecodedRecord[]): void {
    if (this.rewind !== undefined) return;
    const from = out.length;
    this.endText(out);
    this.dropHead(out, from);
  }

  /** Drops the records of the preamble and header among those just read (see skipThroughLine). */
  private dropHead(out: DecodedRecord[], from: number): void {
    if (this.skipThrough === 0) return;
    let kept = from;
    for (let i = from; i < out.length; i++) if (out[i].line > this.skipThrough) out[kept++] = out[i];
    out.length = kept;
    if (this.line > this.skipThrough) this.skipThrough = 0;
  }

  private pushText(text: string, out: DecodedRecord[]): void {
    if (this.skipChars > 0) {
      const skipped = Math.min(this.skipChars, text.length);
      this.skipChars -= skipped;
      this.consumed += skipped;
      text = text.slice(skipped);
    }
    if (this.long) {
      this.follow(text, false, out);
      return;
    }
    if (this.searched > 0) {
      if (text.indexOf(this.eolChar) === -1 && this.searched + this.pendingLength + text.length <= MAX_LINE_CHARS) {
        this.pending.push(text);
        this.pendingLength += text.length;
        return;
      }
      text = this.takePending() + text;
    }
    this.buffer = this.buffer.length > 0 ? this.buffer + text : text;
    this.run(false, out);
  }

  private endText(out: DecodedRecord[]): void {
    if (this.pendingLength > 0) this.buffer += this.takePending();
    if (this.long) this.follow('', true, out);
    else this.run(true, out);
    this.buffer = '';
  }

  private takePending(): string {
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    return text;
  }

  private run(final: boolean, out: DecodedRecord[]): void {
    const buf = this.buffer;
    const len = buf.length;
    const delimiter = this.delimiter;
    let pos = 0;
    let line = this.line;
    // Where the next quote is, found once and reused while we are before it (no rescans on quote-free lines).
    let nextQuote = -2;
    // The same for a CR in an LF file: a lone CR before the line's end is an old Mac line end mixed in.
    let nextCr = this.lf ? -2 : -1;

    while (pos < len) {
      if (this.inHead && line > this.skipThrough) this.leaveHead();
      // A line longer than a chunk is searched for its end only in the text that came since the last search.
      let eol = buf.indexOf(this.eolChar, pos === 0 ? this.searched : pos);
      this.searched = 0;
      if (eol === -1) {
        if (!final) {
          if (len - pos > MAX_LINE_CHARS) {
            this.startLong(buf, pos, line, out);
            return;
          }
          this.searched = len - pos;
          break;
        }
        eol = len;
      }
      let contentEnd = eol;
      if (this.lf && eol > pos && buf.charCodeAt(eol - 1) === CR) contentEnd--;
      if (contentEnd === pos) {
        if (line === this.openCellGoesOnAt) this.openCellGoesOnAt++;
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
        if (line === this.openCellGoesOnAt && this.isOpenCellText(cells)) {
          this.openCellGoesOnAt++;
        } else if (!isBlank(cells)) {
          if (cells.length === this.width || this.fit === undefined) out.push({ kind: 'data', row: 0, line, cells });
          else {
            if (cells.length < this.width) this.shortLines[cells.length] = (this.shortLines[cells.length] ?? 0) + 1;
            this.pushFitted(cells, line, out);
          }
        }
        line++;
        pos = eol + 1;
        continue;
      }

      let parsed = this.parse(buf, pos, QuoteMode.Relaxed, false, final);
      if (parsed.status === TOO_LONG || (parsed.status === NEED_MORE && len - pos > MAX_RECORD_CHARS)) {
        // One physical line is held whole, however long; only a record that runs over lines is followed unheld.
        const alone = this.parse(buf, pos, QuoteMode.Relaxed, true, true);
        if (alone.status !== OK) {
          this.startLong(buf, pos, line, out);
          return;
        }
        parsed = alone;
      }
      if (parsed.status === NEED_MORE) break;
      if (this.delimiterCode === TAB && ((parsed.status === OK && parsed.bare > 0) || parsed.status === UNCLOSED)) {
        parsed = this.standardOrSpeakOut(buf, pos, parsed, final);
        if (parsed.status === NEED_MORE) break;
        if (parsed.status === TOO_LONG) {
          // Followed unheld by the standard reading: one broken row if it closes so, else its first line alone.
          this.startLong(buf, pos, line, out);
          return;
        }
      }
      if (parsed.status === OK && parsed.breaks === 0 && buf.charCodeAt(contentEnd - 2) === BACKSLASH && buf.charCodeAt(contentEnd - 1) === QUOTE) {
        // `\"` ending a line: PHP's fputcsv escape, a quote kept inside a cell that goes on (see closedByCompletingLine).
        const escaped = this.closedByCompletingLine(buf, pos, contentEnd, eol, final, parsed);
        if (escaped === NEED_MORE) break;
        if (escaped !== undefined) {
          this.pushSpanning(out, { kind: 'data', row: 0, line, cells: escaped.cells }, buf, pos, escaped);
          line += escaped.breaks + 1;
          pos = escaped.end;
          continue;
        }
      }
      if (parsed.status === OK) {
        const fitted = this.fitOrAccept(parsed.cells);
        if (parsed.breaks > 0 && parsed.bare === 0 && !Array.isArray(fitted)) {
          // Quotes as a standard writer writes them close where they say: the lines inside are one cell, never rows.
          this.pushSpanning(out, brokenRow(line, fitted, parsed.cells), buf, pos, parsed);
          line += parsed.breaks + 1;
          pos = parsed.end;
          continue;
        }
        if (Array.isArray(fitted) && (parsed.breaks === 0 || parsed.bare === 0 || !this.swallowsRecords(buf, pos, contentEnd, eol + 1, parsed.end))) {
          if (!isBlank(fitted)) this.pushSpanning(out, { kind: 'data', row: 0, line, cells: fitted }, buf, pos, parsed);
          line += parsed.breaks + 1;
          pos = parsed.end;
          continue;
        }
      }
      const escapedInside = this.backslashEscaped(buf, pos, contentEnd, final);
      if (escapedInside === NEED_MORE) break;
      if (escapedInside !== undefined) {
        this.pushSpanning(out, { kind: 'data', row: 0, line, cells: escapedInside.cells }, buf, pos, escapedInside);
        line += escapedInside.breaks + 1;
        pos = escapedInside.end;
        continue;
      }
      const closed = this.closedOnALaterLine(buf, pos, final);
      if (closed === NEED_MORE) break;
      if (closed !== undefined) {
        // The text inside a quote that closes is one cell, never rows: the record, or one broken row if it doesn't fit.
        this.pushSpanning(out, this.fitted(closed.cells, line), buf, pos, closed);
        line += closed.breaks + 1;
        pos = closed.end;
        continue;
      }
      const completed = this.closedByCompletingLine(buf, pos, contentEnd, eol, final);
      if (completed === NEED_MORE) break;
      if (completed !== undefined) {
        this.pushSpanning(out, { kind: 'data', row: 0, line, cells: completed.cells }, buf, pos, completed);
        line += completed.breaks + 1;
        pos = completed.end;
        continue;
      }
      // A record that ran over several lines and does not fit, or a quote never closed: read its first line alone,
      // so that one stray quote costs one row and never the rows after it.
      this.recoverFirstLine(buf, pos, line, out);
      line++;
      pos = eol + 1;
    }

    this.buffer = pos >= len ? '' : buf.slice(pos);
    this.consumed += Math.min(pos, len);
    this.line = line;
  }

  /**
   * In a TAB file the SpeakOut rule reads `""` before a tab or a line end as a kept quote that closes the field, but
   * a standard writer writes that too, inside a cell whose text has a quoted word before a tab or a line's end
   * (`"I say ""no""` then a new line): read so, the rest of the cell became rows. The standard reading wins when all
   * its quotes are doubled (a SpeakOut value with quotes inside has undoubled ones) and it fits the header, or when
   * neither fits and it runs over lines (one broken row then, its lines never rows).
   */
  private standardOrSpeakOut(buf: string, pos: number, speakOut: Parsed, final: boolean): Parsed {
    // Each look costs the text up to where the standard reading stops, up to a record's cap; all looks together may
    // cost twice the input read so far, so a file of such lines stays linear.
    if (this.standardLooks > 2 * (this.consumed + pos) + MAX_RECORD_CHARS) return speakOut;
    const standard = this.parse(buf, pos, QuoteMode.Standard, false, final);
    if (standard.status === NEED_MORE) return buf.length - pos > MAX_RECORD_CHARS ? speakOut : standard;
    // Counted once it is decided, so the records do not depend on how the input was cut into chunks.
    this.standardLooks += standard.end - pos;
    if (standard.status === TOO_LONG) return standard;
    if (standard.status !== OK || standard.bare > 0) return speakOut;
    if (Array.isArray(this.fitOrAccept(standard.cells))) return standard;
    const speakOutFits = speakOut.status === OK && Array.isArray(this.fitOrAccept(speakOut.cells));
    return standard.breaks > 0 && !speakOutFits ? standard : speakOut;
  }

  /** Follows a record too long to hold from `pos` (its first line kept for recovery), letting its text go as it is read. */
  private startLong(buf: string, pos: number, line: number, out: DecodedRecord[]): void {
    const firstEol = buf.indexOf(this.eolChar, pos);
    // The cells are kept only where a header can fit them; before it (sniffing, the preamble) the record is only followed.
    const cells = this.fit !== undefined && this.width > 0 ? new CappedCells(this.width + 1, MAX_RECORD_CHARS) : undefined;
    this.long = new LongRecordScan(this.delimiterCode, this.eolCode, cells);
    this.longStart = { line, at: this.consumed + pos, firstLine: firstEol === -1 ? undefined : buf.slice(pos, firstEol + 1) };
    this.buffer = '';
    this.searched = 0;
    this.line = line;
    this.consumed += pos;
    this.follow(buf.slice(pos), false, out);
  }

  private follow(text: string, final: boolean, out: DecodedRecord[]): void {
    const long = this.long!;
    const base = this.consumed;
    const end = long.feed(text);
    if (end === -1) {
      this.consumed = base + text.length;
      if (!final) return;
      if (!long.finish()) {
        this.readAgainAfterFirstLine(out);
        return;
      }
    } else {
      this.consumed = base + end;
    }
    if (long.bare > 0) {
      this.readAgainAfterFirstLine(out);
      return;
    }
    // Its quotes close as a standard writer writes them: one record, its cells cut, and nothing inside it is a row.
    const { line } = this.longStart!;
    out.push(this.longRecord(line, long));
    this.long = undefined;
    this.longStart = undefined;
    this.line = line + long.breaks + 1;
    this.buffer = end === -1 ? '' : text.slice(end);
    this.run(final, out);
  }

  /**
   * A long record whose quotes closed: its cells, cut, fitted to the header (a comment of a million characters keeps its
   * signer, verifyQ M8); one broken row when they do not fit, and record_too_long when they were too many to keep.
   */
  private longRecord(line: number, long: LongRecordScan): DecodedRecord {
    const held = long.cells?.held();
    if (held) {
      const fitted = this.fitOrAccept(held.cells);
      if (!Array.isArray(fitted)) return brokenRow(line, fitted, held.cells);
      return { kind: 'data', row: 0, line, cells: fitted, ...(held.cut.length > 0 ? { cut: held.cut } : {}) };
    }
    const detail = long.breaks > 0
      ? `a record from line ${line} to line ${line + long.breaks} is longer than ${MAX_RECORD_CHARS.toLocaleString('en-US')} characters, the most one record may hold`
      : `line ${line} is longer than ${MAX_LINE_CHARS.toLocaleString('en-US')} characters, the most one line may hold`;
    return { kind: 'rejected', row: 0, line, reason: 'record_too_long', detail };
  }

  /** A quote in a long record never closed, or closed only past quotes a standard writer would have doubled. */
  private readAgainAfterFirstLine(out: DecodedRecord[]): void {
    const long = this.long!;
    const { line, at, firstLine } = this.longStart!;
    if (firstLine === undefined) out.push(withDetail({ kind: 'rejected', row: 0, line, reason: 'broken_row' }, msg('reject.unclosed-quote', { line })));
    else this.recoverFirstLine(firstLine, 0, line, out);
    this.long = undefined;
    this.longStart = undefined;
    this.line = line + 1;
    this.buffer = '';
    if (long.firstBreak !== -1) this.rewind = at + long.firstBreak + 1;
  }

  /**
   * A quoted cell that runs over lines and closes on a later line, where its quote is the first thing on that line
   * that could end it (no delimiter before it there), but with text after the quote (`end"  `, `end" trailing
   * text`): a writer's slip after a cell that does close, as Python's reader takes it, not a quote left open. The
   * lines inside are the cell; read as rows they would be signers nobody signed. A quote that starts its line opens
   * the next record's first cell, so a stray quote before it still costs only its own row. The same in every
   * delimiter and encoding: a TAB file (Change.org's UTF-16 export) reaches here only when neither its SpeakOut nor
   * its standard reading fit, and a comment's lines read as rows were 60 invented signers.
   */
  private closedOnALaterLine(buf: string, pos: number, final: boolean): Parsed | typeof NEED_MORE | undefined {
    const strict = this.parse(buf, pos, QuoteMode.Strict, false, final);
    if (strict.status === NEED_MORE) return NEED_MORE;
    if (strict.status !== OK || strict.breaks === 0) return undefined;
    // The record's last line holds the closing quote: text before it (the cell's last line) and no delimiter there.
    const lastLineEnd = buf.charCodeAt(strict.end - 1) === this.eolCode ? strict.end - 1 : strict.end;
    const lastLineStart = buf.lastIndexOf(this.eolChar, lastLineEnd - 1) + 1;
    let quote = buf.indexOf('"', lastLineStart);
    while (quote !== -1 && quote < lastLineEnd && buf.charCodeAt(quote + 1) === QUOTE) quote = buf.indexOf('"', quote + 2);
    if (quote === -1 || quote >= lastLineEnd || quote === lastLineStart) return undefined;
    if (buf.slice(lastLineStart, quote).includes(this.delimiter)) return undefined;
    return strict;
  }

  /**
   * Whole-file evidence for a quote left open by a writer that does not escape quotes inside values (SpeakOut, or
   * PHP's `\"`): the first line lacks fields, and a later line closes the quote with no delimiter before it and
   * completes exactly the fields missing. The lines between are the cell's text, whatever they look like: complete
   * rows typed into a comment box are not signers. `escapedEnd` is the line read whole when it ends in `\"`.
   */
  private closedByCompletingLine(buf: string, pos: number, contentEnd: number, eol: number, final: boolean, escapedEnd?: Parsed): Parsed | typeof NEED_MORE | undefined {
    if (this.fit === undefined || this.width < 2) return undefined;
    let before: string[];
    let openAt: number;
    if (escapedEnd) {
      before = escapedEnd.cells.slice(0, -1);
      openAt = contentEnd - escapedEnd.cells[escapedEnd.cells.length - 1].length - 2;
      if (buf.charCodeAt(openAt) !== QUOTE) return undefined;
    } else {
      const first = this.parse(buf, pos, QuoteMode.Relaxed, true, true);
      if (first.status !== UNCLOSED || first.openAt === undefined) return undefined;
      before = first.cells;
      openAt = first.openAt;
    }
    const missing = this.width - before.length;
    if (missing < 1) return undefined;
    // All looks together cost at most twice the input read so far plus one record, so the file stays linear.
    if (this.completingLooks > 2 * (this.consumed + pos) + MAX_RECORD_CHARS) return undefined;
    let breaks = 1;
    for (let start = eol + 1; ; breaks++) {
      // A buffer ending on a line end says nothing of the lines after it: decided alike however the input is cut.
      if (start >= buf.length) {
        if (!final) return NEED_MORE;
        break;
      }
      if (start - pos > MAX_RECORD_CHARS) break;
      let end = buf.indexOf(this.eolChar, start);
      if (end === -1) {
        if (!final) return NEED_MORE;
        end = buf.length;
      }
      const lineEnd = this.lf && end > start && buf.charCodeAt(end - 1) === CR ? end - 1 : end;
      // A later line that begins a record of its own and opens a quoted cell after its first fields: a quote that
      // closes below it closes that record's cell, the nearer opening, not ours. Ours never closed, and the lines
      // up to here are rows (a stray quote costs one row), not text of one comment.
      if (this.opensARecordsCell(buf, start)) break;
      const quote = buf.indexOf('"', start);
      if (quote > start && quote < lineEnd && !buf.slice(start, quote).includes(this.delimiter)) {
        const next = quote + 1 < lineEnd ? buf.charCodeAt(quote + 1) : -1;
        const rest = next === -1 ? { status: OK, cells: [] as string[], end: end + 1 } : next === this.delimiterCode ? this.parse(buf, quote + 2, QuoteMode.Relaxed, true, true) : undefined;
        if (rest?.status === OK && 1 + rest.cells.length === missing) {
          this.completingLooks += end - pos;
          let text = buf.slice(openAt + 1, quote);
          text = escapedEnd ? text.replaceAll('\\"', '"') : text.replaceAll('""', '"');
          return { status: OK, cells: [...before, text, ...rest.cells], end: Math.min(end + 1, buf.length), breaks, bare: 1 };
        }
      }
      start = end + 1;
    }
    this.completingLooks += Math.min(buf.length, pos + MAX_RECORD_CHARS) - pos;
    return undefined;
  }

  /** Whether the line at `start` reads as a record's first fields and then a quote, at a cell's start, left open there. */
  private opensARecordsCell(buf: string, start: number): boolean {
    const line = this.parse(buf, start, QuoteMode.Relaxed, true, true);
    return line.status === UNCLOSED && line.openAt !== undefined && line.cells.length >= 1 && line.cells.length < this.width
      && buf.charCodeAt(line.openAt - 1) === this.delimiterCode;
  }

  /**
   * A record that does not fit read as RFC 4180 but does when `\"` inside quotes is a kept quote, as PHP's fputcsv
   * writes it (`"He said \"stop\", and`): read as RFC 4180, the quote closed before the comma, the signer's row was
   * rejected and the lines of the comment became signers (#11). Tried only on a first line holding `\"`.
   */
  private backslashEscaped(buf: string, pos: number, contentEnd: number, final: boolean): Parsed | typeof NEED_MORE | undefined {
    if (this.fit === undefined || !buf.slice(pos, contentEnd).includes('\\"')) return undefined;
    const parsed = this.parse(buf, pos, QuoteMode.Backslash, false, final);
    if (parsed.status === NEED_MORE) return NEED_MORE;
    if (parsed.status !== OK || parsed.bare > 0 || parsed.cells.length !== this.width) return undefined;
    return parsed;
  }

  /**
   * A line of one cell without quotes, where the header has more columns: read alone it is no record (fitToHeader
   * rejects it), so after a quote left open it is that cell's text (verifyQ L1: each such line was a row read and
   * rejected, so a quote left open in the last row made three rejected rows of one).
   */
  private isOpenCellText(cells: string[]): boolean {
    return cells.length === 1 && this.fit !== undefined && !Array.isArray(this.fitOrAccept(cells));
  }

  private pushFitted(cells: string[], line: number, out: DecodedRecord[]): void {
    out.push(this.fitted(cells, line));
  }

  private fitted(cells: string[], line: number): DecodedRecord {
    const fitted = this.fitOrAccept(cells);
    return Array.isArray(fitted) ? { kind: 'data', row: 0, line, cells: fitted } : brokenRow(line, fitted, cells);
  }

  /**
   * Pushes a record read from `pos` to `read.end`; when it ran over lines, notes it if at least half of the lines after
   * its first read as whole rows of the file (CellHoldingRows). Every line is looked at once, however many: the
   * decision is the whole cell's, and it costs one more reading of the record's text.
   */
  private pushSpanning(out: DecodedRecord[], record: DecodedRecord, buf: string, pos: number, read: Parsed): void {
    out.push(record);
    if (this.rowLike === undefined || read.breaks === 0) return;
    let rows = 0;
    let shortRows = 0;
    let shortByOne = 0;
    const shortByWidth: number[] = [];
    let lines = 0;
    for (let at = buf.indexOf(this.eolChar, pos) + 1; at > 0 && at < read.end; ) {
      const eol = buf.indexOf(this.eolChar, at);
      const line = this.parse(buf, at, QuoteMode.Relaxed, true, true);
      lines++;
      const shape = line.status === OK ? this.rowLike(line.cells) : 'none';
      if (shape === 'whole') rows++;
      else if (shape === 'short') {
        shortRows++;
        shortByWidth[line.cells.length] = (shortByWidth[line.cells.length] ?? 0) + 1;
        if (line.cells.length === this.width - 1) shortByOne++;
      }
      at = eol === -1 ? read.end : eol + 1;
    }
    const lastLine = record.line + read.breaks;
    if (rows > 0 && rows * 2 >= lines) {
      if (this.holdingCount++ < CELLS_HOLDING_ROWS_NOTED) this.holding.push({ record, lastLine, rows });
      return;
    }
    if (shortRows === 0 || !likelyRows(rows + shortRows, lines)) return;
    // One cell short of the header reads as a row only where the header is wide enough that prose rarely fits it.
    const byOne = this.width >= 5 && likelyRows(rows + shortByOne, lines);
    if (this.holdingShort.length < CELLS_HOLDING_ROWS_NOTED * 50) {
      this.holdingShort.push({ record, lastLine, rows: rows + shortByOne, lines, whole: rows, shortByWidth, shortByOne: byOne });
    }
  }

  private fitOrAccept(cells: string[]): string[] | Message {
    if (cells.length === this.width || this.fit === undefined) return cells;
    const freeText = this.everyCellQuoted?.freeText;
    if (freeText !== undefined && cells.length > this.width && freeText < this.width) {
      // `he wrote "<TAB>" here` in a message: the cells it was cut into are one, as the writer meant.
      const extra = cells.length - this.width;
      return this.fit([...cells.slice(0, freeText), cells.slice(freeText, freeText + extra + 1).join(`"${this.delimiter}"`), ...cells.slice(freeText + extra + 1)]);
    }
    return this.fit(cells);
  }

  /**
   * Whether a record that runs over several lines is more likely a quote left open that swallowed whole records:
   * its first line, with the quote read as text, is a record of the right width, and so are most of the lines it
   * swallowed (`from` to `end`); or, when no row fits the header, most of them are as wide as that first line. A real multi-line cell fails one or the other: opened before the last column, its
   * first line is short; opened in the last column, its other lines are prose of one field.
   */
  private swallowsRecords(buf: string, start: number, firstLineEnd: number, from: number, end: number): boolean {
    if (this.fit === undefined) return false;
    const first = buf.slice(start, firstLineEnd).split(this.delimiter);
    // In a file whose rows all lack a cell, no line fits: the lines swallowed are then as wide as the first one.
    const firstWidth = Array.isArray(this.fitOrAccept(first)) ? -1 : first.length;
    if (firstWidth === 1) return false;
    let lines = 0;
    let records = 0;
    for (let at = from; at < end; ) {
      const eol = buf.indexOf(this.eolChar, at);
      // A line that opens a record's quoted cell: the quote that closes our reading is that record's.
      if (this.opensARecordsCell(buf, at)) return true;
      const parsed = this.parse(buf, at, QuoteMode.Relaxed, true, true);
      lines++;
      // Where every value is quoted, a record starts with a quote: `fourth"<TAB>"fr_FR"` ends a message, it is no row.
      const startsARecord = this.everyCellQuoted === undefined || buf.charCodeAt(at) === QUOTE;
      if (startsARecord && parsed.status === OK && (firstWidth === -1 ? Array.isArray(this.fitOrAccept(parsed.cells)) : parsed.cells.length === firstWidth)) records++;
      at = eol === -1 || eol >= end ? end : eol + 1;
    }
    // Half is enough: the first line swallowed may be the start of a real multi-line record, which read alone is no
    // record (a two-line swallow of it and one fake row tied, and the rest of that record's lines became rows).
    return records * 2 >= lines;
  }

  private recoverFirstLine(buf: string, pos: number, line: number, out: DecodedRecord[]): void {
    let firstReading: Parsed | undefined;
    let firstFit: Message | undefined;
    for (const mode of [QuoteMode.Relaxed, QuoteMode.SpeakOut, QuoteMode.Strict]) {
      // The first line is whole in the buffer here, so it is read as final.
      const parsed = this.parse(buf, pos, mode, true, true);
      if (parsed.status !== OK) {
        firstReading ??= parsed;
        continue;
      }
      const fitted = this.fitOrAccept(parsed.cells);
      if (Array.isArray(fitted)) {
        if (!isBlank(fitted)) out.push({ kind: 'data', row: 0, line, cells: fitted });
        return;
      }
      if (firstReading === undefined) {
        firstReading = parsed;
        firstFit = fitted;
      }
    }
    if (firstReading?.status === UNCLOSED) {
      out.push(withDetail({ kind: 'rejected', row: 0, line, reason: 'broken_row', cells: this.unclosedCells(buf, firstReading) }, msg('reject.unclosed-quote', { line })));
      this.openCellGoesOnAt = line + 1;
    }
    else out.push(firstFit ? brokenRow(line, firstFit, firstReading?.cells) : { kind: 'rejected', row: 0, line, reason: 'broken_row', detail: '' });
  }

  /**
   * The cells of a line whose quote never closes, the open cell running to the end of the line: kept so that an
   * anonymity answer in the rejected row still hides the same signer's accepted rows (#11).
   */
  private unclosedCells(buf: string, reading: Parsed): string[] {
    if (reading.openAt === undefined) return [...reading.cells];
    let end = reading.end;
    if (end > reading.openAt && buf.charCodeAt(end - 1) === CR) end--;
    return [...reading.cells, buf.slice(reading.openAt + 1, end)];
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
    const everyCellQuoted = this.everyCellQuoted !== undefined && !singleLine && (mode === QuoteMode.Relaxed || mode === QuoteMode.SpeakOut);
    let breaks = 0;
    let bare = 0;
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
            return { status: UNCLOSED, cells, end: len, breaks, bare };
          }
          const c = buf.charCodeAt(j);
          if (c === BACKSLASH && mode === QuoteMode.Backslash && j + 1 < len && buf.charCodeAt(j + 1) === QUOTE) {
            value += buf.slice(segment, j) + '"';
            j += 2;
            segment = j;
            continue;
          }
          if (c === QUOTE) {
            if (j + 2 >= len && !final) return NEED_MORE_RESULT;
            const next = j + 1 < len ? buf.charCodeAt(j + 1) : -1;
            if (next === QUOTE) {
              const after = j + 2 < len ? buf.charCodeAt(j + 2) : -1;
              if (speakOut && (after === -1 || after === delim || after === LF || after === CR)) {
                bare++;
                value += buf.slice(segment, j + 1);
                j += 2;
                break;
              }
              value += buf.slice(segment, j + 1);
              j += 2;
              segment = j;
              continue;
            }
            const lineEnds = next === LF || next === CR;
            // Where every value is quoted, a quote at a line's end before the last field is a message's text (`"q"⏎`).
            const inMessage = lineEnds && everyCellQuoted && cells.length < this.width - 1;
            if (mode === QuoteMode.Strict || next === -1 || next === delim || (lineEnds && !inMessage)) {
              value += buf.slice(segment, j);
              j++;
              break;
            }
            // The standard reading is wanted only when every quote is doubled: no need to read further.
            if (mode === QuoteMode.Standard) return { status: UNCLOSED, cells, end: j, breaks, bare: bare + 1 };
            bare++;
            j++;
            continue;
          }
          if (c === eolCode) {
            if (singleLine) return { status: UNCLOSED, cells, end: j, breaks, bare, openAt: i };
            breaks++;
          }
          // Past the cap the record is followed without being held (LongRecordScan); one physical line is bounded by itself.
          if (!singleLine && j - pos > MAX_RECORD_CHARS) return { status: TOO_LONG, cells, end: j, breaks, bare };
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
      if (j >= len) return { status: OK, cells, end: len, breaks, bare };
      if (buf.charCodeAt(j) === delim) {
        i = j + 1;
        continue;
      }
      return { status: OK, cells, end: j + 1, breaks, bare };
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
  while (splitter.rewindTo !== undefined) {
    splitter.restart();
    splitter.push(text, out);
    splitter.end(out);
  }
  return out;
}

const enum Scan {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field; the next character says whether it closes it. */
  AfterQuote,
  /** Text after a closing quote, kept up to the delimiter. */
  Tail,
}

/**
 * Follows one record that is too long to hold, a piece of text at a time, by the same rules as the Standard reading of
 * RecordSplitter.parse: where it ends, how many line breaks its quotes hold, and how many quotes a standard writer
 * would have doubled. Linear, and it keeps no more of the text than its CappedCells keep. A record past the cap with an undoubled quote is read
 * again after its first line whatever the delimiter, so the SpeakOut rule of TAB files has no say here: with it, a
 * standard comment with `""q""` before a tab read as undoubled quotes and its lines became rows.
 */
export class LongRecordScan {
  breaks = 0;
  bare = 0;
  /** Offset from the record's start of its first line end (in quotes or ending it); -1 while none was seen. */
  firstBreak = -1;
  private state = Scan.FieldStart;
  private offset = 0;
  private readonly eolChar: string;

  /** `cells`: where the record's cells are kept, cut; without it nothing of the text is kept. */
  constructor(private readonly delim: number, private readonly eol: number, readonly cells?: CappedCells) {
    this.eolChar = String.fromCharCode(eol);
  }

  /** Reads the next piece: the index just past the record's line end, or -1 when the record goes on. */
  feed(text: string): number {
    const { delim, eol } = this;
    const len = text.length;
    let state = this.state;
    let i = 0;
    while (i < len) {
      const c = text.charCodeAt(i);
      switch (state) {
        case Scan.FieldStart:
          if (c === QUOTE) {
            state = Scan.Quoted;
            i++;
          } else {
            state = Scan.Unquoted;
          }
          break;
        case Scan.Unquoted:
        case Scan.Tail: {
          let stop = i;
          while (stop < len && text.charCodeAt(stop) !== eol && text.charCodeAt(stop) !== delim) stop++;
          this.cells?.add(text, i, stop);
          if (stop >= len) {
            i = len;
            break;
          }
          if (text.charCodeAt(stop) === eol) {
            this.cells?.endCell(eol === LF);
            return this.ended(stop);
          }
          this.cells?.endCell();
          state = Scan.FieldStart;
          i = stop + 1;
          break;
        }
        case Scan.Quoted: {
          const quote = text.indexOf('"', i);
          const stop = quote === -1 ? len : quote;
          for (let at = text.indexOf(this.eolChar, i); at !== -1 && at < stop; at = text.indexOf(this.eolChar, at + 1)) {
            this.breaks++;
            if (this.firstBreak === -1) this.firstBreak = this.offset + at;
          }
          this.cells?.add(text, i, stop);
          if (quote === -1) i = len;
          else {
            state = Scan.AfterQuote;
            i = quote + 1;
          }
          break;
        }
        case Scan.AfterQuote:
          if (c === QUOTE) {
            this.cells?.add('"', 0, 1);
            state = Scan.Quoted;
            i++;
          } else if (c === eol) {
            this.cells?.endCell();
            return this.ended(i);
          } else if (c === delim || c === LF || c === CR) {
            if (c === delim) this.cells?.endCell();
            state = c === delim ? Scan.FieldStart : Scan.Tail;
            i++;
          } else {
            // Kept as text, as the Relaxed reading does; the character after it is read inside the quotes.
            this.bare++;
            state = Scan.Quoted;
          }
          break;
      }
    }
    this.state = state;
    this.offset += len;
    return -1;
  }

  /** At the end of the input: whether the record ended there (false: a quote was still open). */
  finish(): boolean {
    if (this.state === Scan.Quoted) return false;
    this.cells?.endCell();
    return true;
  }

  private ended(at: number): number {
    if (this.firstBreak === -1) this.firstBreak = this.offset + at;
    return at + 1;
  }
}

/** A row that does not fit the header: the reason in English for rejects.csv, in catalog form for the terminal. */
function brokenRow(line: number, why: Message, cells?: string[]): DecodedRecord {
  return withDetail({ kind: 'rejected', row: 0, line, reason: 'broken_row', ...(cells ? { cells } : {}) } as const, why);
}
