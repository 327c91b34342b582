// Recognizes the header row typed again in the middle of a file (paper sheets copied page by page, exports pasted
// together), also in another language or another column order.
import { classifyHeader, isKnownHeaderName } from '../formats/classify-header.js';
import { isHintRow } from './header-hints.js';

/**
 * 'same': the header again, its columns where they were; 'reordered': the rows after it hold their cells elsewhere;
 * 'hints': a form's row of hints under the header ("(한글)", "(YYYY.MM.DD)", "Please print clearly").
 */
export type HeaderAgain = 'same' | 'reordered' | 'hints';

const BEYOND_ASCII = /[\u0080-\uffff]/;

/** Share of a row's filled cells that must be known header names for the row to be a header (a column may be unknown). */
const KNOWN_SHARE = 0.8;

/**
 * Returns a test for "this record is a header again": the header as written (most cells, case and spaces aside),
 * or a row of (nearly) only known header names. Such a row is 'same' when every field it names sits in the column
 * the first header has it in, else 'reordered'.
 */
export function headerAgainTest(header: readonly string[]): (cells: readonly string[]) => HeaderAgain | null {
  const asWritten = repeatedHeaderTest(header);
  const fields = header.map(fieldOf);
  const keys = header.map(headerKey);
  const sameAsHeader = (cell: string, column: number) => {
    const key = keys[column];
    if (key === '') return false;
    // An ASCII cell keeps its length through the key (trimmed already): one of another length is not the header.
    if (cell.length !== key.length && !BEYOND_ASCII.test(cell)) return false;
    return headerKey(cell) === key;
  };
  return (cells) => {
    if (asWritten(cells)) return 'same';
    if (isHintRow(cells, header, sameAsHeader)) return 'hints';
    // Cheap first look per record: a header has a known name in its first or second cell.
    if (!isKnownHeaderName(cells[0] ?? '') && !isKnownHeaderName(cells[1] ?? '')) return null;
    const filled = cells.filter((cell) => cell.trim() !== '');
    const known = filled.filter(isKnownHeaderName).length;
    if (known < Math.min(2, header.length) || known < Math.ceil(filled.length * KNOWN_SHARE)) return null;
    const moved = cells.some((cell, i) => cell.trim() !== '' && fieldOf(cell) !== (fields[i] ?? ''));
    return moved ? 'reordered' : 'same';
  };
}

/** The field a header cell names, '' for an unknown or ignored column (those do not decide where a signer's data is). */
function fieldOf(cell: string): string {
  const found = classifyHeader(cell);
  return found.kind === 'field' ? `${found.field}${found.inverted ? '!' : ''}` : '';
}

/** Returns a test for "this record is the header again": most named header cells match, case and spaces aside. */
export function repeatedHeaderTest(header: readonly string[]): (cells: readonly string[]) => boolean {
  const keys = header.map(headerKey);
  const named = keys.filter((k) => k !== '').length;
  const needed = Math.max(Math.min(2, named), Math.ceil(named * 0.6));
  // Cheap first look per record: it only goes further when one of the first two cells equals its header.
  const first = header[0] ?? '';
  const second = header[1] ?? '';
  return (cells) => {
    if (named === 0) return false;
    if (!sameCell(cells[0], first, keys[0]) && !sameCell(cells[1], second, keys[1])) return false;
    let matches = 0;
    for (let i = 0; i < keys.length && i < cells.length; i++) {
      if (keys[i] !== '' && headerKey(cells[i]) === keys[i]) matches++;
    }
    return matches >= needed;
  };
}

function sameCell(cell: string | undefined, raw: string, key: string | undefined): boolean {
  if (cell === undefined || key === undefined || key === '') return false;
  if (cell === raw) return true;
  // Only a cell about as long as the header cell is worth folding: keeps the per-record cost to a length check.
  return Math.abs(cell.length - key.length) <= 2 && headerKey(cell) === key;
}

function headerKey(cell: string): string {
  return cell.trim().normalize('NFC').toLowerCase();
}

/**
 * Puts a row written under a reordered header back in the first header's column order, by the field each header
 * names: a rejected row keeps what its signer asked (an anonymity answer) where the first header expects it (#11).
 */
export function inFirstHeaderOrder(header: readonly string[], reordered: readonly string[]): (cells: readonly string[]) => string[] {
  const movedFields = reordered.map(fieldOf);
  const from = header.map((cell) => {
    const field = fieldOf(cell);
    // A column no field names is left blank: which cell of the moved row it holds is not known.
    return field === '' ? -1 : movedFields.indexOf(field);
  });
  return (cells) => from.map((at) => (at === -1 ? '' : cells[at] ?? ''));
}
