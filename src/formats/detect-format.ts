// Maps a file's header to canonical fields: the user's --map first, then the known export's layout, then header aliases.
import { CANONICAL_FIELDS, type CanonicalField, type ColumnMapping, type MappedColumn } from '../types.js';
import { UserError } from '../errors.js';
import { classifyHeader, type HeaderClass } from './classify-header.js';
import { closestHeader } from './closest-header.js';
import { extraKeys } from './extra-keys.js';
import { headerKey } from './header-key.js';
import { formatLayout, formatNamed, pickFormat } from './pick-format.js';
import { maskContact } from '../output/mask.js';
import { msg, type MessageValue } from '../i18n/message.js';

export interface DetectFormatOptions {
  /** `--format NAME`: use this export's layout instead of detecting it. */
  format?: string;
  /** `--map FIELD=HEADER`, from the command line or the campaign file. */
  map?: Partial<Record<CanonicalField, string>>;
  /** The path as the user gave it, for error messages. */
  file?: string;
  /** A list of withdrawn or set-aside rows (ReadInfo.takenOff): an email alone names its person, as for a withdrawal. */
  emailNames?: boolean;
}

const NAME_FIELDS: readonly CanonicalField[] = ['name', 'given', 'family'];

/**
 * Decides which column holds which canonical field. Each field goes to one column at most: the user's --map
 * wins, then the export's own layout, then an alias matching the whole header, then one found inside a longer
 * header, and among equals the leftmost. Everything else stays unmapped and ends up in `extra`.
 */
export function detectFormat(header: string[], options: DetectFormatOptions = {}): ColumnMapping {
  const { file } = options;
  const format = options.format !== undefined ? formatNamed(options.format, file) : pickFormat(header);
  const columns: MappedColumn[] = header.map((text, index) => ({ index, header: text, field: null, by: 'unmapped' }));
  const taken = new Set<CanonicalField>();
  // A column is settled once something decided about it, even "keep it in extra": later steps leave it alone.
  // (A map, not a search per column: a header of 20,000 columns must not cost 400 million comparisons.)
  const firstIndex = new Map<string, number>();
  header.forEach((text, index) => {
    if (!firstIndex.has(text.trim())) firstIndex.set(text.trim(), index);
  });
  const settled = header.map((text, index) => firstIndex.get(text.trim()) !== index);
  const assign = (index: number, field: CanonicalField, by: MappedColumn['by']): void => {
    columns[index].field = field;
    columns[index].by = by;
    settled[index] = true;
    taken.add(field);
  };

  for (const [field, index, inverted] of resolveMapOption(header, options.map ?? {}, file)) {
    assign(index, field, 'map');
    if (inverted) columns[index].inverted = true;
  }

  const layout = formatLayout(format);
  header.forEach((text, index) => {
    if (settled[index]) return;
    const field = layout.get(headerKey(text));
    if (field === undefined) return;
    if (field === null || taken.has(field)) settled[index] = true;
    else assign(index, field, 'format');
  });

  const classes = header.map(classifyHeader);
  for (const pass of ['exact', 'phrase'] as const) {
    classes.forEach((found, index) => {
      if (settled[index] || found.kind !== 'field' || found.match !== pass) return;
      const field = resolveNameHalf(found, index, classes, taken, settled);
      if (!taken.has(field)) assign(index, field, 'alias');
    });
  }

  const named = NAME_FIELDS.some((field) => taken.has(field)) || (options.emailNames === true && taken.has('email'));
  if (!named) throw noNameError(header, classes, file);
  return { format: format.name, columns };
}

/** Turns each --map entry into the column index it names, refusing unknown fields, missing headers and a column named twice. */
function resolveMapOption(header: string[], map: Partial<Record<string, string>>, file: string | undefined): Array<[CanonicalField, number, boolean]> {
  const resolved: Array<[CanonicalField, number, boolean]> = [];
  const fieldByIndex = new Map<number, string>();
  for (const [field, given] of Object.entries(map)) {
    if (given === undefined) continue;
    let wanted = given;
    if (!(CANONICAL_FIELDS as readonly string[]).includes(field)) {
      throw new UserError(msg('flags.map-field', { field, fields: CANONICAL_FIELDS.join(', ') }), { file });
    }
    // `anonymous=!COLUMN`: a column whose yes shows the name, read the other way round (a header that itself starts
    // with "!" is still found as typed).
    const inverted = field === 'anonymous' && wanted.trim().startsWith('!') && !header.some((text) => text.trim() === wanted.trim());
    if (inverted) wanted = wanted.trim().slice(1);
    const index = findHeader(header, wanted);
    if (index < 0) {
      const guess = closestHeader(wanted, header);
      const values = { field, wanted, columns: listHeaders(header) };
      throw new UserError(guess === undefined ? msg('map.no-such-header', values) : msg('map.no-such-header-guess', { ...values, guess }), { file });
    }
    const earlier = fieldByIndex.get(index);
    if (earlier !== undefined) {
      throw new UserError(msg('map.twice', { column: maskContact(header[index]), earlier, field }), { file, column: header[index] });
    }
    fieldByIndex.set(index, field);
    resolved.push([field as CanonicalField, index, inverted]);
  }
  return resolved;
}

/**
 * The header exactly as typed, else the first header equal after folding (so --map email=e-mail finds "E-Mail"),
 * else the name `extra` gives a column: "Email (2)" for a repeated header, "column 3" for one without a header.
 */
