// Assertions every corpus run must pass, whatever the input: no crash, no stack, conservation of rows, no leaked emails.
import { expect } from '@jest/globals';
import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { CliResult } from '../helpers/run-main.js';

export interface Bucket {
  rows: number;
  rejected: number;
  accepted: number;
  duplicates: number;
  unique: number;
}

export interface CountsJson extends Bucket {
  rejectReasons: Record<string, number>;
  byCountry: Record<string, Bucket>;
  byDay: Record<string, Bucket>;
  bySource: Record<string, Bucket>;
  byLanguage?: Record<string, Bucket>;
  problems: Array<{ code: string }>;
}

/** The process neither crashed nor showed a stack trace; a failure is a user error naming the file. */
export function expectNoCrash(result: CliResult, file?: string): void {
  expectNoRawControls(result);
  expect(result.stderr).not.toMatch(/unexpected error|This is a bug/);
  expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect([0, 1, 2]).toContain(result.code);
  if (result.code === 2) {
    expect(result.stderr).toMatch(/^petition: /);
    if (file !== undefined) expect(result.stderr).toContain(file);
  }
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;

/** Nothing printed can drive the terminal: no escape sequence, carriage return or bidi control from a file. */
export function expectNoRawControls(result: CliResult): void {
  const found = RAW_CONTROL.exec(result.stdout + result.stderr);
  expect({ control: found ? `U+${(found[0].codePointAt(0) as number).toString(16)}` : null }).toEqual({ control: null });
}

/** rows = rejected + accepted, accepted = duplicates + unique: for the total and every bucket, and buckets add up. */
export function expectConservation(counts: CountsJson): void {
  const check = (label: string, b: Bucket): void => {
    expect({ label, sum: b.rejected + b.accepted }).toEqual({ label, sum: b.rows });
    expect({ label, sum: b.duplicates + b.unique }).toEqual({ label, sum: b.accepted });
    for (const value of [b.rows, b.rejected, b.accepted, b.duplicates, b.unique]) expect(value).toBeGreaterThanOrEqual(0);
  };
  check('total', counts);
  const reasons = Object.values(counts.rejectReasons).reduce((a, b) => a + b, 0);
  expect(reasons).toBe(counts.rejected);
  for (const [name, buckets] of [['byCountry', counts.byCountry], ['byDay', counts.byDay], ['bySource', counts.bySource], ['byLanguage', counts.byLanguage]] as const) {
    if (buckets === undefined) continue;
    const sum: Bucket = { rows: 0, rejected: 0, accepted: 0, duplicates: 0, unique: 0 };
    for (const [key, bucket] of Object.entries(buckets)) {
      check(`${name}.${key}`, bucket);
      for (const field of Object.keys(sum) as Array<keyof Bucket>) sum[field] += bucket[field];
    }
    expect({ name, sum }).toEqual({ name, sum: pick(counts) });
  }
}

function pick(b: Bucket): Bucket {
  return { rows: b.rows, rejected: b.rejected, accepted: b.accepted, duplicates: b.duplicates, unique: b.unique };
}

/** Everything that looks like an email in the input bytes (read leniently as UTF-8 and as UTF-16). */
export function emailsIn(bytes: Buffer): string[] {
  const texts = [bytes.toString('utf8'), bytes.toString('utf16le'), bytes.toString('latin1')];
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/[A-Za-z0-9._%+-]{2,}@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) found.add(match[0].toLowerCase());
  }
  return [...found];
}

/** Everything that looks like a phone number (7 digits or more, with + or a separator) in the input bytes, as its digits. */
export function phonesIn(bytes: Buffer): string[] {
  const found = new Set<string>();
  for (const match of bytes.toString('utf8').matchAll(/(?:\+\d|\d{3}[-. ])[\d -.()]{5,}\d/g)) {
    const digits = match[0].replace(/\D/g, '');
    if (digits.length >= 9 && !/^\d{4}-\d\d-\d\d/.test(match[0])) found.add(digits);
  }
  return [...found];
}

/** Logs and JSON never show an email in full (nor a phone number, given as its digits). */
export function expectNoEmails(output: string, emails: readonly string[], phones: readonly string[] = []): void {
  const lower = output.toLowerCase();
  for (const email of emails) expect({ leaked: lower.includes(email) ? email : null }).toEqual({ leaked: null });
  const digits = output.replace(/[^\d\n]/g, '');
  for (const phone of phones) expect({ leaked: digits.includes(phone) ? phone : null }).toEqual({ leaked: null });
}

/**
 * A CSV the tool wrote: header → values; checks that no cell would run as a spreadsheet formula, also where a
 * spreadsheet of another locale would split it (on ";", TAB or "|").
 */
export function readWrittenCsv(path: string): Array<Record<string, string>> {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const rows: string[][] = parse(text, { relax_column_count: false });
  // One expectation over all cells (one per cell costs minutes on 40,000 rows).
  // Spaces before the formula too: a spreadsheet that trims them on import runs what follows.
  // A negative number is a number to any spreadsheet, not a formula (adv11 D11): `-1` is written as it is; so is a lone
  // `-` (text everywhere: standard input's source name).
  const number = /^-(?:\d+(?:\.\d+)?)?$/;
  const runnable = rows.flat().filter((cell) => (!number.test(cell) && /^ *[=+\-@\t\r]/.test(cell)) || cell.split(/[,;\t|]/).some((piece) => !number.test(piece) && /^[ \r]*[=+\-@\r]/.test(piece)));
  expect(runnable).toEqual([]);
  const [header, ...data] = rows;
  return data.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

/** Files holding personal data are readable by their owner only. */
export function expectOwnerOnly(path: string): void {
  expect({ path, mode: (statSync(path).mode & 0o777).toString(8) }).toEqual({ path, mode: '600' });
}
