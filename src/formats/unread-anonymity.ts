// Columns that may hold a signer's request to stay anonymous, but in words the reader cannot classify.
import type { ColumnMapping, MappedColumn } from '../types.js';
import { headerAsksToShowName, headerHoldsNameWord, headerIsOnlyConsent, headerSpeaksOfAnonymity } from '../normalize/anonymity-words.js';
import { asksWhichNameIsWritten } from './name-display.js';
import { isTickAnswer, parseFlag } from '../normalize/parse-flag.js';
import { plainHeader } from './header-key.js';
import { classifyHeader, UNCLEAR_NAME_DISPLAY } from './classify-header.js';

/**
 * Headers of columns left unmapped that speak of anonymity, privacy, hiding or a public list and are no anonymity
 * column the reader knows: a signer's "hide me" there would be lost, so the caller reports them and fails closed.
 */
export function unreadAnonymityColumns(columns: readonly MappedColumn[]): string[] {
  const unread: string[] = [];
  for (const column of columns) {
    if (column.field !== null) continue;
    if (column.answersYesNo === true) {
      unread.push(column.header);
      continue;
    }
    const meaning = classifyHeader(column.header);
    if (!speaksOfAnonymity(column.header)) continue;
    if (meaning.kind === 'field' && meaning.field === 'anonymous') continue;
    unread.push(column.header);
  }
  return unread;
}

/**
 * Whether a header is about anonymity, hiding a name, consent to publish or a public list: a known anonymity column,
 * one whose showing of the name is unclear, or one in those words. The two-row header reader asks it of a header
 * cell wrapped over two rows.
 */
export function speaksOfAnonymity(header: string): boolean {
  const meaning = classifyHeader(header);
  if (meaning.kind === 'field' && meaning.field === 'anonymous') return true;
  if (meaning.kind === 'ignored' && meaning.reason === UNCLEAR_NAME_DISPLAY) return true;
  // A show-name column in any language of the one table (outside tester J, F9); "Name as shown on your ID" says
  // which name to write.
  return headerSpeaksOfAnonymity(plainHeader(header), header) || (headerAsksToShowName(plainHeader(header)) && !asksWhichNameIsWritten(header));
}

/** Fields that make a column "next to a name": the list has a signer's name to show. */
const NAME_FIELDS = new Set(['name', 'given', 'family']);
/** The share of a column's answers that must be a yes, a no or a tick for the column to be a yes/no question. */
const MOSTLY = 0.6;

/**
 * The mapping with every unmapped column marked `answersYesNo` whose header holds a name word of any language the
 * show-name table knows and whose answers in `rows` (the first data rows' cells) are mostly yes or no in any
 * language ("İsim" with evet/hayır, "Jméno?" with ano/ne, 1/0, ✓/✗, x and blank), in a list with a name column
 * (outside tester J, F9). The header decides first: values alone never mark a column, so an "Email me updates"
 * yes/no column stays an opt-in.
 */
export function withYesNoNameColumns(mapping: ColumnMapping, rows: ReadonlyArray<readonly string[]>): ColumnMapping {
  if (rows.length === 0 || !mapping.columns.some((column) => column.field !== null && NAME_FIELDS.has(column.field))) return mapping;
  let marked = false;
  const columns = mapping.columns.map((column) => {
    // "Consent" alone beside a name says not to what: it may be consent to show the name (outside tester K, F1).
    if (column.field !== null || !(headerHoldsNameWord(column.header) || headerIsOnlyConsent(column.header)) || speaksOfAnonymity(column.header)) return column;
    if (!mostlyYesNo(rows.map((cells) => cells[column.index] ?? ''))) return column;
    marked = true;
    return { ...column, answersYesNo: true };
  });
  return marked ? { ...mapping, columns } : mapping;
}

/** Whether most answered cells are a yes, a no or a tick in some language, an x counting as a tick beside blanks. */
function mostlyYesNo(cells: readonly string[]): boolean {
  const answered = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (answered.length === 0) return false;
  const yesNo = answered.filter((cell) => parseFlag(cell) !== null || isTickAnswer(cell)).length;
  return yesNo / answered.length >= MOSTLY;
}
