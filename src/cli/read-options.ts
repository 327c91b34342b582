// Options shared by every command that reads exports, defined once as data: they drive commander and the help.
import { Option, type Command } from 'commander';
import { CANONICAL_FIELDS, type CanonicalField, type SourceSpec } from '../types.js';
import { UserError } from '../errors.js';
import { parseDateWindow } from '../validate/parse-date-window.js';
import type { DateWindow } from '../validate/validate-signature.js';

interface OptionSpec {
  flags: string;
  description: string;
  repeatable?: boolean;
  defaultValue?: string;
}

export const READ_OPTIONS: readonly OptionSpec[] = [
  { flags: '--map <FIELD=HEADER>', description: `map a column by hand (repeatable); FIELD is one of ${CANONICAL_FIELDS.join(', ')}`, repeatable: true },
  { flags: '--format <name>', description: 'the export format, instead of detecting it from the header' },
  { flags: '--encoding <name>', description: 'the text encoding (utf-8, utf-16le, utf-16be, cp949, windows-1252), instead of detecting it' },
  { flags: '--sheet <name>', description: 'read this sheet of an .xlsx workbook (by default every sheet whose header names a signer column)' },
  { flags: '--sheet-register <file>', description: 'the sheet register of printed paper sheets (sheet-register.json): typed-up sheet IDs and lines are checked against it' },
  { flags: '--country <code>', description: 'country (ISO 3166-1 alpha-2) for rows without one, e.g. KR for a Seoul paper sheet' },
  { flags: '--tz <zone>', description: 'time zone for dates without one and for counting by day', defaultValue: 'UTC' },
  { flags: '--from <date>', description: 'reject signatures before this date (YYYY-MM-DD)' },
  { flags: '--to <date>', description: 'reject signatures after this date (YYYY-MM-DD)' },
];

export const MATCH_OPTIONS: readonly OptionSpec[] = [
  { flags: '--exact', description: 'exact rules only (same email; same name with postcode or city): faster, no fuzzy matching' },
  { flags: '--decisions <file>', description: 'review decisions (same/different) to apply: a filled review.csv or decisions.csv' },
];

export function addOptions(command: Command, specs: readonly OptionSpec[]): Command {
  for (const spec of specs) {
    const option = new Option(spec.flags, spec.description);
    if (spec.repeatable) option.argParser((value: string, previous: string[] = []) => [...previous, value]);
    if (spec.defaultValue !== undefined) option.default(spec.defaultValue);
    command.addOption(option);
  }
  return command;
}

export interface ReadFlags {
  map?: string[];
  format?: string;
  encoding?: string;
  sheet?: string;
  sheetRegister?: string;
  country?: string;
  tz: string;
  from?: string;
  to?: string;
}

export function parseMapFlags(values: string[] = []): Partial<Record<CanonicalField, string>> {
  const map: Partial<Record<CanonicalField, string>> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const field = value.slice(0, eq).trim() as CanonicalField;
    const header = value.slice(eq + 1).trim();
    if (eq <= 0 || !header) throw new UserError(`--map takes FIELD=HEADER, e.g. --map name="Full name"; got "${value}"`);
    if (!CANONICAL_FIELDS.includes(field)) {
      throw new UserError(`--map: unknown field "${field}"; fields are ${CANONICAL_FIELDS.join(', ')}`);
    }
    if (map[field] !== undefined) throw new UserError(`--map: the field "${field}" is mapped twice`);
    map[field] = header;
  }
  return map;
}

export function sourceSpecs(paths: string[], flags: ReadFlags): SourceSpec[] {
  const map = parseMapFlags(flags.map);
  const country = flags.country?.toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) throw new UserError(`--country takes a two-letter ISO code such as KR or US; got "${flags.country}"`);
  return paths.map((path) => ({ path, format: flags.format, encoding: flags.encoding, map, country, ...(flags.sheet !== undefined ? { sheet: flags.sheet } : {}) }));
}

/** --from and --to are whole days in --tz, both included. */
export function dateWindow(flags: ReadFlags): DateWindow {
  return parseDateWindow(flags.from, flags.to, flags.tz);
}
