// A cell's text fitted to its column: shrunk a little, else wrapped onto two smaller lines, never wider than the cell.
import type { TextMeasure } from './page-model.js';

export interface FittedCell {
  lines: string[];
  size: number;
}

/** Line spacing of wrapped cell text, tighter than body text so two lines fit a row. */
export const CELL_LINE_HEIGHT = 1.12;
/** How far a single line may shrink before it is wrapped instead (a smaller single line reads better than two). */
const SHRINK_LIMIT = 0.8;
const MIN_SIZE = 4;

export function fitCell(text: string, width: number, size: number, rowHeight: number, measure: TextMeasure, bold = false): FittedCell {
  if (!text) return { lines: [], size };
  const natural = measure.widthOf(text, size, bold);
  if (natural <= width) return { lines: [text], size };
  const shrunk = (size * width) / natural;
  if (shrunk >= size * SHRINK_LIMIT) return { lines: [text], size: Math.floor(shrunk * 100) / 100 };
  const twoLineSize = Math.min(size * SHRINK_LIMIT, rowHeight / (2 * CELL_LINE_HEIGHT));
  for (let candidate = twoLineSize; candidate >= MIN_SIZE; candidate -= 0.25) {
    const lines = measure.wrap(text, width, candidate, bold);
    if (lines.length <= 2 && lines.every((line) => measure.widthOf(line, candidate, bold) <= width)) {
      return { lines, size: Math.floor(candidate * 100) / 100 };
    }
  }
  // A name longer than two small lines: one line, as small as it must be, still inside its cell.
  return { lines: [text], size: Math.floor(shrunk * 100) / 100 };
}