function findHeader(header: string[], wanted: string): number {
  const exact = header.indexOf(wanted);
  if (exact >= 0) return exact;
  const trimmed = header.findIndex((text) => text.trim() === wanted.trim());
  if (trimmed >= 0) return trimmed;
  const key = headerKey(wanted);
  const folded = key ? header.findIndex((text) => headerKey(text) === key) : -1;
  if (folded >= 0) return folded;
  return extraKeys(header.map((text, index) => ({ index, header: text, field: null, by: 'unmapped' }))).indexOf(wanted.trim());
}

/**
 * "Nombre" means the given name when some other column holds the family name (and none the given name),
 * "Nom"/"Name" the family name when another holds the given name; alone they hold the whole name.
 */
function resolveNameHalf(
  found: Extract<HeaderClass, { kind: 'field' }>, index: number, classes: HeaderClass[], taken: Set<CanonicalField>, settled: boolean[],
): CanonicalField {
  if (!found.halfOf) return found.field;
  const other = found.halfOf === 'given' ? 'family' : 'given';
  const holds = (field: CanonicalField): boolean => taken.has(field) || classes.some((c, i) =>
    i !== index && !settled[i] && c.kind === 'field' && !c.halfOf && c.field === field);
  return holds(other) && !holds(found.halfOf) ? found.halfOf : found.field;
}

/** The error for a file where no column holds a name, with the --map that most likely fixes it. */
function noNameError(header: string[], classes: HeaderClass[], file: string | undefined): UserError {
  // No line with text at all: an empty pipe (its command failed) or file, not a layout to fix with --map (verifyS1 F10).
  if (header.length === 0) return new UserError(msg(file === '-' ? 'format.empty-stdin' : 'format.empty-file'), { file });
  if (looksLikeDataRow(header)) {
    return new UserError(msg('format.no-header-row', { columns: listHeaders(header) }), { file });
  }
  // A header that did not decode names no column a --map could be typed with: "�씠由�" is a UTF-8 "이름" read as CP949.
  if (header.some((cell) => cell.includes('\uFFFD'))) return new UserError(msg('format.no-name-undecodable', { columns: listHeaders(header) }), { file });
  // A first line with no column name we know, and none like a name, may be a signer's row ("Berg", "Anna" of a name
  // written "Berg, Anna"): its cells are masked, and no --map is suggested with a signer's name in it.
  if (!classes.some((found) => found.kind !== 'unknown') && !header.some(nameLike)) {
    return new UserError(msg('format.no-name', { columns: listHeaders(header, true) }), { file });
  }
  const guess = guessNameColumn(header, classes);
  return new UserError(guess !== undefined ? msg('format.no-name-try', { columns: listHeaders(header), guess }) : msg('format.no-name', { columns: listHeaders(header) }), { file });
}

const nameLike = (text: string): boolean => NAME_LIKE.test(headerKey(text));

const NAME_LIKE = /name|nom|naam|navn|nome|imie|имя|이름|성명|서명자|姓名|名前|signer|signat|unterzeichn|firmante/u;

/** An unknown name-like header, then a name-like one we had set aside ("Signature"), then the first unknown, then any. */
function guessNameColumn(header: string[], classes: HeaderClass[]): string | undefined {
  const named = (text: string): boolean => text.trim() !== '';
  const unknown = header.filter((text, i) => classes[i].kind === 'unknown' && named(text));
  const setAside = header.filter((text, i) => classes[i].kind === 'ignored' && named(text));
  return unknown.find(nameLike) ?? setAside.find(nameLike) ?? unknown[0] ?? setAside[0] ?? header.find(named);
}

/** A date (a birth date, when signed): data, not a column name. */
const DATE_CELL = /^\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}\s*$/;
/** Runs of three digits or more (a house number, a postcode); a year alone may name a column ("Signed in 2024"). */
const NUMBER_RUNS = /\d{3,}/g;

function holdsData(text: string): boolean {
  if (maskContact(text) !== text || DATE_CELL.test(text)) return true;
  for (const [run] of text.matchAll(NUMBER_RUNS)) if (!/^(?:19|20)\d\d$/.test(run)) return true;
  return false;
}

/**
 * A first line holding an email, a phone number, a date or a street number is a signer's row, not a header: its
 * cells are described masked, since a street or a birth date is as personal as an email.
 */
function looksLikeDataRow(header: string[]): boolean {
  return header.some(holdsData);
}

/**
 * The headers for a message. When the first line is a signer's row, each cell is masked as `inspect` masks a row:
 * emails "k…@example.kr", phones "+…34", any other cell its first letter, so no name or street is printed whole.
 */
export function shownHeaders(header: string[], maybeDataRow = false): string[] {
  const dataRow = maybeDataRow || looksLikeDataRow(header);
  return header.map((text) => {
    const masked = maskContact(text);
    return !dataRow || masked !== text ? masked : `${[...text.trim()][0] ?? ''}…`;
  });
}

/** Cells a message lists before saying how many more there are: a 2,500-cell first line is not a 25 KB message. */
const LISTED_HEADERS = 10;

function listHeaders(header: string[], maybeDataRow = false): MessageValue {
  if (!header.length) return '(none)';
  const listed = shownHeaders(header, maybeDataRow).slice(0, LISTED_HEADERS).map((text) => `"${text}"`).join(', ');
  const more = header.length - LISTED_HEADERS;
  return more > 0 ? msg('format.listed-columns', { listed, more }) : listed;
}
