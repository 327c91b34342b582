// Opens one signature export: sniffs encoding, delimiter, preamble and header from its start, then streams its records.
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { UserError } from '../errors.js';
import type { DecodedRecord, Problem, ReadInfo } from '../types.js';
import { DecodingCheck } from './decoding-check.js';
import { binaryKind, type BinaryKind } from './binary-kind.js';
import { findHeader } from './find-header.js';
import { headerWithRowBelow } from './two-row-header.js';
import { fitToHeader, leftOffNamedCells } from './fit-to-header.js';
import { RowNotice } from './row-notice.js';
import { readSample, type Sample } from './read-sample.js';
import { RecordIterator } from './record-iterator.js';
import { headerAgainTest, inFirstHeaderOrder } from './repeated-header.js';
import { sniffDelimiter, sniffLineEnd } from './sniff-delimiter.js';
import { oneColumnDelimiter } from './one-column-list.js';
import { fixedEncoding, sniffEncoding, tallyEncodings, type SniffedEncoding } from './sniff-encoding.js';
import type { EncodingVerdict } from './encoding-tally.js';
import { verdictProblems } from './verdict-problems.js';
import { RecordSplitter, splitRecords, type LineEnd } from './split-records.js';
import { rowLikeTest } from './row-like.js';
import { classifyHeader } from '../formats/classify-header.js';
import { rowsInCellProblems } from './rows-in-cell.js';
import { msg } from '../i18n/message.js';
import { withDetail } from '../i18n/detail.js';
import { fileErrorText } from './file-error-text.js';
import { utf16Damage } from './utf16-damage.js';
import { shiftedUtf16Start, utf16AlignmentCheck } from './utf16-alignment.js';
import { decodeWithHead, findUtf8Head, headDecoder, type Utf8Head } from './utf8-head.js';
import { utf8HeadProblems } from './utf8-head-problems.js';

export interface ExportInput {
  /** Display name, as the user typed it. */
  path: string;
  /** May be called more than once: each call gives the bytes from the start. */
  open: () => Readable;
  /** `--encoding`: any name iconv-lite knows. */
  encoding?: string;
}

export interface ExportReader {
  info: ReadInfo;
  /** Each call reads the input again from the start. */
  records(): AsyncIterable<DecodedRecord>;
  /**
   * Bytes that did not decode cleanly in the first full read of records(): lines named, to exit 1 on; and rows that
   * left off cells at the end (short_rows, a notice only).
   */
  decodingProblems(): Problem[];
}

/** Bytes read to sniff encoding, delimiter and header. */
export const SAMPLE_BYTES = 64 * 1024;
/** A first line longer than the sample is read on to its end, up to this many bytes (a header of 20,000 columns). */
export const MAX_HEADER_BYTES = 16 * 1024 * 1024;
/**
 * A header with more named columns than this is refused before its columns are read (each costs a header
 * classification: 300,000 took 52 s). Exports of signatures have a few hundred; a 20,000-column header still reads.
 */
export const MAX_HEADER_COLUMNS = 25_000;

