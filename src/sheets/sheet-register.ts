// The campaign's register of printed sheets: which IDs exist, in which batch, language and number of lines.
// A JSON file beside the campaign file, rewritten atomically after each batch.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';
import { writeWholeFileAtomic, type OpenWrite } from '../output/atomic-write.js';
import { withFileLock } from '../ledger/ledger-lock.js';
import { CHECK_VERSION, formatSheetId, parseSheetId, withoutScannedUrl, type CheckVersion, type SheetId } from './sheet-id.js';

export interface SheetBatch {
  batch: number;
  /** ISO date-time the batch was printed. */
  printed: string;
  language: string;
  /** Numbered signature lines per sheet. */
  lines: number;
  sheets: string[];
  /** How its IDs' check characters were made; absent in a batch printed before version 2 (one Luhn character). */
  check?: CheckVersion;
  /** When the batch was voided (ISO): its PDF lost or never printed, its sheets are not in the field. */
  voided?: string;
  /** What the batch's privacy notice promised; absent in a batch printed before it was recorded (see noticeOf). */
  notice?: SheetNotice;
}

/** Who a batch's privacy notice said would see the list: the campaign's target ids, and whether it may be published. */
export interface SheetNotice {
  targets: string[];
  published: boolean;
  /**
   * The name the notice printed for each target, by id: a target renamed since (a successor in the same office, same
   * id) is someone the signers were never told of. Absent in a batch printed before names were recorded: ids alone.
   */
  names?: Record<string, string>;
  /**
   * Every name each target went by when the sheet was printed, by id: the campaign's `name` and each `names.*` entry.
   * The letters address the target in their own language, so a successor put in `name` while `names.ko` kept the old
   * name is another person too. Absent in a batch printed before they were recorded: `names` alone, or ids alone.
   */
  officials?: Record<string, OfficialNames>;
}

/** A target's names as the campaign gives them: `name` (Latin letters) and `names` by language. */
export interface OfficialNames {
  name: string;
  names: Record<string, string>;
}

/** A batch printed before notices were recorded named the campaign's first target only, to no one else. */
export function noticeOf(batch: SheetBatch, firstTarget: string): SheetNotice {
  return batch.notice ?? { targets: [firstTarget], published: false };
}

export interface SheetRegister {
  code: string;
  batches: SheetBatch[];
  /** Sheets that came back from the field, each with the ISO date-time it was marked returned. */
  returned: Record<string, string>;
}

/**
 * 4: a batch's seal covers its void mark and its sheets' returned marks too (deleting either by hand restores or drops
 * signatures). 3: a batch may carry its IDs' check version (older programs would misread those IDs). 2: each batch
 * carries a seal over what was printed. A version 1 register (written before seals) is read unsealed.
 */
export const REGISTER_VERSION = 4;
const SEALED_VERSIONS = [2, 3, 4];
/** The first version whose seals cover the void and returned marks. */
const MARKS_SEALED_VERSION = 4;
const UNSEALED_VERSION = 1;
/** The code a campaign's sheet IDs start with (PET when the campaign gives none). */
export function campaignSheetCode(campaign: { petition: { code?: string } }): string {
  return (campaign.petition.code ?? 'PET').toUpperCase();
}

/** The register's name, beside the campaign file. */
export const REGISTER_FILE = 'sheet-register.json';

export async function readSheetRegister(path: string, code: string): Promise<SheetRegister> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { code, batches: [], returned: {} };
    throw new UserError(msg('sheets.register-unreadable', { reason: (error as Error).message }), { file: path });
  }
  try {
    const data = JSON.parse(text) as Partial<SheetRegister> & { version?: number };
    if (!Array.isArray(data.batches) || typeof data.code !== 'string') throw new Error('no "code" and "batches"');
    const returned = data.returned ?? {};
    if (typeof returned !== 'object' || returned === null || Array.isArray(returned) || Object.values(returned).some((at) => !isDate(at))) {
      throw new Error('"returned" is not a map of sheet IDs to dates');
    }
    if (data.version !== undefined && !SEALED_VERSIONS.includes(data.version) && data.version !== UNSEALED_VERSION) {
      throw new Error(`"version" is ${String(data.version)}; this program writes version ${REGISTER_VERSION}`);
    }
    for (const batch of data.batches) checkBatch(batch);
    for (const batch of data.batches) checkBatchIds(batch, data.code);
    const sealed = data.version !== undefined && SEALED_VERSIONS.includes(data.version);
    const marks = data.version !== undefined && data.version >= MARKS_SEALED_VERSION ? returned : null;
    const batches = data.batches.map((batch) => unsealed(batch, data.code as string, sealed, marks));
    const register = { code: data.code, batches, returned };
    const known = registeredSheets(register);
    const stray = Object.keys(returned).find((id) => !known.has(id));
    if (stray !== undefined) throw new Error(`"returned" names ${stray}, a sheet in no batch`);
    return register;
  } catch (error) {
    throw new UserError(msg('sheets.register-invalid', { reason: (error as Error).message }), { file: path });
  }
}

