// One row of the list fitted to its columns: each cell's lines and size, how many grid rows the row takes, and which
// cells had to be transliterated. Planning (page counts) and drawing use this same function, so they agree.
import { hanFormOf } from '../fonts/han-form.js';
import { transliterateMissing } from '../fonts/transliterate.js';
import { toNfc } from '../fonts/font-set.js';
import type { CutRows, ListEntry } from './list-types.js';
import type { Geometry } from './page-geometry.js';
import type { TextMeasure } from './page-model.js';
import { cellTexts, type Column } from './columns.js';
import { CELL_LINE_HEIGHT, fitCell, wrapSizeFor, type FittedCell, type PieceBreaks } from './fit-cell.js';
import type { HanForm } from '../fonts/han-form.js';
import { ShardedMap } from '../../dedupe/sharded-map.js';

export const CELL_PAD = 4;
/** Room above and below the lines of a wrapped cell. */
export const ROW_PAD = 1.6;
const BODY_SIZE = 8.5;
const NAME_SIZE = 9;
export const NUMBER_SIZE = 7.5;
/**
 * The most lines a wrapped cell takes in the list. A name of thousands of characters (under the 10,000-character
 * cell limit) would otherwise fill a page; its full text stays in the data (merged.csv), and the packet warns.
 */
export const LIST_CELL_MAX_LINES = 4;
/** Column headings, in bold capitals. */
export const HEADING_SIZE = 7;
/** Appended to a cell printed in Latin transliteration; the page's footer explains it. */
export const TRANSLITERATED_MARK = '†';

export interface PlacedColumn {
  column: Column;
  x: number;
  width: number;
}

export interface FittedRow {
  cells: Array<FittedCell | undefined>;
  /** Grid rows the row takes (1 unless a cell wraps onto more lines than a row holds). */
  slots: number;
  /** Some cell is printed transliterated (and marked). */
  transliterated: boolean;
  /** Some cell was cut to LIST_CELL_MAX_LINES lines. */
  cut: boolean;
}

export function cellSizeOf(column: Column): number {
  return column.key === 'number' ? NUMBER_SIZE : column.key === 'name' ? NAME_SIZE : BODY_SIZE;
}

/** Row numbers and dates are never wrapped: their columns are made as wide as their widest cell. */
export function keepsOneLine(column: Column): boolean {
  return column.key === 'number' || column.key === 'date';
}

/** Emails, phones and streets break after `@`, before `.` and at spaces; paper lines at spaces only (see fit-cell.ts). */
export function wrapsAtPunctuation(column: Column): PieceBreaks | undefined {
  return column.key === 'paper' ? 'spaces' : column.key.startsWith('extra:') ? 'address' : undefined;
}

/** Remembered one-line verdicts per column: countries, dates and cities repeat across a list, names rarely. */
const VERDICT_CACHE_SIZE = 4096;

export class RowFitter {
  private readonly bareColumns: Column[];
  private readonly maxLines: number[];
  private readonly verdicts: Array<Map<string, boolean>>;

  constructor(
    readonly columns: readonly PlacedColumn[],
    private readonly geometry: Pick<Geometry, 'rowHeight' | 'rowsPerPage'>,
    private readonly measure: TextMeasure,
    /** The language of country names and dates in the cells (see columns.ts). */
    private readonly language?: string,
    /** The campaign's time zone, in which a signing date is a day (list-format.ts signingDay). */
    private readonly timezone?: string,
  ) {
    this.bareColumns = columns.map((placed) => placed.column);
    const pageHeight = geometry.rowHeight * geometry.rowsPerPage;
    this.maxLines = this.bareColumns.map((column) => Math.min(LIST_CELL_MAX_LINES, Math.floor((pageHeight - 2 * ROW_PAD) / (cellSizeOf(column) * CELL_LINE_HEIGHT))));
    this.verdicts = this.bareColumns.map(() => new Map());
  }

  /** The fitted cells of one row and its height in grid rows. */
  fit(entry: ListEntry, numberText: string): FittedRow {
    return this.fitRow(entry, numberText, false);
  }

  /**
   * Grid rows one entry takes: the measuring pass over a whole list before drawing. Cells that surely stay on one
   * line (by a cheap upper bound of their width) are not fitted at all.
   */
  slotsOf(entry: ListEntry): number {
    return this.measureRow(entry).slots;
  }

