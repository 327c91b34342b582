// A simple table in the flow: a header row repeated on each page (wrapped, never cut), cells cut with "…" when too long,
// optional share bars.
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

/** Left edges and widths of the columns: a column narrower than its header's longest word takes room from the first. */
function columnBoxes(measure: TextMeasure, columns: TableColumn[], total: number, left: number): Array<{ x: number; width: number }> {
  const widths = columns.map((column) => column.share * total);
  for (let i = 1; i < columns.length; i++) {
    const longestWord = Math.max(0, ...columns[i].header.split(/\s+/u).map((word) => measure.widthOf(word, SIZE, true)));
    const lack = longestWord + CELL_PAD - widths[i];
    if (lack > 0) {
      widths[i] += lack;
      widths[0] -= lack;
    }
  }
  let x = left;
  return widths.map((width) => {
    const box = { x, width };
    x += width;
    return box;
  });
}

/** The height a table needs on the page it starts on: its header and its first two rows (a heading keeps with it). */
export function tableLeadHeight(measure: TextMeasure, columns: TableColumn[], rows: number, total: number): number {
  return headerLines(measure, columns, columnBoxes(measure, columns, total, 0)) * measure.lineHeight(SIZE) + 2
    + Math.min(2, rows) * (measure.lineHeight(SIZE) + 2);
}

function headerLines(measure: TextMeasure, columns: TableColumn[], boxes: Array<{ width: number }>): number {
  return Math.max(1, ...columns.map((column, i) => (column.header ? measure.wrap(column.header, boxes[i].width - CELL_PAD, SIZE, true).length : 1)));
}

export function layoutTable(cursor: FlowCursor, columns: TableColumn[], rows: TableRow[]): void {
  const { frame, measure } = cursor;
  const boxes = columnBoxes(measure, columns, frame.right - frame.left, frame.left);
  const lineHeight = measure.lineHeight(SIZE);
  const rowHeight = lineHeight + 2;
  const headerHeight = headerLines(measure, columns, boxes) * lineHeight + 2;

  const header = () => {
    columns.forEach((column, i) => {
      if (!column.header) return;
      const width = boxes[i].width - CELL_PAD;
      // Header lines sit on the header's last line, so one-line headers line up with the wrapped one's end.
      const lines = measure.wrap(column.header, width, SIZE, true);
      const top = cursor.y + headerHeight - 2 - lines.length * lineHeight;
      lines.forEach((line, n) => cursor.add({ kind: 'text', x: boxes[i].x, y: top + n * lineHeight, width, align: column.align, text: line, size: SIZE, bold: true, color: '#333333' }));
    });
    cursor.advance(headerHeight);
    cursor.add({ kind: 'line', x1: frame.left, y1: cursor.y - 2, x2: frame.right, y2: cursor.y - 2, lineWidth: 0.5, color: RULE_COLOR });
  };

  // Keep the header with at least two rows.
  cursor.ensure(headerHeight + rowHeight * Math.min(2, rows.length));
  header();
  for (const row of rows) {
    if (cursor.y + rowHeight > frame.bottom) {
      cursor.newPage();
      header();
    }
    columns.forEach((column, i) => {
      const width = boxes[i].width - CELL_PAD;
      if (column.bar) {
        const share = Math.max(0, Math.min(1, row.bar ?? 0));
        const height = rowHeight * 0.5;
        if (share > 0) cursor.add({ kind: 'rect', x: boxes[i].x + CELL_PAD, y: cursor.y + (rowHeight - 3 - height) / 2, width: Math.max(0.5, share * (width - CELL_PAD)), height, fill: BAR_COLOR });
        return;
      }
      const text = row.cells[i] ?? '';
      cursor.add({ kind: 'text', x: boxes[i].x, y: cursor.y, width, align: column.align, text: fitText(measure, text, width, SIZE, row.bold), size: SIZE, ...(row.bold ? { bold: true } : {}) });
    });
    cursor.advance(rowHeight);
  }
}
