// An .xlsx workbook as signature sources: one per sheet with a recognisable header, named `file.xlsx#Sheet`.
// Rows are streamed from the zip each time they are read; only the shared-string table is held.
import type { Readable } from 'node:stream';
import WorkbookReader from 'exceljs/lib/stream/xlsx/workbook-reader.js';
import WorksheetReader, { type StreamedRow } from 'exceljs/lib/stream/xlsx/worksheet-reader.js';
import iterateStream from 'exceljs/lib/utils/iterate-stream.js';
import type { ZipEntry } from 'unzipper';
import { UserError } from '../../errors.js';
import type { DecodedRecord, Problem, ReadInfo } from '../../types.js';
import { msg, withText } from '../../i18n/message.js';
import { english } from '../../i18n/translator.js';
import { fitToHeader } from '../fit-to-header.js';
import { shortenText } from '../../text/shorten.js';
import { headerAgainTest, inFirstHeaderOrder } from '../repeated-header.js';
import { headerWithRowBelow } from '../two-row-header.js';
import { withBaseText } from './base-text.js';
import { isoDateCells } from './iso-date-cells.js';
import { cellReferences, columnLetters } from './cell-references.js';
import { withCellRewrites } from './sheet-cells.js';
import { SHARED_STRING_LIMITS, checkSharedStrings, type SharedStringLimits } from './string-limits.js';
import { readCell, type CellFault } from './cell-text.js';
import { withDetail } from '../../i18n/detail.js';
import { mergeFiller, mergeReference, readMergedRanges, sectionTitleMerge } from './merged-cells.js';
import { isNameShaped } from '../../validate/section-title.js';
import { openZipDirectory, type ZipParts } from './zip-directory.js';
import { HiddenRows } from './hidden-rows.js';
import { isGenericSheetName, withdrawnFileRows, withdrawnRows, workbookSheetKind } from './withdrawn-sheet.js';
import { basename } from 'node:path';
import { chooseSignerSheets, type SheetChoice } from './signer-sheets.js';

export interface WorkbookInput {
  /** The file as the user named it; sources are named `path#Sheet`. */
  path: string;
  open: () => Readable;
  /** `--sheet NAME`: read this sheet, and no other: as signers, unless its name says withdrawals (without `asSigners`). */
  sheet?: string;
  /**
   * With `sheet`: the workbook's sheets of withdrawn signatures are read too, as they are without --sheet (their rows
   * rejected, their people taken off the count), save these: sheets named as signers elsewhere on the command line.
   */
  withdrawalsBesideNamed?: readonly string[];
  /**
   * `--read-as-signers FILE`: the workbook's file name (`철회.xlsx`) says nothing of its sheets named "Sheet1", and a
   * sheet named with --sheet is read as signers whatever its name says.
   */
  asSigners?: boolean;
  /** Whether a header names the columns of a signature list (a name column, or what --map names). */
  recognise: (header: string[]) => boolean;
  /** The same for a sheet of withdrawn or set-aside rows, which may name its people by email alone; `recognise` without it. */
  recogniseTakenOff?: (header: string[]) => boolean;
  /**
   * Whether a recognised header has a column only a list of signers has (a date, an email, a place, sheet and line):
   * among several sheets, only those are read without --sheet (signer-sheets.ts). Without it, every one is.
   */
  signerColumns?: (header: string[]) => boolean;
  /** How many shared strings, and how large, a workbook may hold (tests give small ones). */
  stringLimits?: SharedStringLimits;
}

export interface SheetSource {
  /** `file.xlsx#Sheet1`: the source's name in counts, clusters.csv and `explain`. */
  name: string;
  info: ReadInfo;
  records(): AsyncIterable<DecodedRecord>;
  /** What the user should know about the sheet (it is hidden in Excel; rows hidden, known after the first full read). */
  problems: Problem[];
}

