// Which columns each privacy profile prints, and the text of each cell: email, phone and street only when named explicitly.
import type { ListEntry, Profile } from './list-types.js';
import { countryName, formatDate } from './list-format.js';
import { paperLineCell } from '../../sheets/sheet-labels.js';
import { fillWords, packetWords } from '../pages/packet-words.js';

/** Appended to a date that is the paper sheet's day, not the signature's; the page explains it under the list. */
export const SHEET_DATED_MARK = '‡';

export type ColumnKey = 'number' | 'name' | 'city' | 'region' | 'postcode' | 'country' | 'date' | 'paper' | `extra:${string}`;

export interface Column {
  key: ColumnKey;
  title: string;
  align: 'left' | 'right';
  /** Fixed width in points, or a share of what the fixed columns leave. */
  width: { fixed: number } | { share: number };
}

const PROFILE_COLUMNS: Record<Exclude<Profile, 'count-only'>, ColumnKey[]> = {
  public: ['number', 'name', 'city', 'country', 'date'],
  recipient: ['number', 'name', 'city', 'region', 'postcode', 'country', 'date'],
};

const BASE: Record<string, Omit<Column, 'key' | 'title'>> = {
  number: { align: 'right', width: { fixed: 0 } },
  name: { align: 'left', width: { share: 3.2 } },
  city: { align: 'left', width: { share: 2 } },
  region: { align: 'left', width: { share: 1.5 } },
  postcode: { align: 'left', width: { fixed: 52 } },
  country: { align: 'left', width: { share: 1.5 } },
  // Wide enough for the language's long date ("30 September 2025"), the one date style of the packet.
  date: { align: 'left', width: { fixed: 74 } },
  // Fits "서명지 NKR-01-012-K, 16번 줄" on one line at the body size; a longer campaign code wraps.
  paper: { align: 'left', width: { fixed: 124 } },
};

const CONTACT_TITLES: ReadonlySet<string> = new Set(['email', 'phone', 'street']);

function titleOf(name: string): string {
  const spaced = name.replace(/[_-]+/gu, ' ').trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * The columns for a profile plus the explicitly requested extras, headed in `language`; `numberWidth` fits the
 * largest row number. With `paper`, a last column says where a signature typed up from a paper sheet is.
 */
export function columnsFor(profile: Exclude<Profile, 'count-only'>, extraColumns: readonly string[], numberWidth: number, language?: string, paper = false): Column[] {
  const titles = packetWords(language).columns;
  const columns: Column[] = PROFILE_COLUMNS[profile].map((key) => ({ key, title: titles[key as keyof typeof titles], ...BASE[key] }));
  columns[0] = { ...columns[0], width: { fixed: numberWidth } };
  const known = new Set<string>(PROFILE_COLUMNS[profile]);
  const extras = [...new Set(extraColumns.map((name) => name.trim()).filter((name) => name && !known.has(name)))];
  const insertAt = columns.findIndex((column) => column.key === 'country');
  // The contact columns --include names are headed in the list's language; any other extra by its own name.
  const extraTitle = (name: string) => (CONTACT_TITLES.has(name) ? titles[name as 'email' | 'phone' | 'street'] : titleOf(name));
  columns.splice(insertAt, 0, ...extras.map((name): Column => ({ key: `extra:${name}`, title: extraTitle(name), align: 'left', width: { share: 1.8 } })));
  if (paper) columns.push({ key: 'paper', title: titles.paper, ...BASE.paper });
  return columns;
}

/**
 * The cell texts of one row. Only the columns given are read, so a field the profile leaves out (email, phone,
 * street, …) cannot reach the page. Anonymous signers keep their country, date and paper line; everything else is blank.
 */
export function cellTexts(entry: ListEntry, columns: readonly Column[], numberText: string, language = 'en', timezone?: string): string[] {
  const cells = new Array<string>(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const key = columns[i].key;
    switch (key) {
      case 'number': cells[i] = numberText; break;
      case 'name': cells[i] = entry.anonymous ? fillWords(packetWords(language).anonymous, { country: countryName(entry.country, language) }) : entry.name; break;
      case 'city': cells[i] = entry.anonymous ? '' : entry.city; break;
      case 'region': cells[i] = entry.anonymous ? '' : entry.region; break;
      case 'postcode': cells[i] = entry.anonymous ? '' : entry.postcode; break;
      case 'country': cells[i] = countryName(entry.country, language); break;
      // A sheet's day is no signing day: marked, so the list does not show a date the letter says the signature lacks.
      case 'date': cells[i] = entry.paper?.datedBy ? `${formatDate(entry.signedAt, language, timezone)}\u00a0${SHEET_DATED_MARK}` : formatDate(entry.signedAt, language, timezone); break;
      // Kept for anonymous signers: it names a place on paper, not the person, and lets an auditor check the count.
      case 'paper': cells[i] = entry.paper ? paperLineCell(entry.paper, language) : ''; break;
      default: cells[i] = entry.anonymous ? '' : entry.extra?.[key.slice('extra:'.length)] ?? '';
    }
  }
  return cells;
}
