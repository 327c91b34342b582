// Column widths from the content actually present: a column no row fills is left out, every column is at least as
// wide as its longest word (and its heading's longest word), so words break only where they must, and what is left
// goes first to columns whose cells would otherwise wrap, then by each column's share.
import type { Column } from './columns.js';
import { keepsOneLine, type PlacedColumn } from './row-fit.js';

export interface ColumnNeed {
  column: Column;
  /** Some row has text in this column. */
  filled: boolean;
  /** The narrowest width that keeps every word of every cell, and of the heading, whole. */
  least: number;
  /** The width at which every cell fits on one line at its full size. */
  natural: number;
}

/** A single word may claim at most this part of the page (a 300-letter name must not squeeze every other column). */
const MOST_FOR_ONE_WORD = 0.3;
/** Columns of a fixed kind (postcode, date, paper line) grow towards their natural width with this weight. */
const FIXED_WEIGHT = 1;

const alwaysKept = (column: Column) => column.key === 'number' || column.key === 'name';
const weightOf = (column: Column) => ('share' in column.width ? column.width.share : FIXED_WEIGHT);

/** Places the columns that have content across `contentWidth` from `left`. */
export function allocateWidths(needs: readonly ColumnNeed[], left: number, contentWidth: number): PlacedColumn[] {
  const kept = needs.filter((need) => need.filled || alwaysKept(need.column));
  const widths = kept.map((need) => ('fixed' in need.column.width && need.column.key === 'number'
    ? Math.max(need.column.width.fixed, need.least)
    : Math.min(need.least, contentWidth * MOST_FOR_ONE_WORD)));
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total > contentWidth) {
    // Even the words do not fit: the columns with the longest words give way first, down to a common width (the only
    // case a word breaks inside); numbers and dates keep theirs.
    capWidest(kept, widths, contentWidth);
  } else {
    growTowardsNatural(kept, widths, contentWidth - total);
    const rest = contentWidth - widths.reduce((sum, width) => sum + width, 0);
    const shared = kept.map((need) => ('share' in need.column.width ? need.column.width.share : 0));
    const shares = shared.reduce((sum, share) => sum + share, 0);
    for (let i = 0; i < widths.length; i++) widths[i] += shares > 0 ? (rest * shared[i]) / shares : i === widths.length - 1 ? rest : 0;
  }
  let x = left;
  return kept.map((need, i) => {
    const placed = { column: need.column, x, width: widths[i] };
    x += widths[i];
    return placed;
  });
}

function capWidest(kept: readonly ColumnNeed[], widths: number[], contentWidth: number): void {
  const cappable = kept.map((need) => !keepsOneLine(need.column));
  const unbending = widths.reduce((sum, width, i) => sum + (cappable[i] ? 0 : width), 0);
  const sumAt = (level: number) => widths.reduce((sum, width, i) => sum + (cappable[i] ? Math.min(width, level) : 0), 0);
  let low = 0;
  let high = Math.max(...widths);
  for (let step = 0; step < 40; step++) {
    const middle = (low + high) / 2;
    if (unbending + sumAt(middle) > contentWidth) high = middle;
    else low = middle;
  }
  for (let i = 0; i < widths.length; i++) if (cappable[i]) widths[i] = Math.min(widths[i], low);
  const total = widths.reduce((sum, width) => sum + width, 0);
  if (total > contentWidth) for (let i = 0; i < widths.length; i++) widths[i] *= contentWidth / total;
}

/** Hands out `room` by weight to the columns still narrower than their natural width, until none is or none is left. */
function growTowardsNatural(kept: readonly ColumnNeed[], widths: number[], room: number): void {
  for (let round = 0; round < kept.length && room > 1e-6; round++) {
    const hungry = kept.map((need, i) => (need.column.key !== 'number' && widths[i] < need.natural - 1e-6 ? i : -1)).filter((i) => i >= 0);
    if (hungry.length === 0) return;
    const weights = hungry.reduce((sum, i) => sum + weightOf(kept[i].column), 0);
    let given = 0;
    for (const i of hungry) {
      const grant = Math.min((room * weightOf(kept[i].column)) / weights, kept[i].natural - widths[i]);
      widths[i] += grant;
      given += grant;
    }
    room -= given;
  }
}
