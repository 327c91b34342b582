// Options shared by every command that reads exports, defined once as data: they drive commander and the help.
import { basename, resolve, sep } from 'node:path';
import { Option, type Command } from 'commander';
import { CANONICAL_FIELDS, type CanonicalField, type PaperColumnNames, type SourceSpec } from '../types.js';
import { UserError } from '../errors.js';
import { parseDateWindow } from '../validate/parse-date-window.js';
import type { DateWindow } from '../validate/validate-signature.js';
import { english, type Translator } from '../i18n/translator.js';
import { msg } from '../i18n/message.js';

interface OptionSpec {
  flags: string;
  description: string;
  repeatable?: boolean;
  defaultValue?: string;
}

export const READ_OPTIONS: readonly OptionSpec[] = [
  { flags: '--map <FIELD=HEADER>', description: `map a column by hand (repeatable); FIELD is one of ${CANONICAL_FIELDS.join(', ')}, or sheet and line for a typed-up paper sheet; anonymous=!HEADER for a column whose yes shows the name`, repeatable: true },
  { flags: '--format <name>', description: 'the export format, instead of detecting it from the header' },
  { flags: '--encoding <name>', description: 'the text encoding (utf-8, utf-16le, utf-16be, cp949, windows-1252), instead of detecting it' },
  { flags: '--sheet <name>', description: 'read this sheet of an .xlsx workbook (by default every sheet whose header names a signer column); FILE=NAME for one workbook only, e.g. seoul-rally.xlsx=부산 (repeatable)', repeatable: true },
  { flags: '--read-as-signers <file>', description: 'read this text export as signers although its file name says withdrawn or set aside (철회.csv, Petition - Withdrawn.csv) (repeatable)', repeatable: true },
  { flags: '--sheet-register <file>', description: 'the sheet register of printed paper sheets (sheet-register.json): typed-up sheet IDs and lines are checked against it' },
  { flags: '--country <code>', description: 'country (ISO 3166-1 alpha-2) for rows without one, e.g. KR; FILE=CODE for one file only, e.g. seoul-paper.csv=KR (repeatable)', repeatable: true },
  { flags: '--tz <zone>', description: 'time zone for dates without one and for counting by day (default: UTC)' },
  { flags: '--from <date>', description: 'reject signatures before this date (YYYY-MM-DD)' },
  { flags: '--to <date>', description: 'reject signatures after this date (YYYY-MM-DD)' },
];

export const MATCH_OPTIONS: readonly OptionSpec[] = [
  { flags: '--exact', description: 'exact rules only (same email; same name with postcode or city): faster, no fuzzy matching' },
  { flags: '--decisions <file>', description: 'review decisions (same/different) to apply: a filled review.csv or decisions.csv' },
];

