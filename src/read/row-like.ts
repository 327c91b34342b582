// Whether a line's cells read as a whole signer row of a file: used to tell a quoted cell that may hold swallowed rows.
import { classifyHeader } from '../formats/classify-header.js';

/**
 * How cells read as a row of the file whose header built it: not a row, a short row (its trailing cells left off, as
 * Excel saves a sheet whose last columns are blank, or a free-text column last and empty), or a whole row.
 */
export type RowShape = 'none' | 'short' | 'whole';

/** Tells how cells read as a row of the file whose header built it. */
export type RowLike = (cells: readonly string[]) => RowShape;

const EMAIL = /^\s*[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]{2,}\s*$/u;
const NAME_FIELDS = new Set(['name', 'given', 'family']);
/** A name: letters (and marks, spaces, hyphens, apostrophes, dots), a few words, no digit and no '@'. */
const NAME = /^\s*\p{L}[\p{L}\p{M}'’.\- ]{0,60}\s*$/u;
const MAX_NAME_WORDS = 5;

/**
 * A line reads as a row when it has the header's fields (its unnamed trailing columns may be left off) and an email
 * in the email column, or, where no email was given, a name in the name column. Prose with as many commas as the
 * header has columns fails the second test; without an email or name column nothing tells, and no line reads so.
 * A line with fewer fields that still reaches every name column (or, without one, the email column) is a short row: whether short rows count
 * is the caller's to decide, by the rest of the file (verifyS1 F1). A list of one name column reads a name alone.
 */
export function rowLikeTest(header: readonly string[]): RowLike | undefined {
  const width = header.length;
  let named = width;
  while (named > 0 && header[named - 1].trim() === '') named--;
  const emails: number[] = [];
  const names: number[] = [];
  header.forEach((cell, index) => {
    const found = classifyHeader(cell);
    if (found.kind !== 'field') return;
    if (found.field === 'email') emails.push(index);
    else if (NAME_FIELDS.has(found.field)) names.push(index);
  });
  if (emails.length === 0 && names.length === 0) return undefined;
  if (width < 2) return (cells) => (cells.length === 1 && isNameShaped(cells[0]) ? 'whole' : 'none');
  // A short row reaches its name columns; an email column past its last cell is an email left blank.
  const reaches = Math.max(2, ...(names.length > 0 ? names : emails).map((index) => index + 1));
  return (cells) => {
    if (cells.length < reaches || cells.length > width) return 'none';
    const shape = cells.length >= named ? 'whole' : 'short';
    if (emails.some((index) => EMAIL.test(cells[index] ?? ''))) return shape;
    if (emails.some((index) => (cells[index] ?? '').trim() !== '')) return 'none';
    return names.length > 0 && names.every((index) => isNameShaped(cells[index] ?? '')) ? shape : 'none';
  };
}

function isNameShaped(cell: string): boolean {
  return NAME.test(cell) && cell.trim().split(/\s+/u).length <= MAX_NAME_WORDS;
}
