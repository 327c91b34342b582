// Finds the header record among the first records of a file, past any preamble (petitions.eu writes four lines).
import { classifyHeader } from '../formats/classify-header.js';
import { maskContact } from '../output/mask.js';
import { mode } from './sniff-delimiter.js';

export interface HeaderCandidate {
  cells: string[];
}

/**
 * The index of the header: the first record as wide as most multi-field records, with at least two named
 * columns (so a preamble line that a spreadsheet padded with delimiters, `Petition: X,,,`, is passed over).
 * Returns -1 for no records. A file of one column has its first record as header.
 *
 * The rows need not be as wide as the header: when named records wider than most come before that first one, the
 * width alone cannot tell a header whose rows all lack a cell from a title line with commas in it, so what the cells
 * say decides (see pickAmongWider).
 */
export function findHeader(records: readonly HeaderCandidate[]): number {
  if (records.length === 0) return -1;
  const { value: width, count } = mode(records.map((r) => r.cells.length).filter((n) => n > 1));
  if (count === 0) return 0;
  const index = records.findIndex((r) => r.cells.length === width && namedCells(r.cells) >= 2);
  if (index === -1) return records.findIndex((r) => r.cells.length === width);
  const wider: number[] = [];
  for (let i = 0; i < index; i++) if (records[i].cells.length > width && namedCells(records[i].cells) >= 2) wider.push(i);
  if (wider.length > 0) return pickAmongWider(records, wider, index);
  return narrowerHeaderAbove(records, index) ?? index;
}

/**
 * A file whose rows are too few to outvote a broken one (its only row has an unquoted comma) makes that row's width
 * the most common: a record above it named with known column names is the header then, when the row holds a contact
 * and is no header itself, so the row is rejected as broken and the file is not refused as having no header (#11 A10).
 */
function narrowerHeaderAbove(records: readonly HeaderCandidate[], first: number): number | undefined {
  if (looksLikeHeader(records[first].cells)) return undefined;
  // Without a contact in the row, the record above is the header when it is column names we know and nothing else:
  // "Name,City" above rows "Berg, Anna,Oslo", whose names' commas made the rows one cell wider (verifyS1 F7).
  const header = holdsContact(records[first].cells) ? looksLikeHeader : onlyKnownNames;
  for (let i = first - 1; i >= 0; i--) if (records[i].cells.length > 1 && header(records[i].cells)) return i;
  return undefined;
}

/** Every named cell, two at least, is a column name we know, as a whole. */
function onlyKnownNames(cells: readonly string[]): boolean {
  let named = 0;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    const found = classifyHeader(cell);
    if (found.kind !== 'field' || found.match !== 'exact') return false;
    named++;
  }
  return named >= 2;
}

/**
 * Named records wider than the rows come before the first record of the rows' width (`first`): one of them is the
 * header with rows that all lack a cell, or they are title lines and `first` is the header. Known column names
 * decide (`first` first, then the nearest wider record); without any, a `first` that holds an email or a phone is
 * a signer's row, so the nearest wider record that holds none, the one right above the rows, is the header.
 */
function pickAmongWider(records: readonly HeaderCandidate[], wider: readonly number[], first: number): number {
  if (looksLikeHeader(records[first].cells)) return first;
  for (let i = wider.length - 1; i >= 0; i--) if (looksLikeHeader(records[wider[i]].cells)) return wider[i];
  if (!holdsContact(records[first].cells)) return first;
  // Some rows may be as wide as the header: those hold contacts too, the header does not.
  for (let i = wider.length - 1; i >= 0; i--) if (!holdsContact(records[wider[i]].cells)) return wider[i];
  return first;
}

/** At least two cells (one in a record of one named cell) are column names we know, each as a whole. */
function looksLikeHeader(cells: readonly string[]): boolean {
  const needed = Math.min(2, namedCells(cells));
  let known = 0;
  for (const cell of cells) {
    if (cell.trim() === '') continue;
    const found = classifyHeader(cell);
    if (found.kind === 'field' && found.match === 'exact' && ++known >= needed) return true;
  }
  return false;
}

function holdsContact(cells: readonly string[]): boolean {
  return cells.some((cell) => maskContact(cell) !== cell);
}

function namedCells(cells: readonly string[]): number {
  let named = 0;
  for (const cell of cells) if (cell.trim() !== '') named++;
  return named;
}