/** A batch as `addBatch` writes it; what a hand edit broke is named (a missing line count would let any line through). */
function checkBatch(batch: unknown): asserts batch is SheetBatch {
  const b = batch as Partial<SheetBatch> | null;
  if (typeof b !== 'object' || b === null || !Number.isInteger(b.batch)) throw new Error('a batch has no "batch" number');
  const problem = !Array.isArray(b.sheets) || b.sheets.some((id) => typeof id !== 'string') ? '"sheets" is not a list of sheet IDs'
    : !Number.isInteger(b.lines) || (b.lines as number) < 1 ? '"lines" is not a whole number of lines'
      : !isDate(b.printed) ? '"printed" is not a date'
        : typeof b.language !== 'string' ? '"language" is not a language code'
          : b.voided !== undefined && !isDate(b.voided) ? '"voided" is not a date'
          : b.check !== undefined && b.check !== CHECK_VERSION ? `"check" is ${String(b.check)}; this program knows check version ${CHECK_VERSION}` : null;
  if (problem) throw new Error(`batch ${b.batch}: ${problem}`);
}

/** A batch's IDs follow from the code, the batch number and the sequence: an ID typed in by hand does not. */
function checkBatchIds(batch: SheetBatch, code: string): void {
  const check = batch.check ?? 1;
  const wrong = batch.sheets.findIndex((id, i) => id !== formatSheetId({ code, batch: batch.batch, sequence: i + 1 }, check));
  if (wrong !== -1) {
    const expected = formatSheetId({ code, batch: batch.batch, sequence: wrong + 1 }, check);
    throw new Error(`batch ${batch.batch}: "sheets" holds ${batch.sheets[wrong]} as sheet ${wrong + 1}, where code "${code}" gives ${expected}`);
  }
}

/**
 * A batch's seal: a digest of what was printed (code, batch, date, language, lines and IDs). The line count cannot be
 * recomputed from the IDs, and raised by hand it would let lines the sheet never had be counted: a change to any of
 * them breaks the seal. It stops hand edits, not a forger, who could compute a new one.
 */
function sealOf(batch: SheetBatch, code: string, returned: Record<string, string> | null): string {
  const printed: unknown[] = [code, batch.batch, batch.printed, batch.language, batch.lines, batch.sheets, ...(batch.check ? [batch.check] : [])];
  // Since version 4 the void mark and the returned marks are sealed with the batch (null: a register sealed before).
  if (returned) printed.push(batch.voided ?? null, batch.sheets.map((id) => returned[id] ?? null));
  return createHash('sha256').update(JSON.stringify(printed)).digest('hex').slice(0, 16);
}

/** The batch without its seal, once the seal is found to match (a register of version 1 has none to check). */
function unsealed(batch: SheetBatch & { seal?: unknown }, code: string, sealed: boolean, returned: Record<string, string> | null): SheetBatch {
  const { seal, ...rest } = batch;
  if (!sealed && seal === undefined) return rest;
  if (seal === undefined) throw new Error(`batch ${batch.batch} has no "seal": it was removed by hand; put back the register as petition sheets wrote it`);
  if (seal !== sealOf(rest, code, returned)) {
    const marks = returned ? ', void mark and returned sheets' : '';
    throw new Error(`batch ${batch.batch} was changed after it was printed: its "seal" no longer matches its code, date, language, lines (${batch.lines}), sheets${marks}; put back the register as petition sheets wrote it (mark sheets with petition sheets --returned/--not-returned, batches with --void/--unvoid), and print a new batch rather than edit one`);
  }
  return rest;
}

