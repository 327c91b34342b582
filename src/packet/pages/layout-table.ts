// A simple table in the flow: a header row repeated on each page, cells cut with "…" when too long, optional share bars.
import type { TextMeasure } from './document-model.js';
import type { FlowCursor } from './flow-cursor.js';

export interface TableColumn {
  header: string;
  /** Fraction of the content width. */
  share: number;
  align: 'left' | 'right';
  /** A bar column draws the row's `bar` (0…1) as a filled rectangle instead of text. */
  bar?: boolean;
}

export interface TableRow {
  cells: string[];
  bold?: boolean;
  bar?: number;
}

const SIZE = 9.5;
const CELL_PAD = 4;
const RULE_COLOR = '#999999';
const BAR_COLOR = '#7fa7d1';

/** The longest start of `text` that fits in `width`, ending in "…" when cut. */
export function fitText(measure: TextMeasure, text: string, width: number, size: number, bold?: boolean): string {
  if (measure.widthOf(text, size, bold) <= width) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure.widthOf(chars.slice(0, mid).join('') + '…', size, bold) <= width) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('').trimEnd() + '…';
}

export function layoutTable(cursor: FlowCursor, columns: TableColumn[], rows: TableRow[]): void {
  const { frame, measure } = cursor;
  const total = frame.right - frame.left;
  const lefts: number[] = [];
  let x = frame.left;
  for (const column of columns) {
    lefts.push(x);
    x += column.share * total;
  }
  const rowHeight = measure.lineHeight(SIZE) + 2;

  const header = () => {
    columns.forEach((column, i) => {
      if (!column.header) return;
      const width = column.share * total - CELL_PAD;
      cursor.add({ kind: 'text', x: lefts[i], y: cursor.y, width, align: column.align, text: fitText(measure, column.header, width, SIZE, true), size: SIZE, bold: true, color: '#333333' });
    });
    cursor.advance(rowHeight);
    cursor.add({ kind: 'line', x1: frame.left, y1: cursor.y - 2, x2: frame.right, y2: cursor.y - 2, lineWidth: 0.5, color: RULE_COLOR });
  };

  // Keep the header with at least two rows.
  cursor.ensure(rowHeight * Math.min(3, rows.length + 1));
  header();
  for (const row of rows) {
    if (cursor.y + rowHeight > frame.bottom) {
      cursor.newPage();
      header();
    }
    columns.forEach((column, i) => {
      const width = column.share * total - CELL_PAD;
      if (column.bar) {
        const share = Math.max(0, Math.min(1, row.bar ?? 0));
        const height = rowHeight * 0.5;
        if (share > 0) cursor.add({ kind: 'rect', x: lefts[i] + CELL_PAD, y: cursor.y + (rowHeight - 3 - height) / 2, width: Math.max(0.5, share * (width - CELL_PAD)), height, fill: BAR_COLOR });
        return;
      }
      const text = row.cells[i] ?? '';
      cursor.add({ kind: 'text', x: lefts[i], y: cursor.y, width, align: column.align, text: fitText(measure, text, width, SIZE, row.bold), size: SIZE, ...(row.bold ? { bold: true } : {}) });
    });
    cursor.advance(rowHeight);
  }
}
