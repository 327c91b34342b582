// Finds the header record among the first records of a file, past any preamble (petitions.eu writes four lines).
import { mode } from './sniff-delimiter.js';

export interface HeaderCandidate {
  cells: string[];
}

/**
 * The index of the header: the first record as wide as most multi-field records, with at least two named
 * columns (so a preamble line that a spreadsheet padded with delimiters, `Petition: X,,,`, is passed over).
 * Returns -1 for no records. A file of one column has its first record as header.
 */
export function findHeader(records: readonly HeaderCandidate[]): number {
  if (records.length === 0) return -1;
  const { value: width, count } = mode(records.map((r) => r.cells.length).filter((n) => n > 1));
  if (count === 0) return 0;
  const index = records.findIndex((r) => r.cells.length === width && namedCells(r.cells) >= 2);
  return index === -1 ? records.findIndex((r) => r.cells.length === width) : index;
}

function namedCells(cells: readonly string[]): number {
  let named = 0;
  for (const cell of cells) if (cell.trim() !== '') named++;
  return named;
}
