// A name written over two columns under one header ("Name" merged over first and last name, "Name,Name", "이름,,"):
// the second column read as the other half of the name, and any column of names still left unread found for a warning.
import type { CanonicalField, ColumnMapping, MappedColumn } from '../types.js';
import { classifyHeader } from './classify-header.js';
import { extraKeys } from './extra-keys.js';
import { foldText } from '../normalize/fold.js';
import { isTickAnswer, parseFlag } from '../normalize/parse-flag.js';

const NAME_FIELDS = new Set<CanonicalField>(['name', 'given', 'family']);
/** The share of rows (of those with a name) whose cell must be a name part: a blank or a note here and there is allowed. */
const NEARLY_EVERY = 0.9;
/** The share that makes an unread column one of names worth a warning. */
const MOSTLY = 0.6;
/** Scripts whose names are written family name first: 김 민준, 山田 太郎. */
const FAMILY_FIRST_SCRIPT = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A cell that can be one part of a person's name: letters, a word or two, no digits, no address or email. */
function namePart(cell: string): boolean {
  const text = cell.trim();
  if (text === '' || text.length > 40 || /[\d@/\\]/.test(text) || !/\p{L}/u.test(text)) return false;
  // One Latin letter is a tick or an initial at most; one Hangul or Han syllable is a whole family name (김, 李).
  if ([...text].length === 1 && !FAMILY_FIRST_SCRIPT.test(text)) return false;
  return text.split(/\s+/).length <= 2 && parseFlag(text) === null && !isTickAnswer(text);
}

/** Unmapped, and headed by nothing or by a name word already used by another column ("Name (2)", a second "Name"). */
function headedAsName(column: MappedColumn | undefined): column is MappedColumn {
  if (!column || column.field !== null || column.answersYesNo) return false;
  if (column.header.trim() === '') return true;
  // "Name (2)", "Name 2": a spreadsheet's second "Name". A phrase that only holds the word ("Company name", "Name of
  // organisation") heads something else's name, not a person's.
  const found = classifyHeader(column.header.replace(/\s*(?:\(\d+\)|\d+)$/u, ''));
  return found.kind === 'field' && found.match === 'exact' && NAME_FIELDS.has(found.field);
}

/** The share of the rows with a name whose cell in `column` is a name part other than the name cell itself. */
function namePartShare(rows: ReadonlyArray<readonly string[]>, nameIndex: number, column: number): number {
  let named = 0;
  let parts = 0;
  for (const cells of rows) {
    const name = cells[nameIndex]?.trim() ?? '';
    if (name === '') continue;
    named++;
    const cell = cells[column] ?? '';
    if (namePart(cell) && foldText(cell) !== foldText(name)) parts++;
  }
  return named === 0 ? 0 : parts / named;
}

/** Whether the name cells are written in a script that puts the family name first. */
function familyFirst(header: string, rows: ReadonlyArray<readonly string[]>, nameIndex: number): boolean {
  if (FAMILY_FIRST_SCRIPT.test(header)) return true;
  const cells = rows.map((cells) => cells[nameIndex]?.trim() ?? '').filter((cell) => cell !== '');
  return cells.filter((cell) => FAMILY_FIRST_SCRIPT.test(cell)).length * 2 > cells.length;
}

/**
 * The mapping with the column right after the name column read as the other half of the name, when that column has
 * no header or repeats a name header, no half of the name has a column of its own, and (nearly) every row with a name
 * holds a name part there. Read whole, the first column alone names "Anna" for Anna Berg, Anna Olsen and Anna Dahl,
 * and the three merge into one signer (outside tester verifyR1, F-H4). Which half is which follows the first
 * column's header ("성" family, "First name" given), else the names' script (김 then 민준; Anna then Berg).
 */
export function withSplitNameColumns(mapping: ColumnMapping, rows: ReadonlyArray<readonly string[]>): ColumnMapping {
  const taken = new Set(mapping.columns.map((column) => column.field));
  const first = mapping.columns.find((column) => column.field !== null && NAME_FIELDS.has(column.field));
  if (rows.length === 0 || !first || first.by === 'map' || first.field === null) return mapping;
  const next = mapping.columns[first.index + 1];
  if (!headedAsName(next) || namePartShare(rows, first.index, next.index) < NEARLY_EVERY) return mapping;
  let halves: [CanonicalField, CanonicalField];
  if (first.field === 'given') halves = ['given', 'family'];
  else if (first.field === 'family') halves = ['family', 'given'];
  else halves = familyFirst(first.header, rows, first.index) ? ['family', 'given'] : ['given', 'family'];
  if (taken.has(halves[1]) || (first.field === 'name' && taken.has(halves[0]))) return mapping;
  const columns = mapping.columns.map((column): MappedColumn => {
    if (column.index === first.index) return { ...column, field: halves[0], nameSplit: true };
    if (column.index === next.index) return { ...column, field: halves[1], by: first.by, nameSplit: true };
    return column;
  });
  return { ...mapping, columns };
}

export interface UnreadNameColumn {
  /** Its key in `extra` (and for --map): the header, "Name (2)" for a repeated one, "column 2" for one without. */
  column: string;
  /** The header of the column the name is read from. */
  nameColumn: string;
}

/**
 * Unmapped columns that hold names all the same: headed by nothing right after a name column, or by a name word
 * another column took, with name parts in most rows. Left unread, people who differ only there are merged.
 */
export function unreadNameColumns(mapping: ColumnMapping, rows: ReadonlyArray<readonly string[]>): UnreadNameColumn[] {
  const nameColumns = mapping.columns.filter((column) => column.field !== null && NAME_FIELDS.has(column.field));
  if (rows.length === 0 || nameColumns.length === 0) return [];
  const keys = extraKeys(mapping.columns);
  const found: UnreadNameColumn[] = [];
  for (const column of mapping.columns) {
    if (!headedAsName(column)) continue;
    const before = mapping.columns[column.index - 1];
    if (column.header.trim() === '' && !(before && nameColumns.includes(before))) continue;
    const nameColumn = before && nameColumns.includes(before) ? before : nameColumns[0];
    if (namePartShare(rows, nameColumn.index, column.index) >= MOSTLY) found.push({ column: keys[column.index], nameColumn: keys[nameColumn.index] });
  }
  return found;
}