export async function openExport(input: ExportInput): Promise<ExportReader> {
  const wrapError = (error: unknown): Error => {
    if (error instanceof UserError) return error.location.file === undefined ? new UserError(error.text, { ...error.location, file: input.path }, { cause: error }) : error;
    return new UserError(fileErrorText(error), { file: input.path }, { cause: error });
  };

  let sample: Sample;
  try {
    sample = await readSample(input.open(), SAMPLE_BYTES, MAX_HEADER_BYTES);
  } catch (error) {
    throw wrapError(error);
  }

  // The sample is only the start: a file whose first 64 KB are ASCII may hold Korean rows after them.
  let wholeFile: SniffedEncoding | undefined;
  if (input.encoding === undefined && !sample.complete && !fixedEncoding(sample.bytes)) {
    const stream = input.open();
    try {
      wholeFile = await tallyEncodings(stream);
    } catch (error) {
      throw wrapError(error);
    } finally {
      stream.destroy();
    }
  }
  let decoded = decodeSample(input, sample, wholeFile);
  const { encoding, encodingBy, verdict } = decoded;
  refuseDamagedUtf16(input.path, sample.bytes, encoding, sample.complete, encodingBy === 'option');
  let { lineEnd, delimiter, head } = sniffLayout(input.path, decoded.text, sample.complete);
  // Lines read as UTF-8 below the header are rows, read in the file's encoding as the rows around them (and named).
  if (decoded.utf8Head && decoded.utf8Head.utf8Lines.at(-1)! > head.headerLine) {
    decoded = decodeSample(input, sample, wholeFile, head.headerLine);
    ({ lineEnd, delimiter, head } = sniffLayout(input.path, decoded.text, sample.complete));
  }
  const { utf8Head } = decoded;
  const columns = namedColumns(head.header);
  if (columns > MAX_HEADER_COLUMNS) {
    throw new UserError(msg('read.too-many-columns', { columns, limit: MAX_HEADER_COLUMNS }), { file: input.path, line: head.headerLine });
  }
  cutUnnamedTail(head, input.path);
  const info: ReadInfo = { encoding, encodingBy, delimiter, preamble: head.preamble, header: head.header, headerLine: head.headerLine };

  let decoding: DecodingCheck | undefined;
  let shortRows: RowNotice | undefined;
  let firstSplitter: RecordSplitter | undefined;
  const rowLike = rowLikeTest(head.header);
  return {
    info,
    decodingProblems: () => [
      ...(utf8Head ? utf8HeadProblems(input.path, utf8Head, encoding) : []),
      ...(verdict ? verdictProblems(input.path, verdict, encoding, utf8Head?.utf8Lines.at(-1)) : []), ...(decoding?.problems() ?? []),
      ...(shortRows?.problems(input.path, 'short_rows', (count, rows) => msg('read.short-rows', { count, rows })) ?? []),
      ...(firstSplitter ? rowsInCellProblems(input.path, firstSplitter.cellsHoldingRows) : []),
    ],
    records: () => ({
      [Symbol.asyncIterator]: () => {
        if (head.header.length === 0) return emptyIterator();
        const firstRead = decoding === undefined;
        // Where the lines were scored, a line in another encoding is named by the verdict, not again here.
        decoding ??= new DecodingCheck(input.path, encoding, lineEnd === 'lf' ? 10 : 13, { utf8Lines: verdict === undefined, utf8Head: utf8Head?.utf8Lines.at(-1) ?? 0 });
        // Short rows are told once, from the first read.
        if (firstRead) shortRows = new RowNotice();
        const splitter = new RecordSplitter({
          delimiter,
          lineEnd,
          skipThroughLine: head.headerLine,
          width: head.header.length,
          fit: fitToHeader(head.header),
          ...(rowLike ? { rowLike } : {}),
          ...(head.everyCellQuoted && delimiter === '\t' ? { everyCellQuoted: { freeText: freeTextColumn(head.header) } } : {}),
        });
        // Cells holding rows are told once, from the first read.
        if (firstRead) firstSplitter = splitter;
        return new RecordIterator({
          decoding: firstRead ? decoding : undefined,
          open: input.open,
          encoding,
          ...(utf8Head ? { decoder: () => headDecoder(encoding, utf8Head) } : {}),
          splitter,
          label: labeller(head.rawHeader, firstRead ? shortRows : undefined),
          wrapError,
          ...(isUtf16(encoding) ? { refuse: utf16AlignmentCheck(encoding, lineEnd === 'cr', delimiter) } : {}),
        });
      },
    }),
  };
}

/**
 * The sample in the encoding the file is read in, its start in UTF-8 where it is so (utf8-head.ts; through
 * `headerLine` at most); refused when it is not text (binary, NUL bytes, a PDF, …).
 */
export function decodeSample(input: Pick<ExportInput, 'path' | 'encoding'>, sample: Sample, wholeFile?: SniffedEncoding, headerLine?: number): Chosen & { text: string; utf8Head?: Utf8Head } {
  const chosen = chooseEncoding(input, sample.bytes, sample.complete, wholeFile);
  const { encoding, encodingBy } = chosen;
  const utf8Head = findUtf8Head(sample.bytes, encoding, headerLine);
  const text = decodeWithHead(sample.bytes, encoding, utf8Head);
  const notText = binaryKind(sample.bytes, text, chosen.verdict !== undefined);
  if (notText) throw notTextError(input.path, notText, text, sample, encoding, encodingBy);
  return { ...chosen, text, ...(utf8Head ? { utf8Head } : {}) };
}

/** Line ends, delimiter, preamble and header, from the decoded sample (`complete`: the whole file). */
function sniffLayout(file: string, decoded: string, complete: boolean): { lineEnd: LineEnd; delimiter: string; head: Head } {
  // A partial sample ends mid-record: sniff only whole lines.
  const text = complete ? decoded : decoded.slice(0, Math.max(decoded.lastIndexOf('\n'), decoded.lastIndexOf('\r')) + 1);
  if (text === '' && !complete) throw new UserError(msg('read.header-too-long', { bytes: MAX_HEADER_BYTES }), { file, line: 1 });
  const lineEnd = sniffLineEnd(text);
  const delimiter = oneColumnDelimiter(text, sniffDelimiter(text, lineEnd), lineEnd);
  const unclosed = headerQuoteUnclosed(text, lineEnd);
  if (unclosed) throw new UserError(msg('read.header-quote-unclosed', { line: unclosed }), { file, line: unclosed });
  return { lineEnd, delimiter, head: readHead(text, delimiter, lineEnd) };
}