/** Characters of a section title quoted in its rejection. */
const TITLE_SHOWN = 60;
/** Non-empty rows looked at to find a sheet's header (a title block above it is a preamble). */
const HEAD_ROWS = 50;
const READER_OPTIONS = { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' };

interface Sheet {
  name: string;
  /** Hidden (or "very hidden") in Excel: a person looking at the workbook does not see its tab. */
  hidden: boolean;
  entry: ZipEntry;
  zip: ZipParts;
}

export async function openWorkbook(input: WorkbookInput): Promise<SheetSource[]> {
  const wrap = (error: unknown): Error =>
    error instanceof UserError ? error : new UserError(msg('workbook.unreadable', { reason: error instanceof Error ? error.message : String(error) }), { file: input.path }, { cause: error });
  try {
    const directory = await openZipDirectory(input.open);
    const book = await readWorkbookParts(directory, input.path, input.stringLimits ?? SHARED_STRING_LIMITS);
    const date1904 = await declaresDate1904(directory);
    // exceljs turns a date-styled cell into a Date by its own reading of the flag (it knows "1" only), and
    // cell-text.ts undoes that with ours: the two must agree, or every styled date is four years and a day off.
    book.properties = { ...book.properties, model: { ...book.properties?.model, date1904 } };
    const sheets = listSheets(book, directory);
    const names = sheets.map((s) => s.name);
    const named = input.sheet === undefined ? undefined : pickSheet(sheets, input.sheet, input.path);
    const kindOf = (sheet: Sheet) => workbookSheetKind(input.path, sheet.name, input.asSigners === true);
    const beside = named && input.withdrawalsBesideNamed ? withdrawalSheetsBeside(sheets, named, input.withdrawalsBesideNamed, kindOf) : [];
    const chosen = named ? [named, ...beside] : sheets;

    const found: Array<{ sheet: Sheet; head: SheetHead | null }> = [];
    for (const sheet of chosen) found.push({ sheet, head: await readSheetHead(book, sheet, date1904) });
    const tables = found.filter((f): f is { sheet: Sheet; head: SheetHead } => f.head !== null);
    const withHeader = tables.filter((f) => !beside.includes(f.sheet));
    if (withHeader.length === 0) {
      throw new UserError(msg('workbook.no-table', { sheets: names.join(', ') }), { file: input.path });
    }
    // Naming a sheet picks it; it does not turn its withdrawals into signatures (which would cancel every withdrawal
    // on it without a word). Only --read-as-signers (`asSigners:`) counts a named withdrawal sheet's rows.
    const readKind = (sheet: Sheet) => (sheet !== named ? kindOf(sheet) : input.asSigners || kindOf(sheet) !== 'withdrawals' ? 'signers' : 'withdrawals');
    // A withdrawal sheet beside the named one is read when its header is a list's, as it is without --sheet.
    const recogniseIn = (sheet: Sheet) => (readKind(sheet) !== 'signers' ? input.recogniseTakenOff ?? input.recognise : input.recognise);
    const besideRead = tables.filter((f) => beside.includes(f.sheet) && recogniseIn(f.sheet)(f.head.header));
    const recognised = withHeader.filter((f) => named !== undefined || recogniseIn(f.sheet)(f.head.header));
    const signerColumns = input.signerColumns ?? (() => true);
    // A withdrawal sheet's rows are never counted, so its email-only header is no reason to pass it over.
    const choice = chooseSignerSheets(recognised.map((f) => ({ name: f.sheet.name, signerColumns: recogniseIn(f.sheet) !== input.recognise || signerColumns(f.head.header) })));
    if (recognised.length > 0 && choice.read.length === 0) {
      throw new UserError(msg('workbook.no-signer-sheet', { sheets: choice.skipped.map((s) => `"${s}"`).join(', ') }), { file: input.path });
    }
    const signerSheets = recognised.filter((f) => choice.read.includes(f.sheet.name));
    // When no sheet is recognised, the first table is read anyway so that the format check explains what is missing.
    const used = [...(signerSheets.length > 0 ? signerSheets : withHeader.slice(0, 1)), ...besideRead];
    const visible = used.find((u) => !u.sheet.hidden)?.sheet.name;
    // A sheet of withdrawals read as nothing would leave its people counted without a word: it is told.
    const withdrawalsUnread = chosen.filter((s) => s !== named && kindOf(s) === 'withdrawals' && !used.some((u) => u.sheet === s));
    // --read-as-signers is about what a file's name says: a tab named 철회 by itself is still not read as signers, and
    // the option, given for this workbook, would otherwise change nothing without a word.
    const ownNamed = input.asSigners ? used.filter((u) => u.sheet !== named && !isGenericSheetName(u.sheet.name) && kindOf(u.sheet) !== 'signers') : [];
    const takenOffByOwnName = ownNamed.length > 0 ? [asSignersTabsProblem(input.path, ownNamed.map((u) => u.sheet.name))] : [];
    return used.map(({ sheet, head }, index) => {
      const name = `${input.path}#${sheet.name}`;
      const kind = readKind(sheet);
      const withdrawn = kind !== 'signers';
      // A sheet named "Sheet1" taken off by the workbook's file name is told, as a CSV's file name is: nothing in the
      // sheet says so, and the warning says how to read it as signers.
      const byFileName = withdrawn && isGenericSheetName(sheet.name);
      // A hidden sheet of withdrawn signatures is not counted, so the hidden-sheet warning ("read and counted") would be wrong.
      const choiceProblems = index === 0 ? [...sheetChoiceProblems(name, choice), ...withdrawalsUnread.map((s) => withdrawalSheetUnreadProblem(input.path, s.name)), ...takenOffByOwnName] : [];
      const problems = [
        ...(byFileName ? [withdrawalFileProblem(input.path, kind)] : []),
        ...(sheet.hidden && input.sheet === undefined && !withdrawn ? [hiddenSheetProblem(name, sheet.name, visible)] : []), ...choiceProblems,
      ];
      let hiddenToldOf = false;
      const records = () => {
        // Hidden rows are told once, from the first read that went through the whole sheet (a preview stops early).
        const watch = hiddenToldOf ? undefined : new HiddenRows();
        const tell = watch && (() => {
          if (hiddenToldOf) return;
          hiddenToldOf = true;
          problems.push(...watch.problems(name));
        });
        const read = sheetRecords(book, sheet, head, date1904, (error) => wrap(error), watch, tell);
        if (kind === 'signers') return read;
        return byFileName ? withdrawnFileRows(read, basename(input.path), kind) : withdrawnRows(read, sheet.name, kind, basename(input.path));
      };
      return {
        problems,
        name,
        info: {
          encoding: 'xlsx', encodingBy: 'default', delimiter: '', preamble: head.preamble, header: head.header, headerLine: head.headerRow,
          sheet: { name: sheet.name, sheets: names, date1904 },
          ...(kind === 'signers' ? {} : { takenOff: kind }),
        },
        records,
      };
    });
  } catch (error) {
    throw wrap(error);
  }
}

async function readWorkbookParts(zip: ZipParts, path: string, limits: SharedStringLimits): Promise<WorkbookReader> {
  const entry = (name: string): ZipEntry | undefined => zip.entries.find((f) => f.path === name);
  const workbook = entry('xl/workbook.xml');
  if (!workbook) throw new UserError(msg('workbook.not-excel'), { file: path });
  const book = new WorkbookReader(undefined, READER_OPTIONS);
  const rels = entry('xl/_rels/workbook.xml.rels');
  if (rels) await book._parseRels(rels.stream());
  await book._parseWorkbook(workbook.stream());
  const styles = entry('xl/styles.xml');
  if (styles) await book._parseStyles(styles.stream());
  const strings = entry('xl/sharedStrings.xml');
  if (strings) {
    await checkSharedStrings(strings.stream(), limits, path);
    for await (const event of book._parseSharedStrings(withBaseText(strings.stream(), 'si'))) void event;
  }
  return book;
}

/**
 * `date1904` is an xsd:boolean ("true"/"1", "false"/"0", whitespace collapsed; read case-insensitively, as some
 * writers capitalise it): Mac Excel writes "true", which ExcelJS (it checks for "1" only) reads as false, and every
 * date came out four years and a day early. The element may carry a namespace prefix and the attribute any place.
 */
async function declaresDate1904(zip: ZipParts): Promise<boolean> {
  const workbook = zip.entries.find((f) => f.path === 'xl/workbook.xml');
  if (!workbook) return false;
  let head = '';
  for await (const chunk of workbook.stream()) {
    head += typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
    const pr = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(head);
    if (pr) return /(?:^|[\s:])date1904\s*=\s*(["'])\s*(?:true|1)\s*\1/i.test(pr[0]);
    // workbookPr comes before the sheets; a workbook.xml without one in its first 64 KB has none.
    if (head.length > 65536) return false;
  }
  return false;
}

/** The sheets in the order of their tabs, each with its part in the zip. */
function listSheets(book: WorkbookReader, zip: ZipParts): Sheet[] {
  const sheets: Sheet[] = [];
  for (const sheet of book.model?.sheets ?? []) {
    const rel = book.workbookRels?.find((r) => r.Id === sheet.rId);
    if (!rel) continue;
    const target = rel.Target.startsWith('/') ? rel.Target.slice(1) : `xl/${rel.Target}`;
    const entry = zip.entries.find((f) => f.path === target);
    if (entry) sheets.push({ name: sheet.name, hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden', entry, zip });
  }
  return sheets;
}

/** The workbook's sheets of withdrawn signatures other than the named one and those `namedElsewhere`, in tab order. */
function withdrawalSheetsBeside(sheets: Sheet[], named: Sheet, namedElsewhere: readonly string[], kindOf: (sheet: Sheet) => string): Sheet[] {
  const elsewhere = new Set(namedElsewhere.map(foldSheetName));
  return sheets.filter((s) => s !== named && kindOf(s) === 'withdrawals' && !elsewhere.has(foldSheetName(s.name)) && !elsewhere.has(s.name));
}

/** The warning a text export named as a withdrawal list gets (open-sources.ts), for a workbook named so. */
function withdrawalFileProblem(path: string, kind: string): Problem {
  const told = msg('problem.withdrawal-file', { file: basename(path), kind });
  return withText({ source: path, code: 'withdrawal_file', message: english().say(told) }, told);
}

function asSignersTabsProblem(path: string, tabs: string[]): Problem {
  const told = msg('problem.read-as-signers-tabs', { file: basename(path), count: tabs.length, tabs: tabs.map((t) => `"${t}"`).join(', '), example: `${basename(path)}=${tabs[0]}` });
  return withText({ source: path, code: 'read_as_signers_tabs', message: english().say(told) }, told);
}

function withdrawalSheetUnreadProblem(path: string, sheet: string): Problem {
  const told = msg('problem.withdrawal-sheet-unread', { sheet });
  return withText({ source: `${path}#${sheet}`, code: 'withdrawal_sheet_unread', message: english().say(told) }, told);
}

const foldSheetName = (s: string) => s.trim().normalize('NFC').toLowerCase();

function pickSheet(sheets: Sheet[], wanted: string, path: string): Sheet {
  const fold = (s: string) => s.trim().normalize('NFC').toLowerCase();
  const sheet = sheets.find((s) => s.name === wanted) ?? sheets.find((s) => fold(s.name) === fold(wanted));
  if (!sheet) throw new UserError(msg('workbook.no-sheet', { wanted, sheets: sheets.map((s) => `"${s.name}"`).join(', ') }), { file: path });
  return sheet;
}

interface SheetHead {
  preamble: string[];
  header: string[];
  /** The Excel row number of the header. */
  headerRow: number;
}

interface SheetRow {
  row: number;
  cells: string[];
  /** Cells that show no value (a formula never calculated, an error), by 0-based column. */
  faults: Map<number, CellFault>;
  /** Columns (0-based) whose cell is TRUE or FALSE. */
  booleans: number[];
}

async function readSheetHead(book: WorkbookReader, sheet: Sheet, date1904: boolean): Promise<SheetHead | null> {
  const rows: SheetRow[] = [];
  for await (const row of sheetRows(book, sheet, date1904)) {
    rows.push(row);
    if (rows.length >= HEAD_ROWS) break;
  }
  const index = sheetHeaderIndex(rows);
  if (index === -1) return null;
  // Only the very next row can continue the header: a blank row between them ends it.
  const below = rows[index + 1]?.row === rows[index].row + 1 ? rows[index + 1] : undefined;
  const twoRows = headerWithRowBelow(rows[index].cells, below?.cells);
  return {
    preamble: rows.slice(0, index).map((r) => r.cells.filter((c) => c.trim() !== '').join(' ')),
    header: (twoRows ?? rows[index].cells).map((c) => c.trim()),
    headerRow: twoRows && below ? below.row : rows[index].row,
  };
}

/**
 * The header is the first row that fills most of the table's width: a sheet stores no empty cells, so row widths
 * say nothing (an optional last column left blank makes most data rows shorter than the header), but a title or
 * a note above the table fills one or two cells. A sheet of one column has its first row as header.
 */
export function sheetHeaderIndex(rows: readonly { cells: readonly string[] }[]): number {
  const filled = rows.map((r) => r.cells.filter((c) => c.trim() !== '').length);
  const widest = Math.max(0, ...filled);
  if (widest === 0) return -1;
  if (widest === 1) return 0;
  const needed = Math.max(2, Math.ceil(widest * 0.6));
  return filled.findIndex((n) => n >= needed);
}

/** The non-empty rows of a sheet, as text, cells up to the last one holding something. */
async function* sheetRows(book: WorkbookReader, sheet: Sheet, date1904: boolean, hidden?: HiddenRows): AsyncGenerator<SheetRow> {
  const { stream, close } = sheet.zip.openPart(sheet.entry);
  try {
    const rewrites = [cellReferences(), isoDateCells, ...(hidden ? [hidden.watch] : [])];
    const reader = new WorksheetReader({ workbook: book, id: sheet.name, iterator: iterateStream(withBaseText(withCellRewrites(stream, rewrites), 'is')), options: READER_OPTIONS });
    for await (const row of reader as AsyncIterable<StreamedRow>) {
      const { cells, faults, booleans } = rowCells(row, date1904);
      if (cells.length > 0) yield { row: row.number, cells, faults, booleans };
    }
  } finally {
    close();
  }
}

function rowCells(row: StreamedRow, date1904: boolean): Omit<SheetRow, 'row'> {
  const cells: string[] = [];
  const faults = new Map<number, CellFault>();
  const booleans: number[] = [];
  let last = 0;
  row.eachCell((cell, column) => {
    const { text, fault, boolean } = readCell(cell, date1904);
    cells[column - 1] = text;
    if (fault) faults.set(column - 1, fault);
    if (boolean) booleans.push(column - 1);
    if (fault || text.trim() !== '') last = column;
  });
  cells.length = last;
  for (let i = 0; i < last; i++) cells[i] ??= '';
  return { cells, faults, booleans };
}

async function sheetMerges(sheet: Sheet) {
  const { stream, close } = sheet.zip.openPart(sheet.entry);
  try {
    return await readMergedRanges(stream);
  } finally {
    close();
  }
}

/**
 * Every non-empty row below the header is a record numbered with its Excel row, so clusters.csv and `explain`
 * point at the row a person sees. A row shorter than the header is padded (a spreadsheet stores no empty cells), and
 * a merged cell's value is given to every row under it that holds a signer (merged-cells.ts).
 */
async function* sheetRecords(
  book: WorkbookReader, sheet: Sheet, head: SheetHead, date1904: boolean, wrap: (error: unknown) => Error, hidden?: HiddenRows, readWhole?: () => void,
): AsyncGenerator<DecodedRecord> {
  const width = head.header.length;
  const fit = fitToHeader(head.header);
  const headerAgain = headerAgainTest(head.header);
  // After a header in another column order, rows are rejected until the first header comes back (as in a CSV).
  let reorderedAt = 0;
  let backInOrder: ((cells: readonly string[]) => string[]) | undefined;
  try {
    const merges = (await sheetMerges(sheet)).filter((range) => range.left <= width);
    const fillMerged = mergeFiller(merges, head.headerRow);
    for await (const { row, cells, faults, booleans } of sheetRows(book, sheet, date1904, hidden)) {
      if (row <= head.headerRow) continue;
      hidden?.read(row);
      while (cells.length < width) cells.push('');
      // Judged on the row's own cells: a value merged down from above is not the row's. The cells go with the
      // rejection, so a name with an anonymity note merged over a row is still heard (scan-sources askedAnonymity).
      // A merge alone does not make a title of a name: "박서준" merged A11:D11 is a signer whose cell was widened.
      const merged = sectionTitleMerge(merges, row, cells, width);
      const text = cells.find((cell) => cell.trim() !== '') ?? '';
      const title = merged && !isNameShaped(text) ? merged : null;
      fillMerged(row, cells);
      if (title) {
        yield withDetail({ kind: 'rejected', row, line: row, reason: 'section_title', cells } as const, msg('reject.section-title-merged', { title: shortenText(text.trim(), TITLE_SHOWN), cells: mergeReference(title) }));
        continue;
      }
      const fitted = fit(cells);
      const fault = [...faults].find(([column]) => column < width);
      const again = Array.isArray(fitted) ? headerAgain(fitted) : null;
      if (again === 'same' || again === 'reordered') reorderedAt = again === 'reordered' ? row : 0;
      if (again === 'reordered') backInOrder = inFirstHeaderOrder(head.header, fitted as string[]);
      if (!Array.isArray(fitted)) yield withDetail({ kind: 'rejected', row, line: row, reason: 'broken_row', cells } as const, msg('reject.cell-right-of-table', { fit: fitted }));
      else if (again === 'same') yield withDetail({ kind: 'rejected', row, line: row, reason: 'repeated_header' } as const, msg('reject.header-again-row', { row }));
      else if (again === 'hints') yield withDetail({ kind: 'rejected', row, line: row, reason: 'repeated_header' } as const, msg('reject.header-hints-row', { row }));
      else if (again === 'reordered') yield withDetail({ kind: 'rejected', row, line: row, reason: 'repeated_header' } as const, msg('reject.header-reordered-row', { row }));
      else if (reorderedAt !== 0) yield withDetail({ kind: 'rejected', row, line: row, reason: 'columns_changed', cells: backInOrder!(fitted) } as const, msg('reject.columns-changed-row', { row: reorderedAt }));
      else if (fault) yield faultRejection(row, fault[0], fault[1], head.header, fitted, [...faults.keys()].filter((column) => column < width));
      else yield booleans.length > 0 ? { kind: 'data', row, line: row, cells: fitted, booleans } : { kind: 'data', row, line: row, cells: fitted };
    }
    readWhole?.();
  } catch (error) {
    throw wrap(error);
  }
}

/** A row with a cell that shows no value is rejected naming the cell, so the user fixes the workbook, not the name. */
function faultRejection(row: number, column: number, fault: CellFault, header: readonly string[], cells: string[], unreadable: number[]): DecodedRecord {
  const cell = `${columnLetters(column + 1)}${row}`;
  const detail = fault.kind === 'formula_without_result'
    ? msg('reject.formula-without-result', { cell })
    : fault.error ? msg('reject.error-value', { cell, error: fault.error }) : msg('reject.formula-error', { cell });
  // The row's other cells go with it: what its signer asked (anonymity) still counts though the row is rejected, and
  // an anonymity cell among the unreadable ones may have been a tick (fail closed, adv-s9 D6).
  return withDetail({ kind: 'rejected' as const, row, line: row, reason: fault.kind, column: header[column] || cell.replace(/\d+$/, ''), cells, unreadable }, detail);
}

/** Hidden sheets are read, as hidden rows are (no signer is lost), but the user hears of it: it may be old or scratch data. */
function hiddenSheetProblem(source: string, sheet: string, visible: string | undefined): Problem {
  const text = visible === undefined ? msg('read.hidden-sheet', { sheet }) : msg('read.hidden-sheet-other', { sheet, visible });
  return withText({ source, code: 'hidden_sheet', message: english().say(text) }, text);
}

/**
 * Sheets passed over are named, with the --sheet that reads one (a notice: nothing was lost that looks like signers);
 * sheets read though nothing says they hold signers are a warning the user should look at.
 */
function sheetChoiceProblems(source: string, choice: SheetChoice): Problem[] {
  const list = (names: string[]) => names.map((s) => `"${s}"`).join(', ');
  const problems: Problem[] = [];
  if (choice.skipped.length) {
    const text = msg('read.sheets-not-signers', { count: choice.skipped.length, sheets: list(choice.skipped), sheet: choice.skipped[0] });
    problems.push(withText({ source, code: 'sheet_not_signers', message: english().say(text) }, text));
  }
  if (choice.unsure.length) {
    const text = msg('read.sheets-unsure', { sheets: list(choice.unsure), sheet: choice.unsure[0] });
    problems.push(withText({ source, code: 'sheets_unsure', message: english().say(text) }, text));
  }
  return problems;
}
