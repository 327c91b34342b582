// Shapes a record to the header's width where the intent is clear; otherwise says why it does not fit.
import type { FitCells } from './split-records.js';
import { msg } from '../i18n/message.js';

/**
 * Extra cells are dropped when they are all empty (spreadsheets pad rows with delimiters); missing trailing cells are
 * empty, as Excel, LibreOffice and Python read a row that leaves them off (some exporters and hand-edited sheets
 * do), when at least two cells are there or the header's own trailing cells are unnamed: one cell alone in a row of
 * several columns is a stray line (a comment's wrapped text), not a signer. Extra cells with text are a broken row.
 */
/** Records fitted by leaving named cells off at the end (padded empty): the user is told how many (open-export.ts). */
const leftOff = new WeakSet<string[]>();

/** Whether these fitted cells came from a row that left off cells the header names. */
export function leftOffNamedCells(cells: string[]): boolean {
  return leftOff.has(cells);
}

export function fitToHeader(header: readonly string[]): FitCells {
  const width = header.length;
  let named = width;
  while (named > 0 && header[named - 1].trim() === '') named--;
  return (cells) => {
    const found = cells.length;
    if (found > width) {
      for (let i = width; i < found; i++) if (cells[i].trim() !== '') return msg('reject.field-count', { expected: width, found });
      cells.length = width;
      return cells;
    }
    if (found < width && ((found >= named && named > 0) || found >= 2)) {
      if (found < named) leftOff.add(cells);
      for (let i = found; i < width; i++) cells.push('');
      return cells;
    }
    return found === width ? cells : msg('reject.field-count', { expected: width, found });
  };
}