  /** Grid rows one entry takes, and whether a cell of it is cut: the measuring pass that also finds the cut rows. */
  measureRow(entry: ListEntry): { slots: number; cut: boolean } {
    const { slots, cut } = this.fitRow(entry, '', true);
    return { slots, cut };
  }

  private fitRow(entry: ListEntry, numberText: string, heightOnly: boolean): FittedRow {
    const texts = cellTexts(entry, this.bareColumns, numberText, this.language, this.timezone);
    const han = hanFormOf(entry.country);
    const cells = new Array<FittedCell | undefined>(texts.length);
    let height = 0;
    let transliterated = false;
    let cut = false;
    for (let c = 0; c < texts.length; c++) {
      const text = texts[c];
      if (!text) continue;
      const size = cellSizeOf(this.bareColumns[c]);
      const inner = this.columns[c].width - 2 * CELL_PAD;
      // The number and date columns are as wide as their widest cell: always one line.
      if (keepsOneLine(this.bareColumns[c]) || this.surelyOneLine(c, text, inner, size, han)) {
        // Planned on one line, so drawn on one line: the bound and the drawing can never disagree about the row.
        if (!heightOnly) cells[c] = fitCell(text, inner, size, this.measure, { han, oneLine: true });
        continue;
      }
      const fitted = this.fitWrapping(c, text, inner, size, han);
      cells[c] = fitted.cell;
      transliterated ||= fitted.transliterated;
      cut ||= fitted.cell.cut === true;
      if (fitted.cell.lines.length > 1) height = Math.max(height, fitted.cell.lines.length * fitted.cell.size * CELL_LINE_HEIGHT + 2 * ROW_PAD);
    }
    const slots = Math.min(this.geometry.rowsPerPage, Math.max(1, Math.ceil(height / this.geometry.rowHeight - 1e-9)));
    return { cells, slots, transliterated, cut };
  }

  /** True when even the width bound leaves the text on one line (shrunk at most to the wrapping size). */
  private surelyOneLine(c: number, text: string, inner: number, size: number, han: HanForm | undefined): boolean {
    const key = han ? `${han}\u0000${text}` : text;
    let verdicts = this.verdicts[c];
    let verdict = verdicts.get(key);
    if (verdict !== undefined) return verdict;
    const bound = this.measure.widthBound?.(text, size, false, han);
    verdict = bound !== undefined && bound <= (inner * size) / (wrapSizeFor(size) + 0.01);
    // Dropped whole when full, never trimmed in place (see the caches in font-set.ts).
    if (verdicts.size >= VERDICT_CACHE_SIZE) this.verdicts[c] = verdicts = new Map();
    verdicts.set(key, verdict);
    return verdict;
  }

  private fitWrapping(c: number, text: string, inner: number, size: number, han: HanForm | undefined): { cell: FittedCell; transliterated: boolean } {
    const missing = this.measure.missing?.(text, false, han);
    const printed = missing ? `${transliterateMissing(toNfc(text), missing)}\u00a0${TRANSLITERATED_MARK}` : text;
    const cell = fitCell(printed, inner, size, this.measure, {
      han, breakAtPunctuation: wrapsAtPunctuation(this.bareColumns[c]), maxLines: this.maxLines[c],
    });
    return { cell, transliterated: missing !== undefined };
  }
}

/**
 * The tall rows of a list read in print order (index 0 = signature 1): the measuring pass that lets the plan count
 * pages before anything is drawn. Only rows taller than one grid row are kept.
 */
export async function findTallRows(rows: AsyncIterator<ListEntry> | Iterator<ListEntry>, fitter: Pick<RowFitter, 'measureRow'>, cutRows: CutRows = { count: 0, first: [] }): Promise<ShardedMap<number, number>> {
  // Sharded: in a list of 20 million signers, most rows may wrap.
  const tall = new ShardedMap<number, number>();
  for (let index = 0; ; index++) {
    const next = await rows.next();
    if (next.done) break;
    const { slots, cut } = fitter.measureRow(next.value);
    if (slots > 1) tall.set(index, slots);
    if (cut) noteCutRow(cutRows, index);
  }
  return tall;
}

/** How many signature numbers a warning names; a list of millions could cut thousands. */
const CUT_ROWS_NAMED = 5;

/** Notes the row at print index `index` (signature index + 1) as cut. */
export function noteCutRow(cutRows: CutRows, index: number): void {
  cutRows.count += 1;
  if (cutRows.first.length < CUT_ROWS_NAMED) cutRows.first.push(index + 1);
}