/**
 * The line of the first line with text when a quote opened on it never closes (an odd count of quotes on it and in
 * the whole sample): the rest of the file would read as one header cell, and the first signer's row be taken for the
 * header, refused as "no header row" with that signer's cells (verifyS1 F9). Undefined otherwise.
 */
function headerQuoteUnclosed(text: string, lineEnd: LineEnd): number | undefined {
  const lines = text.split(lineEnd === 'lf' ? /\r?\n|\r/ : '\r');
  const first = lines.findIndex((line) => line.trim() !== '');
  // A quote mid-word (`Height 5"`) is a letter, not a quote that opens a cell.
  if (first === -1 || quoteCount(lines[first]) % 2 === 0 || !/(?:^|[,;\t|])\s*"/.test(lines[first])) return undefined;
  return quoteCount(text) % 2 === 1 ? first + 1 : undefined;
}

function quoteCount(text: string): number {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count++;
  return count;
}

/**
 * A UTF-16 file that turns into UTF-8 text, or whose text is one byte off, would read as rows of garbage, each rejected
 * as if it were a signer: refused instead, saying what is wrong and where (from its first 64 KB).
 */
function refuseDamagedUtf16(file: string, bytes: Buffer, encoding: string, complete: boolean, forced: boolean): void {
  if (!isUtf16(encoding)) return;
  const damage = utf16Damage(bytes, encoding, complete, forced);
  if (damage?.kind === 'turns-8-bit') throw new UserError(msg('read.utf16-turns-8-bit', { encoding }), { file, line: damage.line });
  if (damage?.kind === 'shifted') throw new UserError(msg('read.utf16-shifted', { encoding, reading: damage.reading }), { file });
}

const isUtf16 = (encoding: string): boolean => /^utf-?16-?(le|be)$/i.test(encoding);

type Chosen = Pick<ReadInfo, 'encoding' | 'encodingBy'> & { verdict?: EncodingVerdict };

function chooseEncoding(input: Pick<ExportInput, 'path' | 'encoding'>, bytes: Buffer, complete: boolean, wholeFile?: SniffedEncoding): Chosen {
  if (input.encoding !== undefined) {
    const encoding = input.encoding.trim().toLowerCase();
    if (!iconv.encodingExists(encoding)) {
      throw new UserError(msg('read.unknown-encoding', { encoding: input.encoding }), { file: input.path });
    }
    return { encoding, encodingBy: 'option' };
  }
  const sniffed = wholeFile ?? sniffEncoding(bytes, complete);
  return { encoding: sniffed.encoding, encodingBy: sniffed.by, ...(sniffed.verdict ? { verdict: sniffed.verdict } : {}) };
}

interface Head {
  preamble: string[];
  header: string[];
  /** The header as written, for spotting it again mid-file. */
  rawHeader: string[];
  headerLine: number;
  /** Every cell of the header line is in quotes (SpeakOut writes every value so). */
  everyCellQuoted: boolean;
}

function readHead(text: string, delimiter: string, lineEnd: LineEnd): Head {
  const records = splitRecords(text, { delimiter, lineEnd });
  const candidates = records.flatMap((r) => (r.kind === 'data' ? [r] : []));
  const index = findHeader(candidates);
  if (index === -1) return { preamble: [], header: [], rawHeader: [], headerLine: 0, everyCellQuoted: false };
  const header = candidates[index];
  const below = candidates[index + 1];
  const twoRows = headerWithRowBelow(header.cells, below?.cells);
  const cells = twoRows ?? header.cells;
  // Lines as the splitter numbers them: in an LF file a lone CR ends a line too (CR CR LF ends, old Mac lines mixed in).
  const lines = text.split(lineEnd === 'lf' ? /\r?\n|\r/ : '\r');
  return {
    preamble: lines.slice(0, header.line - 1).map((line) => trimPreambleLine(line, delimiter)),
    header: cells.map((cell) => cell.trim()),
    rawHeader: cells,
    headerLine: twoRows ? below.line : header.line,
    everyCellQuoted: !twoRows && everyCellQuoted(lines[header.line - 1] ?? '', delimiter, header.cells.length),
  };
}

/** Whether a line is `"…"<d>"…"<d>…"…"`: each of its cells quoted, the boundaries `"<d>"`. */
function everyCellQuoted(line: string, delimiter: string, cells: number): boolean {
  const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
  return cells > 1 && trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.split(`"${delimiter}"`).length === cells;
}

/** The one free-text (comment) column, where a writer that does not escape quotes may have typed `"<TAB>"`. */
function freeTextColumn(header: readonly string[]): number | undefined {
  const comments = header.flatMap((cell, index) => {
    const found = classifyHeader(cell);
    return found.kind === 'field' && found.field === 'comment' ? [index] : [];
  });
  return comments.length === 1 ? comments[0] : undefined;
}

/**
 * Blank cells a spreadsheet padded the header with are read as columns (a row may hold a value under one), but each
 * costs every row a cell: past MAX_HEADER_COLUMNS in all they are cut (a row's empty cells past the header cost
 * nothing), and a header whose named columns reach past it is refused. 2,400,000 blank header cells took 216 s and
 * 2.7 GB (verifyR1 F-M3).
 */
function cutUnnamedTail(head: Head, file: string): void {
  let width = head.header.length;
  while (width > 0 && head.header[width - 1] === '') width--;
  if (width > MAX_HEADER_COLUMNS) {
    throw new UserError(msg('read.too-wide-header', { columns: width, limit: MAX_HEADER_COLUMNS }), { file, line: head.headerLine });
  }
  width = Math.max(width, Math.min(head.header.length, MAX_HEADER_COLUMNS));
  head.header.length = width;
  head.rawHeader.length = width;
}

/** Columns with a name. */
function namedColumns(header: readonly string[]): number {
  let named = 0;
  for (const cell of header) if (cell !== '') named++;
  return named;
}

/** A preamble line as shown to the user: without the CR of CRLF and the delimiters a spreadsheet padded it with. */
function trimPreambleLine(line: string, delimiter: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === delimiter || line[end - 1] === '\r' || line[end - 1] === ' ')) end--;
  return line.slice(0, end);
}

