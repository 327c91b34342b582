// A tick typed one cell off: the template puts `email, anonymous, date` side by side, and a tab pressed once too often
// or too few puts a signer's "don't show my name" in the email or date cell (adv-s9 D7). Read there as a bad email or
// an unreadable date, the tick was lost and the name printed; taken out of the cell, it hides the name instead.
import type { CanonicalField, ColumnMapping, RawSignature, TickSlip } from '../types.js';
import type { RecordMapper } from './map-record.js';
import { furtherAnonymityColumns } from './map-record.js';
import { unreadAnonymityColumns } from './unread-anonymity.js';
import { isBoxMarkedX, isTickAnswer } from '../normalize/parse-flag.js';
import { foldText } from '../normalize/fold.js';
import { resolveCountry } from '../normalize/resolve-country.js';

/** On a typed-up sheet every cell a signer writes in but the name may take the tick. */
const PAPER_FIELDS: readonly CanonicalField[] = ['email', 'phone', 'date', 'city', 'region', 'postcode', 'country', 'street', 'comment'];
/**
 * In a list with an anonymity column but no sheet (a list kept by hand, an export retyped), the cells whose real
 * values have a shape no mark has; a city or region of two letters ("ON") could be read as a yes.
 */
const LIST_FIELDS: readonly CanonicalField[] = ['email', 'phone', 'date'];
/**
 * Cells that may hold a request in words ("비공개 요청", "no publicar") rather than a mark: those whose real values
 * are not free text. A street ("Privatweg") or a comment (a signer's own words) keep theirs.
 */
const WORDED_FIELDS = new Set<CanonicalField>(['email', 'phone', 'date', 'postcode', 'country', 'city', 'region']);

/**
 * A request for anonymity in words, anywhere in the cell (after foldText: lower case, no accents, punctuation as
 * spaces), in Korean, English, Spanish, German, French, Italian, Portuguese, Chinese and Japanese.
 */
const ASKS_IN_WORDS = new RegExp([
  '비공개', '익명', '숨김', '숨겨', '숨기', '가림', '가려', '가리', '공개 ?(?:안|않|거부|불가|x|원치|금지)', '실명 ?(?:제외|빼)',
  '匿名', '非公', '不公', '隐藏', '隱藏', '非表示', '不要公', '不願公',
  'anonym', 'anonim', '\\bprivat[eoa]?\\b', '\\bprivad[oa]\\b', '\\bprivee?\\b', '\\bhid(?:e|den)\\b', '\\bwithh[oe]ld', 'confiden', 'vertraulich', 'riservat', 'sigil',
  '\\bdo ?n[o ]?t (?:show|publish|display|list|print|name|use)', '\\bno (?:publicar|mostrar|name|names)\\b', '\\bnicht (?:veroffentlich|anzeig|zeig|nenn)',
  '\\bne pas (?:publier|afficher|montrer)', '\\bnon (?:pubblicare|mostrare|pubblicar)', '\\bnao (?:publicar|mostrar|divulgar)',
  '\\bocult', 'verberg', 'masquer', '\\bcacher', 'nascond', '\\bsin (?:mi )?nombre', '\\bohne (?:meinen )?namen', '\\bsans (?:mon )?nom', '\\bsem (?:o )?(?:meu )?nome',
].join('|'), 'u');

/** What a real email, phone, date or postcode always has: a mark or a note in words has neither. */
const DIGIT_OR_AT = /[\p{Nd}@]/u;

/**
 * The fields to look in for a slipped tick: on a typed-up sheet (`paper`), every one a signer writes; in a list with
 * an anonymity column, the shaped ones; none elsewhere, where there is no box to miss. Each with its header as typed.
 */
export function tickSlipColumns(mapping: ColumnMapping, paper: boolean): Array<{ field: CanonicalField; column: string }> {
  const fields = paper ? PAPER_FIELDS : anonymityColumnIndexes(mapping).size > 0 ? LIST_FIELDS : [];
  const columns: Array<{ field: CanonicalField; column: string }> = [];
  for (const field of fields) {
    const column = mapping.columns.find((c) => c.field === field);
    if (column) columns.push({ field, column: column.header });
  }
  return columns;
}

/** Whether a cell of `field` holds a tick or a request for anonymity, not a value of its own. */
export function isTickSlip(field: CanonicalField, cell: string): boolean {
  if (cell.trim() === '') return false;
  // A country's code can be a word of yes or no (SI, NO): a cell naming a country is a country.
  if (field === 'country' && resolveCountry(cell) !== 'unknown') return false;
  if (isTickAnswer(cell)) return true;
  return WORDED_FIELDS.has(field) && !DIGIT_OR_AT.test(cell) && ASKS_IN_WORDS.test(foldText(cell));
}

/**
 * The mapper with slipped ticks taken out: each such cell is left empty in `fields` (not kept as an email or a date,
 * and a date left empty is the sheet's day, never an unreadable date that rejects the row) and listed in `tickSlips`,
 * which the normalizer reads as a request for anonymity and reports by row and column. The same mapper unchanged
 * when there is nothing to look in.
 */
export function withTickSlips(mapRecord: RecordMapper, columns: ReadonlyArray<{ field: CanonicalField; column: string }>): RecordMapper {
  if (columns.length === 0) return mapRecord;
  return (cells, row, line) => {
    const raw = mapRecord(cells, row, line);
    let slips: TickSlip[] | undefined;
    for (const { field, column } of columns) {
      const value = raw.fields[field];
      if (value === undefined || !isTickSlip(field, value)) continue;
      (slips ??= []).push({ field, column, value });
    }
    return slips ? takeOut(raw, slips) : raw;
  };
}

function takeOut(raw: RawSignature, slips: TickSlip[]): RawSignature {
  const fields = { ...raw.fields };
  for (const slip of slips) fields[slip.field] = '';
  return { ...raw, fields, tickSlips: slips };
}

/**
 * The columns that ask about anonymity: the mapped one, further ones (a second "Anonymous", "Hide my name" beside
 * it) and those in words the reader cannot classify (unread-anonymity.ts), which fail closed.
 */
export function anonymityColumnIndexes(mapping: ColumnMapping): Set<number> {
  const unread = unreadAnonymityColumns(mapping.columns);
  return new Set([
    ...mapping.columns.filter((column) => column.field === 'anonymous' || (column.field === null && unread.includes(column.header))).map((column) => column.index),
    ...furtherAnonymityColumns(mapping.columns).map((column) => column.index),
  ]);
}

/**
 * The mapper for a typed-up paper sheet: an x typed from the sheet's anonymity box is a tick, read as a yes (the README
 * lists it among the clear ticks). Elsewhere an x stays unclear, since in a Korean O/X column it means no.
 */
export function withPaperBoxTicks(mapRecord: RecordMapper): RecordMapper {
  return (cells, row, line) => {
    const raw = mapRecord(cells, row, line);
    const box = raw.fields.anonymous;
    return box !== undefined && isBoxMarkedX(box) ? { ...raw, fields: { ...raw.fields, anonymous: 'yes' } } : raw;
  };
}
