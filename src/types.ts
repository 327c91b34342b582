// Domain types shared by every stage. Plain data only: read → map → normalize → validate → dedupe → tally → render.
import type { Message } from './i18n/message.js';

export const CANONICAL_FIELDS = [
  'name', 'given', 'family', 'email', 'phone', 'street', 'city', 'region', 'postcode',
  'country', 'date', 'comment', 'language', 'anonymous', 'birth_date', 'id_number',
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** One input the user named, and how they asked for it to be read. */
export interface SourceSpec {
  /** The path as the user gave it; '-' is standard input. This string keys `bySource`. */
  path: string;
  encoding?: string;
  format?: string;
  /** FIELD → HEADER, from `--map` or the campaign file. */
  map?: Partial<Record<CanonicalField, string>>;
  /** ISO 3166-1 alpha-2 default for rows without a country. */
  country?: string;
  /** `--sheet`: which sheet of an .xlsx workbook to read (by default every sheet with a recognisable header). */
  sheet?: string;
  /** `--map sheet=HEADER --map line=HEADER`: the columns of a typed-up paper sheet's ID and line, named by hand. */
  paper?: PaperColumnNames;
  /** `--read-as-signers FILE` (`asSigners:` in a campaign): a text export named as withdrawn or set aside is read as signers. */
  asSigners?: boolean;
}

export interface PaperColumnNames {
  sheet?: string;
  line?: string;
}

/** What the reader found out about a file (shown by `petition inspect`). */
export interface ReadInfo {
  encoding: string;
  /** How the encoding was decided. */
  encodingBy: 'option' | 'bom' | 'nul-pattern' | 'detector' | 'default';
  delimiter: string;
  /** Lines before the header (petitions.eu writes four). */
  preamble: string[];
  header: string[];
  /** 1-based physical line of the header. */
  headerLine: number;
  /** For a sheet of an .xlsx workbook: its name, every sheet's name, and whether days count from 1904. */
  sheet?: { name: string; sheets: string[]; date1904: boolean };
  /**
   * Its rows are not signers: a sheet or file named as withdrawn signatures or rows set aside (withdrawn-sheet.ts).
   * Such a list may name its people by email alone.
   */
  takenOff?: 'withdrawals' | 'set-aside';
  /**
   * A text export named as such a list whose header names no one (no name or email column): it holds no records, and
   * its warning (withdrawal_sheet_unread, in its decoding problems) says so, as for a workbook's sheet of that name.
   */
  unreadList?: true;
}

/** Stage 1: one data record of a file. `row` is the 1-based data record number (header and preamble not counted). */
export type DecodedRecord =
  | {
    kind: 'data'; row: number; line: number; cells: string[];
    /** Cells cut to the longest a signer field may be (src/read/cell-size.ts), with the length they had. */
    cut?: Array<{ column: number; length: number }>;
    /** Columns whose cell is a workbook's TRUE/FALSE value, not text: a tick box's answer, no name (boolean-names.ts). */
    booleans?: number[];
  }
  | {
    kind: 'rejected'; row: number; line: number; reason: RejectReason; detail: string; column?: string; readonly detailText?: Message;
    /** A broken row's cells as read: what its signer asked (anonymity) may still be read from them. */
    cells?: string[];
    /**
     * Columns whose cell shows no value a person could read (an error, a formula never calculated): a tick there is
     * unknown, not absent, so an anonymity column among them counts as asking (fail closed).
     */
    unreadable?: number[];
  };

export interface MappedColumn {
  index: number;
  header: string;
  field: CanonicalField | null;
  /** Why the column got its field: a known export's layout, a header alias, the user's --map, or nothing. */
  by: 'format' | 'alias' | 'map' | 'unmapped';
  /** `--map anonymous=!COLUMN`: the column's yes shows the name (consent to publish), so its answer is flipped. */
  inverted?: boolean;
  /**
   * Unmapped, its header holds a name word and its sampled answers are mostly yes or no ("İsim: evet"): a show-name
   * question in words the reader does not know, read fail-closed (src/formats/unread-anonymity.ts).
   */
  answersYesNo?: boolean;
  /** One half of a name written over two columns under one header ("Name" merged over both): src/formats/split-name-columns.ts. */
  nameSplit?: boolean;
}

export interface ColumnMapping {
  format: string;
  columns: MappedColumn[];
}

/** Stage 2: a record with its cells named. Columns mapped to no field are kept in `extra`, never lost. */
export interface RawSignature {
  source: string;
  row: number;
  line: number;
  fields: Partial<Record<CanonicalField, string>>;
  extra: Record<string, string>;
  /**
   * The answers of every further anonymity column beyond the one in `fields.anonymous` ("Anonymous" and "Hide my
   * name" in one export), written the same way ("visible: no" for a column worded the other way round). Their cells
   * stay in `extra` too; absent when the file has one anonymity column or none.
   */
  moreAnonymity?: AnonymityAnswer[];
  /** Ticks typed one cell off (src/formats/tick-slips.ts): taken out of `fields`, each asks for anonymity. */
  tickSlips?: TickSlip[];
}

/** A mark found in a cell other than the tick box: its field, its column as headed in the file, and the cell as typed. */
export interface TickSlip {
  field: CanonicalField;
  column: string;
  value: string;
}

/** One cell of an anonymity column: its column's name (for a warning) and its answer, "visible: " first when inverted. */
export interface AnonymityAnswer {
  column: string;
  answer: string;
}

/** Stage 3: a normalized signature. Empty string means "not given"; every field is always present. */
export interface Signature {
  source: string;
  row: number;
  line: number;
  /** Printed name: NFC, accents kept, in the order the signer wrote it. */
  name: string;
  given: string;
  family: string;
  /** Korean, Chinese and Japanese names are written family first. */
  nameOrder: 'given-family' | 'family-given';
  /** Folded full name (case, diacritics, punctuation), tokens sorted: equal for either name order. */
  nameKey: string;
  /** Folded given name, for the household rule; empty for a masked name or one no person has ("Secret signer"). */
  givenKey: string;
  /** Trimmed, lower-cased email as written ('' if none). */
  email: string;
  /** Canonical email for matching; '' when missing or syntactically invalid. */
  emailKey: string;
  phone: string;
  street: string;
  city: string;
  cityKey: string;
  region: string;
  postcode: string;
  /** Postcode normalized for matching (US ZIP+4 cut to 5 digits, spaces and case folded). */
  postcodeKey: string;
  /** ISO 3166-1 alpha-2, or 'unknown'. */
  country: string;
  /** The country cell named no country ("Atlantis"): country is 'unknown', but the signer did give one. */
  countryUnrecognised?: boolean;
  /** Signing time, epoch milliseconds UTC; null when unknown. */
  signedAt: number | null;
  language: string;
  anonymous: boolean;
  /**
   * The printed name withholds part of itself ("김○○", "J. S.", "Kari N.", "Mrs Smith"): beside a fuller name of the same
   * signer the signer is shown as anonymous (normalize/masked-name.ts). Absent: not masked.
   */
  maskedName?: boolean;
  comment: string;
  birthDate: string;
  idNumber: string;
  extra: Record<string, string>;
  /** For a row typed up from a paper sheet: where the original is (set once the sheet ID and line are checked). */
  paper?: PaperLine;
  /**
   * Which of name, given and family the normalizer already searched for contact data (nameHoldsContact) and found
   * none in, as printed: validation does not search them again. Absent (a signature built elsewhere): search all.
   */
  nameContactFree?: NameContactFree;
}

/** Per name part: true when that exact text was searched for contact data and holds none. */
export interface NameContactFree {
  readonly name: boolean;
  readonly given: boolean;
  readonly family: boolean;
}

/** A signature line on a printed paper sheet: the sheet's ID from its footer and the line's number. */
export interface PaperLine {
  sheet: string;
  line: number;
  /** No date was typed for the line: its date is the register's, the day the sheet was marked returned or printed. */
  datedBy?: 'returned' | 'printed';
  /** The date typed for the line when it could not be the signing day (after today, before the sheet was printed): datedBy stands in. */
  dateTyped?: string;
}

export const REJECT_REASONS = [
  'broken_row', 'repeated_header', 'columns_changed', 'no_name', 'name_without_letters', 'formula_name', 'name_is_contact',
  'outside_date_window', 'unreadable_date', 'totals_row',
  // A date that cannot be the signing day: in the future, or before its paper sheet was printed.
  'impossible_date',
  // Typed-up paper sheets (src/sheets/transcription.ts).
  'unknown_sheet', 'bad_check_digit', 'line_not_on_sheet', 'line_typed_twice',
  // Workbook cells that show no value (src/read/workbook/cell-text.ts).
  'formula_without_result', 'error_value',
  // A row on a workbook sheet named as withdrawn or removed signatures (src/read/workbook/withdrawn-sheet.ts).
  'withdrawn_sheet',
  // A row on a sheet (or in a file) named as rows set aside: duplicates, tests, invalid rows. Its people signed.
  'set_aside_sheet',
  // A row of a person listed on such a sheet, in another sheet or source (src/pipeline/withdrawn-signers.ts).
  'withdrawn',
  // A cell longer than any signer field (src/read/cell-size.ts).
  'cell_too_long',
  // A record of more text than may be kept even with its cells cut (src/read/capped-cells.ts).
  'record_too_long',
  // A row that heads a section of the list ("— 부산 집회 3월 5일 —"), not a signer (src/validate/section-title.ts).
  'section_title',
  // A note typed on a row of a paper sheet: "이하 여백", "Page 2 of 3", "확인자 김철수" (src/validate/sheet-note.ts).
  'sheet_note',
  // A name whose every letter was lost to bytes not valid in the file's encoding (a row saved in another encoding).
  'undecodable',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface Rejection {
  source: string;
  row: number;
  line: number;
  reason: RejectReason;
  detail: string;
  column?: string;
  /** The detail in catalog form, for the organizer's language; not enumerable (see src/i18n/detail.ts). */
  readonly detailText?: Message;
}

/** Something a user should look at that did not stop the run (unknown country, ambiguous dates, …). */
export interface Problem {
  source: string;
  row?: number;
  line?: number;
  column?: string;
  code: string;
  message: string;
  /** The message in catalog form, for the organizer's language; not enumerable, so --json shows `message` only. */
  readonly text?: Message;
}

/** The same fields for the total and for every bucket of byCountry, byDay and bySource. */
export interface CountBucket {
  rows: number;
  rejected: number;
  accepted: number;
  duplicates: number;
  unique: number;
}

/** The JSON contract of `petition count --json` (DESIGN.md). */
export interface Counts extends CountBucket {
  rejectReasons: Record<string, number>;
  duplicatesByRule: Record<string, number>;
  byCountry: Record<string, CountBucket>;
  byDay: Record<string, CountBucket>;
  bySource: Record<string, CountBucket>;
  byLanguage: Record<string, CountBucket>;
  /** The signing period, from the signatures with a date of their own (paper lines dated by their sheet left out). */
  firstSigned: string | null;
  lastSigned: string | null;
  /** Accepted paper lines with no date of their own, counted on their sheet's day; absent when none. */
  sheetDated?: number;
  /** With sheetDated: the first and last day (YYYY-MM-DD, in the time zone of byDay) of the dated signatures, if any. */
  datedDays?: { first: string; last: string };
  pendingReview: number;
  /**
   * The range the true count lies in until the pending pairs are reviewed: every pair "different" gives
   * uniqueHigh (the decided count, `unique`), every pair "same" gives uniqueLow.
   */
  uniqueLow: number;
  uniqueHigh: number;
  comparedPairs: number;
}
