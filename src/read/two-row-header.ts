// A header of two rows, as Korean Excel transcriptions often have: a group name merged over two columns (연락처 above
// 이메일 | 전화) with the other names merged down both rows (이름). CSV and workbook readers both combine the two.
import { classifyHeader } from '../formats/classify-header.js';
import { maskContact } from '../output/mask.js';

/**
 * The header the row below continues, or null when that row is not part of it. It is when it holds column names we
 * know, more of them than anything else, and no signer's email or phone; and it fills a column the header left empty
 * or leaves empty one the header named (the marks of merged cells: a header typed again fills the same columns).
 * The two make one header, the lower row's name winning where it has one.
 */
export function headerWithRowBelow(header: readonly string[], below: readonly string[] | undefined): string[] | null {
  if (below === undefined || below.some((cell) => maskContact(cell) !== cell)) return null;
  let known = 0;
  let other = 0;
  for (const cell of below) {
    if (cell.trim() === '') continue;
    const found = classifyHeader(cell);
    if (found.kind === 'field' && found.match === 'exact') known++;
    else other++;
  }
  if (known === 0 || other > known) return null;
  const width = Math.max(header.length, below.length);
  const blank = (cells: readonly string[], i: number) => (cells[i] ?? '').trim() === '';
  let merged = false;
  for (let i = 0; i < width; i++) if (blank(header, i) !== blank(below, i)) merged = true;
  if (!merged) return null;
  return Array.from({ length: width }, (_, i) => (blank(below, i) ? header[i] ?? '' : below[i]));
}
