// Merged cells of a sheet. Excel keeps a merged range's value in its top-left cell only, and lists the merges after
// all the rows (<mergeCells> follows <sheetData>), so a streamed read meets the rows before it learns of the merges:
// the sheet's part is scanned for them first (inflated once more, nothing held but the merges), then each row is
// read as a person sees it, the value of a merge running down over it filled in.
import type { Readable } from 'node:stream';
import { columnLetters } from './cell-references.js';

export interface MergedRange {
  top: number;
  bottom: number;
  /** 1-based column of the range's first cell. */
  left: number;
  /** 1-based column of the range's last cell. */
  right: number;
}

const MARK = Buffer.from('mergeCell');
const RANGE = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref="\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)"/g;

/**
 * The merges of a sheet part that span more than one cell, by their top row: those running down give their value to
 * the rows under them (mergeFiller); one across a single row is how a section title is laid over a table (sectionTitleMerge).
 */
export async function readMergedRanges(part: Readable): Promise<MergedRange[]> {
  let carry: Buffer = Buffer.alloc(0);
  const tail: Buffer[] = [];
  for await (const chunk of part) {
    const bytes = chunk as Buffer;
    if (tail.length) {
      tail.push(bytes);
      continue;
    }
    const joined = carry.length ? Buffer.concat([carry, bytes]) : bytes;
    const at = joined.indexOf(MARK);
    if (at !== -1) tail.push(joined.subarray(Math.max(0, at - 16)));
    else carry = joined.subarray(Math.max(0, joined.length - MARK.length - 16));
  }
  const ranges: MergedRange[] = [];
  for (const match of Buffer.concat(tail).toString('latin1').matchAll(RANGE)) {
    const top = Number(match[2]);
    const bottom = Number(match[4]);
    const left = columnNumber(match[1]);
    const right = columnNumber(match[3]);
    if (bottom > top || right > left) ranges.push({ top, bottom, left, right });
  }
  return ranges.sort((a, b) => a.top - b.top);
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

/**
 * Fills a row's empty cells from the merges running down over it, rows given in increasing order. Only merges that
 * start below `headerRow` count (a header merged down is not a value), and only rows that hold something of their own
 * are given to it: a row a merge alone reaches is no signer.
 */
export function mergeFiller(ranges: readonly MergedRange[], headerRow: number): (row: number, cells: string[]) => void {
  const pending = ranges.filter((r) => r.top > headerRow && r.bottom > r.top);
  const open: Array<MergedRange & { value: string }> = [];
  let next = 0;
  return (row, cells) => {
    for (let i = open.length - 1; i >= 0; i--) if (open[i].bottom < row) open.splice(i, 1);
    for (const range of open) if (!cells[range.left - 1]) cells[range.left - 1] = range.value;
    while (next < pending.length && pending[next].top <= row) {
      const range = pending[next++];
      const value = range.top === row ? cells[range.left - 1] ?? '' : '';
      if (value && range.bottom > row) open.push({ ...range, value });
    }
  };
}

/**
 * The merge that makes a row a section title ("— 부산 집회 3월 5일 —" merged over A2:C2 between the signers), or null:
 * the row's one filled cell starts a merge along that row alone over the table's columns. All of them in a table of
 * up to three columns, all but one in a wider one; a merge over fewer is how a name is laid over "given" and
 * "family", or a signer who gave only a name is typed, and that row is a signer.
 */
export function sectionTitleMerge(ranges: readonly MergedRange[], row: number, cells: readonly string[], width: number): MergedRange | null {
  const filled = cells.slice(0, width).flatMap((cell, index) => (cell.trim() === '' ? [] : [index + 1]));
  if (filled.length !== 1 || width < 2) return null;
  const needed = width <= 3 ? width : width - 1;
  return ranges.find((r) => r.top === row && r.bottom === row && r.left === filled[0] && Math.min(r.right, width) - r.left + 1 >= needed) ?? null;
}

/** "A2:C2": a merge as Excel names it. */
export function mergeReference(range: MergedRange): string {
  return `${columnLetters(range.left)}${range.top}:${columnLetters(range.right)}${range.bottom}`;
}