/**
 * Numbers records (every record takes a row number, rejected ones too) and marks the header typed again. After a
 * header in another column order, rows are rejected until the first header comes back: read with the first header's
 * columns they would put an email where the name goes.
 */
function labeller(rawHeader: string[], shortRows?: RowNotice): (batch: DecodedRecord[], from: number) => void {
  const headerAgain = headerAgainTest(rawHeader);
  let row = 0;
  let reorderedAt = 0;
  let backInOrder: ((cells: readonly string[]) => string[]) | undefined;
  return (batch, from) => {
    for (let i = from; i < batch.length; i++) {
      const record = batch[i];
      record.row = ++row;
      if (record.kind !== 'data') continue;
      const again = headerAgain(record.cells);
      const { line } = record;
      if (again === 'same') {
        reorderedAt = 0;
        batch[i] = withDetail({ kind: 'rejected', row, line, reason: 'repeated_header' }, msg('reject.header-again', { line }));
      } else if (again === 'hints') {
        batch[i] = withDetail({ kind: 'rejected', row, line, reason: 'repeated_header' }, msg('reject.header-hints', { line }));
      } else if (again === 'reordered') {
        reorderedAt = line;
        backInOrder = inFirstHeaderOrder(rawHeader, record.cells);
        batch[i] = withDetail({ kind: 'rejected', row, line, reason: 'repeated_header' }, msg('reject.header-reordered', { line }));
      } else if (reorderedAt !== 0) {
        batch[i] = withDetail({ kind: 'rejected', row, line, reason: 'columns_changed', cells: backInOrder!(record.cells) }, msg('reject.columns-changed', { line: reorderedAt }));
      } else if (shortRows && leftOffNamedCells(record.cells)) {
        shortRows.note(row, line);
      }
    }
  };
}

function emptyIterator(): AsyncIterator<DecodedRecord> {
  return { next: () => Promise.resolve({ value: undefined, done: true }) };
}

/**
 * Bytes that do not decode: with --encoding, the user's choice was wrong (a CP949 file read as UTF-8), so say that
 * and what the file looks like; otherwise the file is not text. Either way, the first bad line is named.
 */
function notTextError(file: string, kind: BinaryKind, text: string, sample: Sample, encoding: string, by: ReadInfo['encodingBy']): UserError {
  const replaced = text.indexOf('\uFFFD');
  if (by === 'option' && replaced !== -1 && !text.includes('\u0000')) {
    const guess = sniffEncoding(sample.bytes, sample.complete).encoding;
    return new UserError(guess !== encoding ? msg('read.wrong-encoding-guess', { encoding, guess }) : msg('read.wrong-encoding', { encoding }), { file, line: lineAt(text, replaced) });
  }
  // UTF-16 without a mark whose zero bytes change sides mid-file: the byte lost or added there is the fault, not binary data.
  const shifted = kind === 'nul' && by !== 'option' ? shiftedUtf16Start(sample.bytes) : undefined;
  if (shifted) return new UserError(msg('read.utf16-shifted-mid', { encoding: shifted.encoding }), { file, line: shifted.line });
  const nul = text.indexOf('\u0000');
  // The NUL message names where the first NUL is; the other kinds are about the whole file.
  return new UserError(msg(`binary.${kind}`), kind === 'nul' && nul !== -1 ? { file, line: lineAt(text, nul) } : { file });
}

/** The 1-based physical line of a character offset (LF, CRLF or CR line ends). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
  }
  return line;
}
