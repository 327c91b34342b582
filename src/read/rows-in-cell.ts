// Tells of quoted cells whose lines read as whole rows: the count stands as the quotes say, but never silently.
import type { Problem } from '../types.js';
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import type { CellHoldingRows } from './split-records.js';

export const ROWS_IN_QUOTED_CELL = 'rows_in_quoted_cell';

/** One warning per cell noted, and one for the cells past those, naming the file, row, lines and rows it may hold. */
export function rowsInCellProblems(source: string, cells: { noted: readonly CellHoldingRows[]; count: number }): Problem[] {
  const problems: Problem[] = cells.noted.map(({ record, lastLine, rows }) => {
    const text = msg('read.rows-in-quoted-cell', { first: record.line, last: lastLine, rows });
    return withText({ source, row: record.row, line: record.line, code: ROWS_IN_QUOTED_CELL, message: english().say(text) }, text);
  });
  const more = cells.count - cells.noted.length;
  if (more > 0) {
    const text = msg('read.rows-in-more-quoted-cells', { count: more, row: cells.noted[cells.noted.length - 1].record.row });
    problems.push(withText({ source, code: ROWS_IN_QUOTED_CELL, message: english().say(text) }, text));
  }
  return problems;
}
