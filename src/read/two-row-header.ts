// A header of two rows, as Korean Excel transcriptions often have: a group name merged over two columns (연락처 above
// 이메일 | 전화) with the other names merged down both rows (이름). CSV and workbook readers both combine the two.
// A header cell wrapped over the two rows ("Don't show" above "my name", "이름" above "비공개") is one name, both halves.
import { classifyHeader } from '../formats/classify-header.js';
import { speaksOfAnonymity } from '../formats/unread-anonymity.js';
import { isTickAnswer, parseFlag } from '../normalize/parse-flag.js';
import { maskContact } from '../output/mask.js';

/**
 * The header the row below continues, or null when that row is not part of it. It is when it holds column names we
 * know, more of them than anything else, and no signer's email or phone; and it fills a column the header left empty
 * or leaves empty one the header named (the marks of merged cells: a header typed again fills the same columns).
 * The two make one header, the lower row's name winning where it has one, except where either half or both together
 * speak of anonymity: there the two halves are one name, so a wish to stay anonymous is never cut to "name".
 * It is also when each cell it fills completes a header the reader did not know into one that asks for anonymity
 * ("Show my" above "name publicly"): a question wrapped over two rows.
 */
export function headerWithRowBelow(header: readonly string[], below: readonly string[] | undefined): string[] | null {
  if (below === undefined || below.some((cell) => maskContact(cell) !== cell)) return null;
  const width = Math.max(header.length, below.length);
  const blank = (cells: readonly string[], i: number) => (cells[i] ?? '').trim() === '';
  const joined = (i: number) => `${(header[i] ?? '').trim()} ${(below[i] ?? '').trim()}`;
  const combine = () => Array.from({ length: width }, (_, i) => {
    if (blank(below, i)) return header[i] ?? '';
    if (blank(header, i)) return below[i];
    return speaksOfAnonymity(header[i]) || speaksOfAnonymity(joined(i)) ? joined(i) : below[i];
  });
  if (wrapsAnonymityQuestion(header, below, width, joined)) return combine();
  let known = 0;
  let other = 0;
  for (const cell of below) {
    if (cell.trim() === '') continue;
    const found = classifyHeader(cell);
    if (found.kind === 'field' && found.match === 'exact') known++;
    else other++;
  }
  if (known === 0 || other > known) return null;
  let merged = false;
  for (let i = 0; i < width; i++) if (blank(header, i) !== blank(below, i)) merged = true;
  if (!merged) return null;
  return combine();
}

/**
 * Whether the row below only finishes header cells: every cell it fills sits under a header that names no column on
 * its own, is no yes-no answer or tick, and together they make a known anonymity column ("Don't show" + "my name") or
 * words of anonymity the upper half alone did not have ("Show my" + "name publicly"). A signer's row fills the
 * name's column too, so it is never taken for one.
 */
function wrapsAnonymityQuestion(header: readonly string[], below: readonly string[], width: number, joined: (i: number) => string): boolean {
  let filled = 0;
  for (let i = 0; i < width; i++) {
    const lower = (below[i] ?? '').trim();
    if (lower === '') continue;
    if ((header[i] ?? '').trim() === '' || parseFlag(lower) !== null || isTickAnswer(lower) || !/\p{L}{2}/u.test(lower)) return false;
    const whole = classifyHeader(joined(i));
    const anonymity = whole.kind === 'field' && whole.field === 'anonymous';
    const mapped = anonymity && whole.match === 'exact';
    const upper = classifyHeader(header[i]);
    // A known name above is half a header only when another column has that name already (이름 … 이름 / 공개 안 함).
    if (upper.kind === 'field' && !(anonymity && upper.field !== 'anonymous' && namedElsewhere(header, i, upper.field))) return false;
    if (upper.kind === 'field') {
      filled++;
      continue;
    }
    if (!mapped && (speaksOfAnonymity(header[i]) || !speaksOfAnonymity(joined(i)))) return false;
    filled++;
  }
  return filled > 0;
}

/** Whether a column other than the i-th is headed by the same field. */
function namedElsewhere(header: readonly string[], i: number, field: string): boolean {
  return header.some((cell, j) => {
    if (j === i) return false;
    const meaning = classifyHeader(cell);
    return meaning.kind === 'field' && meaning.field === field;
  });
}