function isDate(value: unknown): boolean {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** A new batch after the register's last, with `count` sheets. Pure: the register passed in is not changed. */
export function addBatch(register: SheetRegister, batch: { count: number; language: string; lines: number; printed: string; notice?: SheetNotice }): { register: SheetRegister; added: SheetBatch } {
  const number = register.batches.reduce((max, b) => Math.max(max, b.batch), 0) + 1;
  const sheets = Array.from({ length: batch.count }, (_, i) => formatSheetId({ code: register.code, batch: number, sequence: i + 1 }, CHECK_VERSION));
  const added: SheetBatch = { batch: number, printed: batch.printed, language: batch.language, lines: batch.lines, sheets, check: CHECK_VERSION, ...(batch.notice ? { notice: batch.notice } : {}) };
  return { register: { ...register, batches: [...register.batches, added] }, added };
}

/** The register beside a campaign file, or null when no sheets were printed for it. */
export async function campaignSheetRegister(campaignFile: string): Promise<SheetRegister | null> {
  const path = join(dirname(campaignFile), REGISTER_FILE);
  return existsSync(path) ? readSheetRegister(path, '') : null;
}

/**
 * Runs a read-modify-write of the register while holding its lock (the ledger's lock, beside the register): two
 * `sheets -o` runs at once would otherwise both number their sheets after the same last batch, and a `--returned`
 * mark written between another run's reading and writing would be lost.
 */
export function withRegisterLock<T>(path: string, work: () => Promise<T>): Promise<T> {
  return withFileLock(path, work, { cannotLock: 'sheets.register-cannot-lock', locked: 'sheets.register-locked', unreadable: 'sheets.register-lock-unreadable' });
}

export function writeSheetRegister(path: string, register: SheetRegister, open?: OpenWrite): Promise<void> {
  const batches = register.batches.map((batch) => ({ ...batch, seal: sealOf(batch, register.code, register.returned) }));
  return writeWholeFileAtomic(path, `${JSON.stringify({ version: REGISTER_VERSION, ...register, batches }, null, 2)}\n`, { open });
}

export interface RegisteredSheet {
  batch: number;
  sequence: number;
  of: number;
  lines: number;
  /** When its batch was printed (ISO). */
  printed: string;
  /** When its batch was voided (ISO), if it was. */
  voided?: string;
}

/** Where each registered sheet was printed: its batch, number in the batch, lines and print date. */
export function registeredSheets(register: SheetRegister): Map<string, RegisteredSheet> {
  const sheets = new Map<string, RegisteredSheet>();
  for (const b of register.batches) {
    b.sheets.forEach((id, i) => sheets.set(id, { batch: b.batch, sequence: i + 1, of: b.sheets.length, lines: b.lines, printed: b.printed, ...(b.voided ? { voided: b.voided } : {}) }));
  }
  return sheets;
}

export type { SheetId };

/**
 * Marks sheets as back from the field. Each item is a sheet ID as printed, or a range `FIRST..LAST` of one batch.
 * Pure; a sheet marked before keeps its first date. An ID that is mistyped or not in the register is an error
 * naming it, and nothing is marked.
 */
export function markReturned(register: SheetRegister, items: readonly string[], on: string): { register: SheetRegister; marked: string[]; already: string[] } {
  const returned = { ...register.returned };
  const marked: string[] = [];
  const already: string[] = [];
  const named = sheetsNamed(register, items, '--returned');
  // A voided batch was never in the field: a sheet of it marked returned would hide that all its lines are rejected.
  for (const id of named) {
    const voided = register.batches.find((b) => b.voided && b.sheets.includes(id));
    if (voided) throw new UserError(msg('sheets.returned-voided', { id, batch: voided.batch, date: voided.voided!.slice(0, 10) }));
  }
  for (const id of named) {
    if (returned[id]) already.push(id);
    else {
      returned[id] = on;
      marked.push(id);
    }
  }
  return { register: { ...register, returned }, marked, already };
}

/** Undoes `markReturned` for sheets marked by mistake (same IDs and ranges); pure, and all or nothing like it. */
export function unmarkReturned(register: SheetRegister, items: readonly string[]): { register: SheetRegister; unmarked: string[]; notMarked: string[] } {
  const returned = { ...register.returned };
  const unmarked: string[] = [];
  const notMarked: string[] = [];
  for (const id of sheetsNamed(register, items, '--not-returned')) {
    if (returned[id]) {
      delete returned[id];
      unmarked.push(id);
    } else notMarked.push(id);
  }
  return { register: { ...register, returned }, unmarked, notMarked };
}

/** The sheets a list of IDs and `FIRST..LAST` ranges names, each once, in order. */
function sheetsNamed(register: SheetRegister, items: readonly string[], flag: string): Set<string> {
  const sheets = registeredSheets(register);
  const wanted: string[] = [];
  // `FIRST .. LAST` arrives as three arguments, `FIRST...LAST` with a dot too many: both mean the range.
  // A scanned QR code gives the ID then the campaign URL (one argument, or two when unquoted): the URL is dropped.
  const scanned = items.map(withoutScannedUrl).filter((item) => !/^\s*https?:\/\/\S*\s*$/i.test(item));
  const ranges = scanned.join(',').replace(/[\s,]*\.{2,3}[\s,]*/g, '..');
  for (const item of ranges.split(',').map((i) => i.trim()).filter(Boolean)) {
    const [first, last] = item.split('..');
    const from = knownSheet(first, sheets);
    if (last === undefined) {
      wanted.push(from);
      continue;
    }
    const to = knownSheet(last, sheets);
    const a = sheets.get(from)!;
    const b = sheets.get(to)!;
    if (a.batch !== b.batch || a.sequence > b.sequence) throw new UserError(msg('sheets.bad-range', { flag, range: item }));
    const batch = register.batches.find((x) => x.batch === a.batch)!;
    wanted.push(...batch.sheets.slice(a.sequence - 1, b.sequence));
  }
  return new Set(wanted);
}

/** An ID to show as the shape of the register's IDs: its first sheet, or the first one a new register would print. */
export function sheetIdExample(sheets: ReadonlyMap<string, unknown> | null, code = 'NKR'): string {
  const [first] = sheets?.keys() ?? [];
  return first ?? formatSheetId({ code, batch: 1, sequence: 1 }, CHECK_VERSION);
}

function knownSheet(typed: string, sheets: ReadonlyMap<string, unknown>): string {
  const parsed = parseSheetId(typed);
  if (!parsed.ok) {
    throw new UserError(parsed.problem === 'bad_check_digit' ? msg('sheets.bad-check-digit', { id: parsed.text }) : msg('sheets.not-sheet-id-printed', { typed, example: sheetIdExample(sheets) }));
  }
  if (!sheets.has(parsed.text)) throw new UserError(msg('sheets.not-registered', { id: parsed.text }));
  return parsed.text;
}

/**
 * Voids batches by number (`--void 2`): their PDF was replaced or lost before printing, so their sheets are not in
 * the field and a line typed from one is rejected. Pure; a batch voided before keeps its first date; a number no
 * batch has is an error, and nothing is voided.
 */
export function voidBatches(register: SheetRegister, numbers: readonly string[], on: string, options: { force?: boolean } = {}): { register: SheetRegister; voided: number[] } {
  const wanted = batchNumbers(register, numbers, '--void');
  const voided = register.batches.filter((b) => wanted.includes(String(b.batch)) && !b.voided).map((b) => b.batch);
  // A batch with sheets back was in the field: voiding it turns their real signatures into rejects (often a slip for another number).
  for (const b of register.batches.filter((x) => voided.includes(x.batch))) {
    const back = b.sheets.filter((id) => register.returned[id]).length;
    if (back > 0 && !options.force) throw new UserError(msg('sheets.void-in-field', { batch: b.batch, returned: back }));
  }
  const batches = register.batches.map((b) => (voided.includes(b.batch) ? { ...b, voided: on } : b));
  return { register: { ...register, batches }, voided };
}

/** Undoes `voidBatches` (`--unvoid 1`): the batch's sheets count again. Pure; a number no batch has is an error. */
export function unvoidBatches(register: SheetRegister, numbers: readonly string[]): { register: SheetRegister; unvoided: number[] } {
  const wanted = batchNumbers(register, numbers, '--unvoid');
  const unvoided = register.batches.filter((b) => wanted.includes(String(b.batch)) && b.voided).map((b) => b.batch);
  const batches = register.batches.map((b) => {
    if (!unvoided.includes(b.batch)) return b;
    const { voided: _voided, ...live } = b;
    return live;
  });
  return { register: { ...register, batches }, unvoided };
}

/** Batch numbers given to --void/--unvoid (`1,2` or `1 2`), each checked against the register. */
function batchNumbers(register: SheetRegister, numbers: readonly string[], flag: string): string[] {
  const wanted = numbers.flatMap((n) => n.split(',')).map((n) => n.trim()).filter(Boolean);
  for (const n of wanted) {
    if (!/^\d+$/.test(n) || !register.batches.some((b) => b.batch === Number(n))) {
      throw new UserError(msg('sheets.no-such-batch', { flag, batch: n, batches: register.batches.map((b) => b.batch).join(', ') || '-' }));
    }
  }
  return wanted;
}