/** Adds the options to a command, described in the organizer's language (`help.option.NAME`, English as written here otherwise). */
export function addOptions(command: Command, specs: readonly OptionSpec[], words: Translator = english()): Command {
  for (const spec of specs) {
    const name = /--([a-z-]+)/.exec(spec.flags)?.[1];
    const option = new Option(spec.flags, (name && words.language !== 'en' && words.known(`help.option.${name}`, { fields: CANONICAL_FIELDS.join(', ') })) || spec.description);
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
  /** NAME for every workbook, FILE=NAME for one (commander collects them; a single string from older callers). */
  sheet?: string[] | string;
  sheetRegister?: string;
  /** Text exports whose file name says withdrawn or set aside, to be read as signers all the same. */
  readAsSigners?: string[];
  /** CODE for every file, FILE=CODE for one (commander collects them; a single string from older callers). */
  country?: string[] | string;
  /** Not given: UTC, or the campaign's timezone with --campaign (where giving it is refused). */
  tz?: string;
  from?: string;
  to?: string;
}

/** `--map sheet=…` and `--map line=…` name a typed-up paper sheet's columns, not a signer's field. */
const PAPER_FIELDS = ['sheet', 'line'] as const;

function isPaperMap(value: string): boolean {
  return (PAPER_FIELDS as readonly string[]).includes(value.slice(0, value.indexOf('=')).trim());
}

export function parsePaperMapFlags(values: string[] = []): PaperColumnNames {
  const paper: PaperColumnNames = {};
  for (const value of values.filter(isPaperMap)) {
    const eq = value.indexOf('=');
    const field = value.slice(0, eq).trim() as keyof PaperColumnNames;
    const header = value.slice(eq + 1).trim();
    if (!header) throw new UserError(msg('flags.map-shape', { value }));
    if (paper[field] !== undefined) throw new UserError(msg('flags.map-twice', { field }));
    paper[field] = header;
  }
  return paper;
}

export function parseMapFlags(values: string[] = []): Partial<Record<CanonicalField, string>> {
  const map: Partial<Record<CanonicalField, string>> = {};
  for (const value of values.filter((v) => !isPaperMap(v))) {
    const eq = value.indexOf('=');
    const field = value.slice(0, eq).trim() as CanonicalField;
    const header = value.slice(eq + 1).trim();
    if (eq <= 0 || !header) throw new UserError(msg('flags.map-shape', { value }));
    if (!CANONICAL_FIELDS.includes(field)) {
      throw new UserError(msg('flags.map-field', { field, fields: CANONICAL_FIELDS.join(', ') }));
    }
    if (map[field] !== undefined) throw new UserError(msg('flags.map-twice', { field }));
    map[field] = header;
  }
  return map;
}

export function sourceSpecs(paths: string[], flags: ReadFlags, cwd = '.'): SourceSpec[] {
  const map = parseMapFlags(flags.map);
  const paper = parsePaperMapFlags(flags.map);
  const countries = countryFlags(paths, flags.country, cwd);
  const sheets = sheetFlags(paths, flags.sheet, cwd);
  const asSigners = asSignersFlags(paths, flags.readAsSigners, cwd);
  // Each sheet named for a workbook is a source of its own, as `sheet:` under two campaign sources would be.
  return paths.flatMap((path, index) => (sheets[index] ?? [undefined]).map((sheet) => ({
    path, format: flags.format, encoding: flags.encoding, map, country: countries[index],
    ...(sheet !== undefined ? { sheet } : {}),
    ...(Object.keys(paper).length > 0 ? { paper } : {}),
    ...(asSigners.has(index) ? { asSigners: true } : {}),
  })));
}

/** The --country of each file: its own FILE=CODE if given, else the plain --country CODE, else none. */
function countryFlags(paths: string[], values: string[] | string | undefined, cwd: string): Array<string | undefined> {
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
  let everywhere: string | undefined;
  const perFile = new Map<number, string>();
  for (const value of list) {
    const eq = value.lastIndexOf('=');
    const code = isoCode(eq < 0 ? value : value.slice(eq + 1), value);
    if (eq < 0) {
      if (everywhere !== undefined && everywhere !== code) throw new UserError(msg('flags.country-twice', { first: everywhere, second: code }));
      everywhere = code;
      continue;
    }
    const index = fileIndex(paths, value.slice(0, eq).trim(), cwd);
    if (index === -1) throw new UserError(msg('flags.country-file', { value, file: value.slice(0, eq), files: paths.join(', ') }));
    perFile.set(index, code);
  }
  return paths.map((_, index) => perFile.get(index) ?? everywhere);
}

/**
 * The sheets --sheet names for each file, every one given (repeatable: `--sheet A --sheet B` reads both): its own
 * FILE=NAME ones when the part before `=` is one of the files given, else the plain NAMEs for the workbook (a sheet's
 * name may hold `=` itself). Only a workbook has sheets: with one among CSV files the plain NAMEs are its own; with
 * two or more they could be either's, and FILE=NAME must say which.
 */
function sheetFlags(paths: string[], values: string[] | string | undefined, cwd: string): Array<string[] | undefined> {
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
  const everywhere: string[] = [];
  const perFile = new Map<number, string[]>();
  const add = (sheets: string[], sheet: string) => {
    if (!sheets.includes(sheet)) sheets.push(sheet);
  };
  for (const value of list) {
    const eq = value.indexOf('=');
    const index = eq > 0 ? fileIndex(paths, value.slice(0, eq).trim(), cwd) : -1;
    if (index === -1) add(everywhere, value);
    else {
      if (!perFile.has(index)) perFile.set(index, []);
      add(perFile.get(index)!, value.slice(eq + 1));
    }
  }
  const workbooks = paths.flatMap((path, index) => (WORKBOOK_NAME.test(path) && !perFile.has(index) ? [index] : []));
  if (everywhere.length > 0 && workbooks.length > 1) {
    throw new UserError(msg('flags.sheet-which-workbook', { sheet: everywhere[0], count: workbooks.length, workbooks: workbooks.map((i) => basename(paths[i])).join(', '), example: `${basename(paths[workbooks[0]])}=${everywhere[0]}` }));
  }
  // No file named as a workbook: every file takes the NAMEs, and a text export among them says --sheet is not for it.
  const takesPlain = (index: number) => workbooks.length === 0 || workbooks.includes(index);
  return paths.map((_, index) => perFile.get(index) ?? (everywhere.length > 0 && takesPlain(index) ? everywhere : undefined));
}

/** A file named as an Excel workbook (.xlsx, .xlsm): the only kind with sheets to name. */
const WORKBOOK_NAME = /\.xls[xm]$/i;

/** The files --read-as-signers names, by index; one that is none of the files given is a mistake said at once. */
function asSignersFlags(paths: string[], values: string[] | undefined, cwd: string): Set<number> {
  const files = new Set<number>();
  for (const value of values ?? []) {
    const index = fileIndex(paths, value.trim(), cwd);
    if (index === -1) throw new UserError(msg('flags.as-signers-file', { file: value, files: paths.join(', ') }));
    files.add(index);
  }
  return files;
}

function isoCode(text: string, flag: string): string {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new UserError(msg('flags.country-code', { value: flag }));
  return code;
}

/** The file a FILE=CODE names: the same path, or the only file with that name. */
function fileIndex(paths: string[], named: string, cwd: string): number {
  const same = paths.findIndex((path) => path === named || resolve(cwd, path) === resolve(cwd, named));
  if (same !== -1) return same;
  const byName = paths.flatMap((path, index) => (basename(path) === basename(named) && !named.includes('/') && !named.includes(sep) ? [index] : []));
  return byName.length === 1 ? byName[0] : -1;
}

/** --from and --to are whole days in --tz, both included. */
export function dateWindow(flags: ReadFlags): DateWindow {
  return parseDateWindow(flags.from, flags.to, flags.tz ?? 'UTC');
}
