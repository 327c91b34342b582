// The shapes of init's repeatable flags: LANG=TEXT, [FILE:]FIELD=HEADER and [FILE:]CODE.
import { UserError } from '../errors.js';
import { CANONICAL_FIELDS, type CanonicalField } from '../types.js';
import { msg } from '../i18n/message.js';

export function languagePairs(values: readonly string[] | undefined, flag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    if (eq <= 0) throw new UserError(msg('init.flag-lang-text', { flag, value }));
    result[value.slice(0, eq).trim()] = value.slice(eq + 1);
  }
  return result;
}

export interface FileMap {
  /** The export the mapping is for (as given to --source, or its file name); null for every export. */
  file: string | null;
  field: CanonicalField;
  header: string;
}

export function mapFlags(values: readonly string[] | undefined): FileMap[] {
  return (values ?? []).map((value) => {
    const eq = value.indexOf('=');
    if (eq <= 0) throw new UserError(msg('map.takes', { value }));
    const left = value.slice(0, eq).trim();
    const colon = left.lastIndexOf(':');
    const field = left.slice(colon + 1).trim() as CanonicalField;
    if (!CANONICAL_FIELDS.includes(field)) throw new UserError(msg('flags.map-field', { field, fields: CANONICAL_FIELDS.join(', ') }));
    const header = value.slice(eq + 1).trim();
    if (!header) throw new UserError(msg('map.no-header', { value }));
    return { file: colon >= 0 ? left.slice(0, colon) : null, field, header };
  });
}

export interface FileCountry {
  file: string | null;
  country: string;
  /** The flag's value as typed, for messages. */
  given: string;
}

/** `--country CODE`, `FILE=CODE` (as count and dedupe take it) or `FILE:CODE`. */
export function countryFlags(values: readonly string[] | undefined): FileCountry[] {
  return (values ?? []).map((value) => {
    const split = Math.max(value.lastIndexOf(':'), value.lastIndexOf('='));
    return { file: split >= 0 ? value.slice(0, split) : null, country: value.slice(split + 1).trim().toUpperCase(), given: value };
  });
}

/** Whether a per-file flag names this export: by the path as given or by its file name. */
export function namesFile(file: string | null, path: string): boolean {
  if (file === null) return true;
  const base = (p: string) => p.split(/[\\/]/).pop() ?? p;
  return file === path || base(file) === base(path);
}
