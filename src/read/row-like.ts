// Whether a line's cells read as a whole signer row of a file: used to tell a quoted cell that may hold swallowed rows.
import { classifyHeader } from '../formats/classify-header.js';

/** Tells whether cells read as a row of the file whose header built it. */
export type RowLike = (cells: readonly string[]) => boolean;

const EMAIL = /^\s*[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]{2,}\s*$/u;
const NAME_FIELDS = new Set(['name', 'given', 'family']);
/** A name: letters (and marks, spaces, hyphens, apostrophes, dots), a few words, no digit and no '@'. */
const NAME = /^\s*\p{L}[\p{L}\p{M}'’.\- ]{0,60}\s*$/u;
const MAX_NAME_WORDS = 5;

/**
 * A line reads as a row when it has the header's fields (its unnamed trailing columns may be left off) and an email
 * in the email column, or, where no email was given, a name in the name column. Prose with as many commas as the
 * header has columns fails the second test; without an email or name column nothing tells, and no line reads so.
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
  if (width < 2 || (emails.length === 0 && names.length === 0)) return undefined;
  return (cells) => {
    if (cells.length < Math.max(named, 2) || cells.length > width) return false;
    if (emails.some((index) => EMAIL.test(cells[index] ?? ''))) return true;
    if (emails.some((index) => (cells[index] ?? '').trim() !== '')) return false;
    return names.length > 0 && names.every((index) => isNameShaped(cells[index] ?? ''));
  };
}

function isNameShaped(cell: string): boolean {
  return NAME.test(cell) && cell.trim().split(/\s+/u).length <= MAX_NAME_WORDS;
}
