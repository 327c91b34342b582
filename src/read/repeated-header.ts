// Recognizes the header row typed again in the middle of a file (paper sheets copied page by page).

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
