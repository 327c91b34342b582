// Runs every source through read → map → normalize → validate and hands each row's outcome to a visitor.
// Pass 1 (collect) builds the compact match table; pass 2 (replay) re-reads to write outputs without holding rows.
import { createHash } from 'node:crypto';
import { hashBegin, hashEnd, hashOut, hashText } from '../dedupe/hash-string64.js';
import { findable, identifies, type AskedIdentity } from './asked-identity.js';
import type { Readable } from 'node:stream';
import { openSources } from '../read/open-sources.js';
import { UserError } from '../errors.js';
import type { SheetRegister } from '../sheets/sheet-register.js';
import { createLineChecker, isUnusedPaperLine, paperLineKey, sheetIdLikeColumn, transcriptionColumns } from '../sheets/transcription.js';
import { detectFormat } from '../formats/detect-format.js';
import { createRecordMapper } from '../formats/map-record.js';
import { unreadAnonymityColumns } from '../formats/unread-anonymity.js';
import { sampleCells, sampledMapping } from '../formats/sampled-mapping.js';
import { unreadNameColumns, type UnreadNameColumn } from '../formats/split-name-columns.js';
import { anonymityColumnIndexes, tickSlipColumns, withPaperBoxTicks, withTickSlips } from '../formats/tick-slips.js';
import { createNormalizer, type Normalizer } from '../normalize/create-normalizer.js';
import { createSignatureValidator, type DateWindow, type Verdict } from '../validate/validate-signature.js';
import type { ColumnMapping, DecodedRecord, Problem, ReadInfo, RejectReason, Rejection, Signature, SourceSpec } from '../types.js';
import { carryDetail, withDetail } from '../i18n/detail.js';
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import { fileErrorText } from '../read/file-error-text.js';
import { ShardedSet } from '../dedupe/sharded-map.js';
import { blankableColumns, CutCells, cuttableColumns } from './cut-cells.js';
import { WithdrawnSigners, type WithdrawalMatch } from './withdrawn-signers.js';
import { rowKey, withdrawnPeopleFor, type WithdrawnWith } from './withdrawn-people.js';
import { exportFileKind } from '../read/workbook/withdrawn-sheet.js';
import { lineRuns, PastedTwiceFinder, sayLineRuns, sharedRows, type RepeatedRows } from './pasted-twice.js';
import { UndatedRows, type Undated } from './undated-rows.js';
import { RowsFingerprint } from './rows-fingerprint.js';
import { NameList, sameNames } from './same-names.js';
import { firstOfMany } from '../text/first-of-many.js';
import { declaredCountProblem } from '../formats/declared-count.js';
import { booleanNames } from '../formats/boolean-names.js';

/** How many records of a file are looked at before its day/month order is decided. */
const DATE_SAMPLE_RECORDS = 5000;
export { UNDATED_COUNTED } from './undated-rows.js';
/** Rows named in the warning about typed-up paper lines whose typed date cannot be; the rest are counted. */
const DATE_SLIP_ROWS_SHOWN = 10;
/**
 * The problem code of a source holding the same rows as an earlier one, or every row of it, or a large share, where
 * every shared row merges with its copy: the count is right, so it is a notice (exit 0), not same_file_twice.
 */
export const SAME_ROWS_MERGED = 'same_rows_merged';
/** The problem code of typed-up paper lines whose typed date cannot be, counted on their sheet's day instead. */
export const PAPER_DATE_SLIP = 'paper_date_slip';

export interface ScanOptions {
  specs: SourceSpec[];
  /** Opens the bytes of a source from the start; may be called once per pass. */
  open: (spec: SourceSpec) => Readable;
  tz?: string;
  window?: DateWindow;
  onProgress?: (progress: { source: string; rows: number }) => void;
  /** Printed paper sheets: a typed-up sheet's ID and line are checked against it (without it, the check character only). */
  sheetRegister?: SheetRegister | null;
  /** The campaign's sheet code: a typed sheet printed under another code is rejected (the code changed after printing). */
  sheetCode?: string;
  /** Now, epoch ms (the deps clock): a signing date after today is impossible. Without it, no date is held to be in the future. */
  now?: number;
  /** Whose window `window` is: a delivery's (its day; the ledger keeps a later delivery from counting a signer again) or --from/--to. */
  windowOf?: 'delivery' | 'flags';
  /**
   * The first run of a withdrawal list (runDedupe): the rows it names are accepted, marked with the match, so that
   * dedupe shows which other rows are the same person.
   */
  withdrawnAsSeeds?: boolean;
}

export type RowEvent =
  | {
    kind: 'accepted'; signature: Signature; index: number;
    /** In a first run (withdrawnAsSeeds): how a withdrawal list names this row. */
    withdrawal?: WithdrawalMatch;
    /** Counted in a date window that nothing places it in (undated-rows.ts): a follow-up names only its own such rows. */
    undated?: Undated;
  }
  | {
    kind: 'rejected'; rejection: Rejection; signature?: Signature;
    /** Who a rejected row that still says its signer asked for anonymity is, by the exact rules' keys (see askedAnonymity). */
    askedAnonymity?: AskedIdentity;
  };

export interface ScannedSource {
  /** The path as given, or `path#Sheet` for a sheet of a workbook: what rows, counts and rejections name. */
  name: string;
  spec: SourceSpec;
  info: ReadInfo;
  mapping: ColumnMapping;
  rows: number;
  /** The highest row number read (an Excel row number for a sheet, where rows need not start at 1). */
  lastRow: number;
  normalizer: Normalizer;
  /** Rows kept though dated after today (within the day's slack): the first one, and how many. */
  afterToday?: { row: number; signed: string; today: string; count: number };
  /**
   * Typed-up paper lines whose typed date cannot be (after today, before their sheet was printed): counted on their
   * sheet's day instead. The first one (its row, the date typed, why, and the day it is counted on), and which rows.
   */
  dateSlips?: { row: number; line: number; typed: string; slip: ImpossibleDay; sheet: string; day: string; from: 'returned' | 'printed'; rows: number[]; count: number };
}

export interface ScanResult {
  sources: ScannedSource[];
  problems: Problem[];
  accepted: number;
}

const PROGRESS_EVERY = 20000;

/** The date cell of a formula whose error result the workbook reader could not keep (exceljs reads it as NaN). */
const LOST_ERROR_TEXT = '#ERROR';

/**
 * A workbook row rejected for an error value (#VALUE!, #REF!, #N/A) in its date cells alone is a signer whose date
 * cannot be read, as "#VALUE!" typed into a CSV is: read as data, it is counted undated and the date is warned of
 * (exit 1), never lost with its name. An error value in any other column (the name) keeps the row rejected.
 */
function errorDateAsUnreadable(record: DecodedRecord, dateColumns: readonly number[]): DecodedRecord {
  if (record.kind !== 'rejected' || record.reason !== 'error_value' || !record.cells || !record.unreadable?.length) return record;
  if (!record.unreadable.every((column) => dateColumns.includes(column))) return record;
  const cells = record.cells.map((cell, column) => (record.unreadable!.includes(column) && cell.trim() === '' ? LOST_ERROR_TEXT : cell));
  return { kind: 'data', row: record.row, line: record.line, cells };
}

export async function scanSources(options: ScanOptions, visit: (event: RowEvent, source: ScannedSource) => void): Promise<ScanResult> {
  const sources: ScannedSource[] = [];
  const decodingProblems: Problem[] = [];
  const uncheckedPaper: Problem[] = [];
  const pastedProblems: Problem[] = [];
  const { repeats, overlaps, sheetOverlaps, unmergedInTwo } = await repeatedSources(options);
  let accepted = 0;
  const undatedRows = new UndatedRows();
  // One checker for the whole run, so a sheet line typed into two files is caught too.
  const checkLine = createLineChecker(options.sheetRegister ?? null, options.sheetCode, await anonymousPaperLines(options, repeats));
  const withdrawals = await withdrawnSigners(options, repeats);
  // The rows that a first run found to be one person with a listed row (withdrawn-people.ts).
  const withdrawnPeople = withdrawals.size === 0 || options.withdrawnAsSeeds ? undefined : withdrawnPeopleFor(options);
  // Rows that share only a name with a withdrawal row: counted, and told (one warning each).
  const withdrawnByName: Problem[] = [];
  for (const spec of options.specs) {
    if (repeats.has(spec)) continue;
    for (const reader of await openScanned(options, spec)) {
      // A withdrawal list that names no one is not a source: its warning says so (open-sources.ts).
      if (reader.info.unreadList) {
        decodingProblems.push(...reader.decodingProblems());
        continue;
      }
      const name = reader.name;
      const iterator = reader.records()[Symbol.asyncIterator]();
      const lookahead = await dateSampleRecords(iterator);
      const detected = detectFormat(reader.info.header, { format: spec.format, map: spec.map, file: name, emailNames: reader.info.takenOff !== undefined });
      // A column named in words of a name with yes/no answers may be a show-name question in a language not read.
      // And a name written over two columns under one header is read whole (split-name-columns.ts).
      const mapping = sampledMapping(detected, lookahead);
      const paper = transcriptionColumns(reader.info.header, spec.paper);
      const mapped = withTickSlips(createRecordMapper(mapping, name), tickSlipColumns(mapping, paper !== null));
      const mapRecord = paper ? withPaperBoxTicks(mapped) : mapped;
      if (paper && !options.sheetRegister) uncheckedPaper.push(uncheckedPaperProblem(name));
      for (const unread of unreadNameColumns(mapping, sampleCells(lookahead))) uncheckedPaper.push(unreadNameProblem(name, unread));
      const unreadAnonymity = unreadAnonymityColumns(mapping.columns);
      for (const column of unreadAnonymity) uncheckedPaper.push(unreadAnonymityProblem(name, column));
      // Any answer in a column about anonymity we can't read may be a "hide me", and a blank one under a consent to
      // show the name is no consent: until the column is mapped, no name of the file is shown (verifyJ F9).
      const unreadHidesAll = unreadAnonymity.length > 0;
      const tickUnknown = unknownTickTest(mapping);

      if (!paper && options.sheetRegister) {
        const column = sheetIdLikeColumn(lookahead.flatMap((r) => (r.kind === 'data' ? [r.cells] : [])));
        if (column !== -1) uncheckedPaper.push(unknownPaperColumnsProblem(name, reader.info.header[column] ?? ''));
        // One tab per paper sheet, named by its ID: its lines would be counted unchecked and with no trace to paper.
        else if (reader.info.sheet && sheetIdLikeColumn([[reader.info.sheet.name]]) === 0) uncheckedPaper.push(paperTabProblem(name, reader.info.sheet.name));
      }
      const dateSamples = sampleDates(lookahead, mapping);
      const normalizer = createNormalizer({ source: name, defaultCountry: spec.country, tz: options.tz, dateSamples, date1904: reader.info.sheet?.date1904 });
      const source: ScannedSource = { name, spec, info: reader.info, mapping, rows: 0, lastRow: 0, normalizer };
      const validateSignature = createSignatureValidator();
      // Reads broken rows only for what their signer asked; its warnings are not this file's (the row is rejected).
      const brokenRowReader = createNormalizer({ source: name, defaultCountry: spec.country, tz: options.tz, dateSamples });
      const width = reader.info.header.length;
      sources.push(source);
      const pastedTwice = new PastedTwiceFinder();

      const cutCells = new CutCells(name, reader.info.header);
      const cuttable = cuttableColumns(mapping);
      const blankable = blankableColumns(mapping);
      const windowApplies = options.window !== undefined && (options.window.from !== undefined || options.window.to !== undefined);
      const dateColumns = mapping.columns.filter((column) => column.field === 'date').map((column) => column.index);
      const withoutBooleanNames = booleanNames(mapping);
      const handle = (read: DecodedRecord): void => {
        const record = withoutBooleanNames(read.kind === 'data' && read.cut ? cutCells.take(read, cuttable, blankable) : errorDateAsUnreadable(read, dateColumns));
        if (record.row > source.lastRow) source.lastRow = record.row;
        // Volunteers pre-fill sheet and line 1 to 16: a line with nothing else typed is one nobody signed, not a row read.
        if (paper && record.kind === 'data' && isUnusedPaperLine(record.cells, paper)) return;
        source.rows++;
        if (record.kind === 'rejected') {
          const asked = record.cells ? askedAnonymity(record.cells, width, (cells) => brokenRowReader.normalize(mapRecord(cells, record.row, record.line)), tickUnknown(record) || unreadHidesAll) : null;
          visit({ kind: 'rejected', rejection: carryDetail({ source: name, row: record.row, line: record.line, reason: record.reason, detail: record.detail, ...(record.column ? { column: record.column } : {}) }, record), ...(asked ? { askedAnonymity: asked } : {}) }, source);
          return;
        }
        const raw = mapRecord(record.cells, record.row, record.line);
        const signature = normalizer.normalize(raw);
        const checked = paper ? checkLine(record.cells[paper.sheet] ?? '', record.cells[paper.line] ?? '') : null;
        // A typed-up line with no date typed is counted on its sheet's day in the register (see transcription.ts).
        // A date typed but unreadable is not replaced by the sheet's: the signer is counted undated, and named (undatedCounted).
        let datedBy = checked?.ok && signature.signedAt === null && !raw.fields.date?.trim() ? checked.sheetDate : undefined;
        // A date no signer can have (after today, before the sheet was printed) typed on a line that is on its sheet is a
        // slip of the volunteer's, not a reason to drop a real signature: the line is dated as one typed without a date.
        const slip = checked?.ok && checked.sheetDate && !datedBy ? impossibleDay(signature.signedAt, checked.printed, options.now, (ms) => normalizer.dayOf(ms)) : null;
        if (slip && checked?.ok) datedBy = checked.sheetDate;
        if (datedBy) signature.signedAt = Date.parse(datedBy.at);
        const invalid = checked && !checked.ok
          ? carryDetail({ reason: checked.reason, detail: checked.detail, column: reader.info.header[checked.reason === 'line_not_on_sheet' || checked.reason === 'line_typed_twice' ? paper!.line : paper!.sheet] }, checked)
          // A date from the register is the sheet's, not the signer's: like an unknown date, it is not held against the window.
          : datedBy ? validateSignature(signature, raw) : impossibleDate(signature.signedAt, checked?.ok ? checked.printed : undefined, options.now, (ms) => normalizer.dayOf(ms)) ?? validateSignature(signature, raw, options.window);
        const withdrawal = invalid || withdrawals.size === 0 ? null : withdrawals.match(signature);
        const toldOnly = withdrawal?.by === 'name' || withdrawal?.by === 'script';
        if (withdrawal && toldOnly) withdrawnByName.push(withdrawnByNameProblem(name, record.row, record.line, withdrawal));
        const listed = withdrawal && !toldOnly ? withdrawal : null;
        const seed = listed && options.withdrawnAsSeeds ? listed : null;
        const withdrawnWith = invalid || listed ? undefined : withdrawnPeople?.get(rowKey(name, record.row));
        const joined = withdrawnWith?.joined === 'review' ? undefined : withdrawnWith;
        if (withdrawnWith?.joined === 'review') {
          signature.anonymous = true;
          withdrawnByName.push(withdrawnMaybeProblem(name, record.row, record.line, withdrawnWith));
        }
        const invalidOrWithdrawn = invalid ?? (listed && !seed ? withdrawnVerdict(listed) : joined ? withdrawnWithVerdict(joined) : null);
        const paperLine = checked?.ok ? { sheet: checked.sheet, line: checked.line, ...(datedBy ? { datedBy: datedBy.from } : {}), ...(slip ? { dateTyped: raw.fields.date?.trim() ?? '' } : {}) } : checked?.paper;
        if (paperLine) signature.paper = paperLine;
        if (checked?.ok && checked.anonymous) signature.anonymous = true;
        // Fail closed: an answer in a column about anonymity that could not be read may be "hide me" (adv11c A8).
        if (unreadHidesAll) signature.anonymous = true;
        if (invalidOrWithdrawn) {
          normalizer.setAside(record.row);
          const asked = signature.anonymous && findable(signature) ? signature : invalid && gaveNoName(invalid.reason) ? withoutName(signature) : null;
          visit({ kind: 'rejected', rejection: carryDetail({ source: name, row: record.row, line: record.line, ...invalidOrWithdrawn }, invalidOrWithdrawn), signature, ...(asked ? { askedAnonymity: asked } : {}) }, source);
        } else {
          if (checked?.ok) checked.claim(msg('sheets.typed-at', { source: name, row: record.row }));
          // Within a day's slack a date after today is kept (a zone ahead of ours), but said: it may be a typing slip.
          if (options.now !== undefined && !datedBy && signature.signedAt !== null && normalizer.dayOf(signature.signedAt) > normalizer.dayOf(options.now)) {
            source.afterToday ??= { row: record.row, signed: normalizer.dayOf(signature.signedAt), today: normalizer.dayOf(options.now), count: 0 };
            source.afterToday.count++;
          }
          if (slip && datedBy && paperLine) {
            source.dateSlips ??= { row: record.row, line: record.line, typed: raw.fields.date?.trim() ?? '', slip, sheet: paperLine.sheet, day: normalizer.dayOf(Date.parse(datedBy.at)), from: datedBy.from, rows: [], count: 0 };
            if (source.dateSlips.rows.length < DATE_SLIP_ROWS_SHOWN) source.dateSlips.rows.push(record.row);
            source.dateSlips.count++;
          }
          const undated: Undated | undefined = windowApplies && !datedBy && signature.signedAt === null ? (raw.fields.date?.trim() ? 'unreadable' : 'blank') : undefined;
          if (undated) undatedRows.add(name, record.row, record.line, undated);
          pastedTwice.row(repeatKey(normalizer, signature), record.line, identifies(signature));
          visit({ kind: 'accepted', signature, index: accepted++, ...(undated ? { undated } : {}), ...(seed ? { withdrawal: seed } : {}) }, source);
        }
        if (options.onProgress && source.rows % PROGRESS_EVERY === 0) options.onProgress({ source: name, rows: source.rows });
      };

      for (const record of lookahead) handle(record);
      lookahead.length = 0;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) handle(next.value);
      decodingProblems.push(...reader.decodingProblems());
      const declared = declaredCountProblem(name, reader.info, source.rows);
      if (declared) decodingProblems.push(declared);
      pastedProblems.push(...cutCells.problems(), ...pastedTwiceProblems(name, reader.info.sheet !== undefined, pastedTwice.findings()));
      options.onProgress?.({ source: name, rows: source.rows });
    }
  }
  const repeatProblems = [...repeats].map(([spec, first]): Problem => {
    const text = spec.path === first.first.path ? msg('problem.given-twice')
      : msg(first.by === 'bytes' ? 'problem.same-bytes' : 'problem.same-records', { first: first.first.path });
    return withText({ source: spec.path, code: 'same_file_twice', message: english().say(text) }, text);
  });
  for (const [spec, overlap] of overlaps) {
    const values = { first: overlap.first.path, shared: overlap.shared ?? 0, total: overlap.total ?? 0, share: (overlap.shared ?? 0) / (overlap.total || 1) };
    if (overlap.merged) {
      const text = msg('problem.rows-merged-with', { ...values, by: overlap.by });
      repeatProblems.push(withText({ source: spec.path, code: SAME_ROWS_MERGED, message: english().say(text) }, text));
      continue;
    }
    const key = overlap.by === 'names' ? 'problem.same-names-other-columns' : overlap.by === 'rows' ? 'problem.same-rows-other-shape' : overlap.by === 'superset' ? 'problem.holds-rows-of' : overlap.by === 'partial' ? 'problem.rows-partly-in' : 'problem.rows-all-in';
    const text = msg(key, values);
    repeatProblems.push(withText({ source: spec.path, code: 'same_file_twice', message: english().say(text) }, text));
  }
  for (const overlap of sheetOverlaps) {
    const text = msg(overlap.by === 'names' ? 'problem.sheet-names-in-sheet' : 'problem.sheet-rows-in-sheet', { sheet: overlap.sheet, first: overlap.first, shared: overlap.shared, total: overlap.total, share: overlap.shared / overlap.total });
    repeatProblems.push(withText({ source: overlap.spec.path, code: 'same_file_twice', message: english().say(text) }, text));
  }
  for (const twice of unmergedInTwo) {
    const [source, first] = twice.sheets ? [`${twice.spec.path}#${twice.sheets.sheet}`, `${twice.first.path}#${twice.sheets.first}`] : [twice.spec.path, twice.first.path];
    const text = msg('problem.unmerged-rows-in-two', { first, count: twice.lines.length, lines: sayLineRuns(lineRuns(twice.lines)) });
    repeatProblems.push(withText({ source, code: 'rows_in_two_sources', message: english().say(text) }, text));
  }
  const afterToday = sources.flatMap((s): Problem[] => {
    if (!s.afterToday) return [];
    const text = msg('problem.dated-after-today', { ...s.afterToday });
    return [withText({ source: s.name, row: s.afterToday.row, column: 'date', code: 'dated_after_today', message: english().say(text) }, text)];
  });
  const dateSlips = sources.flatMap((s): Problem[] => {
    if (!s.dateSlips) return [];
    const { row, line, typed, slip, sheet, day, from, rows, count } = s.dateSlips;
    const text = msg('problem.paper-date-slip', { ...slip, typed, sheet, day, from, count, rows: firstOfMany(rows, count) });
    return [withText({ source: s.name, row, line, column: 'date', code: PAPER_DATE_SLIP, message: english().say(text) }, text)];
  });
  const undated = undatedRows.problems(options.windowOf);
  return { sources, problems: [...withdrawnByName, ...repeatProblems, ...pastedProblems, ...uncheckedPaper, ...decodingProblems, ...afterToday, ...dateSlips, ...undated, ...sources.flatMap((s) => s.normalizer.problems())], accepted };
}

/**
 * A row rejected for giving no name ("N/A", "Unbekannt", "ㅇㅇ", "Test", "-", ".", a blank cell) is its signer
 * giving none: their named row on the same email or phone is hidden and the warning names both (verifyQ H3).
 * "N/A" did this as a refusal; "Unbekannt" and "-" are rejected by the same rules and must do the same.
 */
function gaveNoName(reason: RejectReason): boolean {
  return reason === 'no_name' || reason === 'name_without_letters';
}

/** Who such a row is without its placeholder as a name: found by email or phone, never by "Unbekannt" at a city. */
function withoutName(signature: Signature): AskedIdentity | null {
  const who = { ...signature, name: '', given: '', family: '', nameKey: '' };
  return findable(who, false) ? who : null;
}

/**
 * Who a broken row is whose cells still say its signer asked for anonymity, or null. The row is read with its cells
 * lined up with the header from the left and from the right (an unquoted comma shifts only the columns after it); a
 * reading counts when it names its signer (an email, a phone, a name with a postcode or city, or else a name alone:
 * paper and many exports have no email) and its anonymity answer is a yes or unclear: what a signer asked for wins.
 */
function askedAnonymity(cells: readonly string[], width: number, read: (cells: string[]) => Signature, tickUnknown = false): AskedIdentity | null {
  const readings = [cells.slice(0, width)];
  if (cells.length > width) readings.push(cells.slice(cells.length - width));
  const asking: Signature[] = [];
  for (const reading of readings) {
    while (reading.length < width) reading.push('');
    const signature = read(reading);
    if (signature.anonymous || tickUnknown) asking.push(signature);
  }
  // A reading naming its signer by an email, a phone or a name with a place first; a name alone only if none does.
  return asking.find((signature) => findable(signature, false)) ?? asking.find((signature) => findable(signature)) ?? null;
}

/**
 * Whether a rejected row's anonymity answer could not be read at all: a cell of a column about anonymity (the mapped
 * one, a further one, one in words the reader cannot classify) shows no value, being an error or a formula never
 * calculated. Its tick is unknown, as with a mark we do not know: the signer may have asked, so they are hidden.
 */
function unknownTickTest(mapping: ColumnMapping): (record: DecodedRecord) => boolean {
  const anonymityAt = anonymityColumnIndexes(mapping);
  return (record) => record.kind === 'rejected' && (record.unreadable ?? []).some((index) => anonymityAt.has(index));
}

/**
 * No petition this tool counts was signed before this day: an earlier date is a time typed alone (Excel's 0.5 is
 * 1899-12-30 12:00), a blank epoch (1970-01-01) or a slip, and would print "signed from 1899" in a letter.
 */
const EARLIEST_SIGNING_DAY = '2000-01-01';

/** A day of slack after now: a date typed in a zone ahead of the clock's is still today there. */
const FUTURE_SLACK_MS = 86_400_000;

/** Why a signing date cannot be: after today, before EARLIEST_SIGNING_DAY, or before its paper sheet was printed. */
type ImpossibleDay = { why: 'future'; signed: string; today: string } | { why: 'too_old'; signed: string; earliest: string } | { why: 'before_sheet'; signed: string; printed: string };

/**
 * A signing date no signer can have: after today, before EARLIEST_SIGNING_DAY, or (typed on a paper sheet) before the day its batch was printed,
 * the usual year slip of a volunteer (2024 for 2026). Such a date would reach a letter's "signed from … to …".
 */
function impossibleDay(signedAt: number | null, printed: string | undefined, now: number | undefined, dayOf: (ms: number) => string): ImpossibleDay | null {
  if (signedAt === null) return null;
  if (now !== undefined && signedAt > now + FUTURE_SLACK_MS) return { why: 'future', signed: dayOf(signedAt), today: dayOf(now) };
  if (dayOf(signedAt) < EARLIEST_SIGNING_DAY) return { why: 'too_old', signed: dayOf(signedAt), earliest: EARLIEST_SIGNING_DAY };
  if (printed !== undefined && dayOf(signedAt) < dayOf(Date.parse(printed))) return { why: 'before_sheet', signed: dayOf(signedAt), printed: dayOf(Date.parse(printed)) };
  return null;
}

/** The rejection of a row whose signing date cannot be (impossibleDay), or null. */
function impossibleDate(signedAt: number | null, printed: string | undefined, now: number | undefined, dayOf: (ms: number) => string): Verdict | null {
  const day = impossibleDay(signedAt, printed, now, dayOf);
  if (!day) return null;
  const key = day.why === 'future' ? 'reject.date-in-future' : day.why === 'too_old' ? 'reject.date-too-old' : 'reject.date-before-sheet';
  return withDetail({ reason: 'impossible_date', column: 'date' } as const, msg(key, day));
}

/** Rows of one source that repeat earlier rows of it, in any order: said as the same rows in two files are, and counted as read. */
function pastedTwiceProblems(source: string, sheet: boolean, found: RepeatedRows | null): Problem[] {
  if (!found) return [];
  const text = msg('problem.rows-repeated-in-file', {
    unit: sheet ? 'row' : 'line',
    count: found.merged + found.separate,
    lines: sayLineRuns(found.lines),
    first: sayLineRuns(found.first),
    merged: found.merged,
    separate: found.separate,
  });
  return [withText({ source, code: 'rows_pasted_twice', message: english().say(text) }, text)];
}

/**
 * Typed-up sheets read without the register of printed sheets: a sheet never printed, or line 17 of a 16-line
 * sheet, would pass unseen, so the chain of custody from paper to count is not shown. Said, not skipped.
 */
function uncheckedPaperProblem(source: string): Problem {
  const text = msg('problem.sheets-unchecked');
  return withText({ source, code: UNCHECKED_PAPER, message: english().say(text) }, text);
}

/**
 * Sheet IDs in a column not headed as one (a register was given): the rows would be counted with no check of sheet
 * or line and no trace to paper. Said, with the way to name the columns.
 */
function unknownPaperColumnsProblem(source: string, column: string): Problem {
  const text = msg('problem.sheets-columns-unknown', { column });
  return withText({ source, code: UNCHECKED_PAPER, message: english().say(text) }, text);
}

function paperTabProblem(source: string, tab: string): Problem {
  const text = msg('problem.sheets-tab-unchecked', { tab });
  return withText({ source, code: UNCHECKED_PAPER, message: english().say(text) }, text);
}

/** A column of names left unread: people who differ only there are counted as one (verifyR1 F-H4). */
function unreadNameProblem(source: string, unread: UnreadNameColumn): Problem {
  const text = msg('problem.name-column-unread', { column: unread.column, name: unread.nameColumn });
  return withText({ source, column: unread.column, code: 'name_column_unread', message: english().say(text) }, text);
}

/** A column that may hold anonymity requests the reader cannot read: said, so no public list hides the loss. */
function unreadAnonymityProblem(source: string, column: string): Problem {
  const text = msg('problem.anonymity-column-unread', { column });
  return withText({ source, column, code: 'anonymity_column_unread', message: english().say(text) }, text);
}

/** The problem code of typed-up sheets read without a sheet register (status shows it as a flag too). */
export const UNCHECKED_PAPER = 'sheets_unchecked';

// Both passes of a run scan the same specs: their contents are hashed once.
const repeatsBySpecs = new WeakMap<readonly SourceSpec[], Promise<Repeats>>();

interface Repeats {
  /** Read once: the same bytes or the same decoded records as an earlier source. */
  repeats: Map<SourceSpec, Repeat>;
  /**
   * Read, but warned about: the same signers' rows as an earlier source in another shape (as .xlsx, TSV, all cells
   * quoted, rows or columns in another order), or every row of an earlier source and more (a later re-export).
   * Rows without an email can't be told apart by dedupe, so they would count twice without a word.
   */
  overlaps: Map<SourceSpec, Overlap>;
  /** Sheets of one workbook holding the same rows (a sheet copied with Excel's "Create a copy"), or a large share of them. */
  sheetOverlaps: Array<{ spec: SourceSpec; sheet: string; first: string; shared: number; total: number; by?: 'names' }>;
  /**
   * Rows nothing merges (no email, no city or postcode) that have the name and signing day of rows of an earlier
   * source not otherwise warned about: sheet 3 typed up by two volunteers. Each is counted twice, however few.
   */
  unmergedInTwo: Array<{ spec: SourceSpec; first: SourceSpec; lines: number[]; sheets?: { sheet: string; first: string } }>;
}

interface Overlap {
  first: SourceSpec;
  /** `names`: the same names, the rows differing by a column left out or added (the same sheet typed twice). */
  by: 'rows' | 'superset' | 'subset' | 'partial' | 'names';
  shared?: number;
  total?: number;
  /** Every shared row is one dedupe merges with its copy (an email, or a name with a city or postcode): none counts twice. */
  merged?: boolean;
}

/** Past this many rows a source's row fingerprints are not kept (memory): it is compared by its records' hash only. */
const MAX_FINGERPRINTED_ROWS = 1_000_000;

/** An earlier source a source repeats, and whether their bytes are the same or only their decoded rows. */
interface Repeat {
  first: SourceSpec;
  by: 'bytes' | 'records';
}

/**
 * Sources whose bytes are those of an earlier source (the same file named twice, or a copy under another name), or
 * whose decoded rows are (the same export saved again with a BOM, other line ends or another encoding), each with
 * that earlier source: they are read once, so that no signer is counted twice. Sheets of one workbook named
 * separately (`sheet:` in a campaign) are separate sources.
 */
function repeatedSources(options: ScanOptions): Promise<Repeats> {
  // One file is compared with itself only when it may be a workbook: its sheets are compared as files are.
  if (options.specs.length < 2 && !options.specs.some((spec) => WORKBOOK_PATH.test(spec.path))) return Promise.resolve({ repeats: new Map(), overlaps: new Map(), sheetOverlaps: [], unmergedInTwo: [] });
  let found = repeatsBySpecs.get(options.specs);
  if (!found) {
    found = (async () => {
      const firstByDigest = new Map<string, SourceSpec>();
      const firstByRecords = new Map<string, SourceSpec>();
      const firstByShape = new Map<string, SourceSpec>();
      const repeats = new Map<SourceSpec, Repeat>();
      const overlaps: Repeats['overlaps'] = new Map();
      const sheetOverlaps: Repeats['sheetOverlaps'] = [];
      const earlierRows: EarlierRows[] = [];
      const unmergedInTwo: Repeats['unmergedInTwo'] = [];
      const earlierUnmerged: Array<{ spec: SourceSpec; unmerged: NameDayLines }> = [];
      // Paper lines typed in an earlier source (or sheet): their copies here are rejected as typed twice, not counted.
      const typedLines = new Set<string>();
      for (const spec of options.specs) {
        const digest = await contentDigest(options.open(spec), spec);
        // Two sheets of one workbook are two sources; a sheet of a workbook already read whole is a repeat.
        const first = firstByDigest.get(`${digest}#`) ?? firstByDigest.get(`${digest}#${spec.sheet ?? ''}`);
        if (first) {
          repeats.set(spec, { first, by: 'bytes' });
          continue;
        }
        firstByDigest.set(`${digest}#${spec.sheet ?? ''}`, spec);
        const read = await recordsDigest(spec, () => openScanned(options, spec), options.tz, typedLines);
        read?.sheets.forEach((sheet, index) => {
          // Said only when rows nothing merges are among those shared: dedupe makes one signer of the others.
          const first = read.sheets.slice(0, index).find((earlier) => largeShare(sharedRows(sheet.rows, earlier.rows), sheet.total, earlier.total) && sharedRows(sheet.loose, earlier.loose) > 0);
          if (first) {
            sheetOverlaps.push({ spec, sheet: sheet.sheet, first: first.sheet, shared: sharedRows(sheet.rows, first.rows), total: sheet.total });
            return;
          }
          // A sheet typed again on another tab with a column left out or added: its rows differ, its names do not.
          for (const earlier of read.sheets.slice(0, index)) {
            const same = sameNames(sheet.names, earlier.names);
            if (same) {
              sheetOverlaps.push({ spec, sheet: sheet.sheet, first: earlier.sheet, ...same, by: 'names' });
              return;
            }
          }
          // Each sheet is a source of its own: a sheet typed up again on another tab counts twice as two files would.
          for (const earlier of read.sheets.slice(0, index)) {
            const lines = linesCountedTwice(sheet.unmerged, earlier.unmerged);
            if (lines.length > 0) unmergedInTwo.push({ spec, first: spec, lines, sheets: { sheet: sheet.sheet, first: earlier.sheet } });
          }
        });
        const records = read?.digest ?? null;
        const sameRows = records === null ? undefined : firstByRecords.get(records);
        if (sameRows) {
          repeats.set(spec, { first: sameRows, by: 'records' });
          continue;
        }
        if (records !== null) firstByRecords.set(records, spec);
        if (read) {
          // Past the rows fingerprinted one by one, the same rows in another row or column order are still found whole.
          const sameShape = read.rows === null ? firstByShape.get(read.shape) : undefined;
          if (sameShape) overlaps.set(spec, { first: sameShape, by: 'rows' });
          if (!firstByShape.has(read.shape)) firstByShape.set(read.shape, spec);
        }
        // A source whose every row retypes paper lines already typed has nothing counted to compare.
        if (!read?.rows || read.total === 0) continue;
        const found = rowsOverlap(read as { rows: Map<string, number>; total: number }, earlierRows);
        // The warning says rows are counted twice: true only when some shared row is one dedupe cannot merge (rows
        // that share an email, or a name and a city or postcode, are one signer however many sources hold them).
        // When every shared row merges, the count is right, and the organizer is still told (a notice, exit 0): a
        // source added twice is worth knowing of before the next one is.
        if (found) overlaps.set(spec, { ...found.overlap, ...(sharedRows(read.loose, found.earlier.loose) > 0 ? {} : { merged: true }) });
        else {
          // The same sheet typed again with a column left out or added (no date, an address): no row is the same.
          for (const earlier of earlierRows) {
            const same = sameNames(read.names, earlier.names);
            if (same) {
              overlaps.set(spec, { first: earlier.spec, by: 'names', ...same });
              break;
            }
          }
        }
        if (!overlaps.has(spec) || overlaps.get(spec)!.merged) {
          for (const earlier of earlierUnmerged) {
            const lines = linesCountedTwice(read.unmerged, earlier.unmerged);
            if (lines.length > 0) unmergedInTwo.push({ spec, first: earlier.spec, lines });
          }
        }
        earlierRows.push({ spec, rows: read.rows, loose: read.loose, names: read.names, total: read.total });
        earlierUnmerged.push({ spec, unmerged: read.unmerged });
      }
      return { repeats, overlaps, sheetOverlaps, unmergedInTwo };
    })();
    repeatsBySpecs.set(options.specs, found);
  }
  return found;
}

interface EarlierRows {
  spec: SourceSpec;
  rows: Map<string, number>;
  loose: Map<string, number>;
  names: NameList;
  total: number;
}

/**
 * The earlier source whose rows this one holds all of (the same rows in another shape, or a later re-export), holds
 * all of its rows, or shares a large part of them with, and how; undefined for none.
 */
function rowsOverlap(read: { rows: Map<string, number>; total: number }, earlierRows: readonly EarlierRows[]): { earlier: EarlierRows; overlap: Overlap } | undefined {
  const overlap = earlierRows.find((earlier) => holdsAll(read.rows, earlier.rows));
  if (overlap) return { earlier: overlap, overlap: { first: overlap.spec, by: read.total === overlap.total ? 'rows' : 'superset' } };
  const within = earlierRows.find((earlier) => holdsAll(earlier.rows, read.rows));
  if (within) return { earlier: within, overlap: { first: within.spec, by: 'subset' } };
  // A re-export after rows were removed (withdrawn signatures) and others added holds neither file whole.
  const partly = earlierRows.find((earlier) => largeShare(sharedRows(read.rows, earlier.rows), read.total, earlier.total));
  if (partly) return { earlier: partly, overlap: { first: partly.spec, by: 'partial', shared: sharedRows(read.rows, partly.rows), total: read.total } };
  return undefined;
}

async function contentDigest(stream: Readable, spec: SourceSpec): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of stream) hash.update(chunk as Buffer);
  } catch (error) {
    throw new UserError(fileErrorText(error), { file: spec.path }, { cause: error });
  } finally {
    stream.destroy();
  }
  return hash.digest('hex');
}

/**
 * A hash of a source's decoded header and records, each cell JSON-quoted so no two different rows join alike; null
 * for a source with no data record (two empty exports are not copies of each other) or one that cannot be read
 * (the scan itself says why).
 */
const WORKBOOK_PATH = /\.(xlsx|xlsm|xls|ods)$/i;

interface SheetRows {
  sheet: string;
  rows: Map<string, number>;
  /** Its rows nothing merges (see recordsDigest's `loose`). */
  loose: Map<string, number>;
  /** The lines of its rows without an email, by name and signing day (see recordsDigest's `unmerged`). */
  unmerged: NameDayLines;
  /** The names of its rows without an email (see recordsDigest's `names`). */
  names: NameList;
  total: number;
}

/**
 * `typedLines`: the paper lines (paperLineKey) typed in the sources and sheets read before. A row retyping one is
 * rejected by the scan as typed twice, so it is left out of the rows compared (it is no signer counted twice); this
 * source's lines are added once it is read.
 */
async function recordsDigest(spec: SourceSpec, open: () => ReturnType<typeof openSpec>, tz: string | undefined, typedLines: Set<string>): Promise<{ digest: string; shape: string; rows: Map<string, number> | null; loose: Map<string, number>; unmerged: NameDayLines; names: NameList; total: number; sheets: SheetRows[] } | null> {
  const hash = createHash('sha256');
  const shape = new RowsFingerprint();
  let data = 0;
  let compared = 0;
  let rows: Map<string, number> | null = new Map();
  // The rows nothing merges (no email, no name with a city or postcode), by the same keys as `rows`: only these count
  // twice when two sources hold them; dedupe merges every other shared row into one signer.
  const loose = new Map<string, number>();
  // The lines of the rows without an email, by name and signing day.
  const unmerged = noNameDayLines();
  // The names of the rows without an email, in order: a copy typed with a column left out or added has these alone.
  const names = new NameList();
  const sheets: SheetRows[] = [];
  try {
    for (const reader of await open()) {
      hash.update(`${JSON.stringify(reader.info.header)}\n`);
      shape.startHeader(reader.info.header);
      const iterator = reader.records()[Symbol.asyncIterator]();
      // Dates are read by the same samples as the scan reads them: 1/2/2024 is ambiguous alone; and names too.
      const lookahead = await dateSampleRecords(iterator);
      const mapping = sampledMapping(detectFormat(reader.info.header, { format: spec.format, map: spec.map, emailNames: reader.info.takenOff !== undefined }), lookahead);
      const mapRecord = createRecordMapper(mapping, reader.name);
      const normalizer = createNormalizer({ source: reader.name, defaultCountry: spec.country, tz, dateSamples: sampleDates(lookahead, mapping), date1904: reader.info.sheet?.date1904 });
      const sheet: SheetRows = { sheet: reader.info.sheet?.name ?? '', rows: new Map(), loose: new Map(), unmerged: noNameDayLines(), names: new NameList(), total: 0 };
      const paper = transcriptionColumns(reader.info.header, spec.paper);
      const linesHere: string[] = [];
      const take = (record: DecodedRecord) => {
        if (record.kind === 'data') {
          data++;
          shape.add(record.cells);
        }
        hash.update(`${JSON.stringify(record.kind === 'data' ? record.cells : [record.kind, record.reason, record.detail])}\n`);
        if (record.kind !== 'data' || rows === null) return;
        const line = paper && !isUnusedPaperLine(record.cells, paper) ? paperLineKey(record.cells[paper.sheet] ?? '', record.cells[paper.line] ?? '') : null;
        if (line !== null) linesHere.push(line);
        if (data > MAX_FINGERPRINTED_ROWS) rows = null;
        else if (line !== null && typedLines.has(line)) return;
        else {
          compared++;
          // The row as the tool itself reads it, whatever the container, quoting, column order, or an Excel re-save
          // that rewrote its dates (2025-11-18 → 11/18/2025) or the case of its names.
          const signature = normalizer.normalize(mapRecord(record.cells, record.row, record.line));
          const key = rowDigest(normalizer, signature).toString('base64');
          rows.set(key, (rows.get(key) ?? 0) + 1);
          if (!identifies(signature)) {
            loose.set(key, (loose.get(key) ?? 0) + 1);
            sheet.loose.set(key, (sheet.loose.get(key) ?? 0) + 1);
          }
          // A row with a place beside its copy without one (an address column skipped by the second typist) is
          // merged by no rule either; rows with an email are left out: an online export is large, a paper sheet not.
          if (signature.nameKey !== '' && signature.signedAt !== null && signature.emailKey === '') {
            const byDay = nameDayKey(normalizer, signature.nameKey, signature.signedAt);
            const kind = identifies(signature) ? 'placed' : 'loose';
            for (const byKey of [unmerged[kind], sheet.unmerged[kind]]) {
              const lines = byKey.get(byDay);
              if (lines) lines.push(record.line);
              else byKey.set(byDay, [record.line]);
            }
          }
          if (signature.emailKey === '') {
            names.add(signature.nameKey, identifies(signature));
            sheet.names.add(signature.nameKey, identifies(signature));
          }
          sheet.rows.set(key, (sheet.rows.get(key) ?? 0) + 1);
          sheet.total++;
        }
      };
      lookahead.forEach(take);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) take(next.value);
      if (reader.info.sheet && sheet.total > 0) sheets.push(sheet);
      for (const line of linesHere) typedLines.add(line);
    }
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
  return data === 0 ? null : { digest: hash.digest('hex'), shape: shape.key(), rows, loose, unmerged: rows === null ? noNameDayLines() : unmerged, names: rows === null ? new NameList() : names, total: rows === null ? data : compared, sheets };
}

/** The first records of a source, read before the rest so its dates can be sampled (1/2/2024 is ambiguous alone). */
async function dateSampleRecords(iterator: AsyncIterator<DecodedRecord>): Promise<DecodedRecord[]> {
  const lookahead: DecodedRecord[] = [];
  while (lookahead.length < DATE_SAMPLE_RECORDS) {
    const next = await iterator.next();
    if (next.done) break;
    lookahead.push(next.value);
  }
  return lookahead;
}

/** The text of a row as the tool reads it (normalised: case, spacing, date spelling): the same signer's row gives the same text. */
function rowText(normalizer: Normalizer, s: Signature): string {
  const day = s.signedAt === null ? '' : normalizer.dayOf(s.signedAt);
  return JSON.stringify([s.nameKey, s.emailKey, s.phone, s.street, s.cityKey, s.region, s.postcodeKey, s.country, day, s.comment]);
}

/**
 * The key under which two rows are the same signer's row typed twice, as a 53-bit number. A row the exact rules merge
 * (email, or name and city or postcode) is matched whole; one nothing merges is matched on its name and signing day
 * alone when it has a day (a country left empty in one copy, a phone added: still two people of one name signing on
 * one day are rare, and a warning is the organizer's to judge), and whole when it has none (a name alone is too common
 * to warn on). Not SHA-1: an object per row was a sixth of dedupe --exact's time at a million rows, and a wrong match
 * costs at most a warning, never a row.
 */
function repeatKey(normalizer: Normalizer, s: Signature): number {
  // The fields of rowText, hashed one by one: no string per row is built to be hashed and dropped.
  if (identifies(s) || s.signedAt === null) {
    hashBegin();
    hashText('row');
    hashText(s.nameKey);
    hashText(s.emailKey);
    hashText(s.phone);
    hashText(s.street);
    hashText(s.cityKey);
    hashText(s.region);
    hashText(s.postcodeKey);
    hashText(s.country);
    hashText(s.signedAt === null ? '' : normalizer.dayOf(s.signedAt));
    hashText(s.comment);
    hashEnd();
    return (hashOut[0] & 0x1fffff) * 0x1_0000_0000 + (hashOut[1] >>> 0);
  }
  return nameDayKey(normalizer, s.nameKey, s.signedAt);
}

/** A name and a signing day as one 53-bit number: the key of rows that may be one signer's line typed twice. */
function nameDayKey(normalizer: Normalizer, nameKey: string, signedAt: number): number {
  hashBegin();
  hashText('unmerged');
  hashText(nameKey);
  hashText(normalizer.dayOf(signedAt));
  hashEnd();
  return (hashOut[0] & 0x1fffff) * 0x1_0000_0000 + (hashOut[1] >>> 0);
}

/** A row as the tool reads it, hashed: the same signer's row gives the same bytes. */
function rowDigest(normalizer: Normalizer, s: Signature): Buffer {
  return createHash('sha1').update(rowText(normalizer, s)).digest();
}

/** A share of rows large enough to be the same export again (a re-export after some rows were removed), not chance. */
function largeShare(shared: number, total: number, otherTotal: number): boolean {
  return shared >= 2 && shared * 2 >= Math.min(total, otherTotal);
}

/**
 * The lines of a source's rows without an email, by name and signing day: `loose` those nothing merges (no city or
 * postcode either), `placed` those with a city or postcode.
 */
interface NameDayLines {
  loose: Map<number, number[]>;
  placed: Map<number, number[]>;
}

function noNameDayLines(): NameDayLines {
  return { loose: new Map(), placed: new Map() };
}

/**
 * The lines of `rows` that have the name and signing day of rows of `earlier` where no exact rule merges the two: one
 * of them has no place (a row with a city and its copy without: the name rules need the place on both). Two rows with
 * places are merged when the places agree and are two people when they differ.
 */
function linesCountedTwice(rows: NameDayLines, earlier: NameDayLines): number[] {
  const lines = [
    ...linesAlsoIn(rows.loose, (key) => (earlier.loose.get(key)?.length ?? 0) + (earlier.placed.get(key)?.length ?? 0)),
    ...linesAlsoIn(rows.placed, (key) => earlier.loose.get(key)?.length ?? 0),
  ];
  return lines.sort((a, b) => a - b);
}

/** The lines of `rows` whose key `earlier` holds too, each key's lines as often as both hold it. */
function linesAlsoIn(rows: Map<number, number[]>, earlier: (key: number) => number): number[] {
  const lines: number[] = [];
  for (const [key, at] of rows) lines.push(...at.slice(0, earlier(key)));
  return lines;
}

/** Whether `rows` holds every row of `earlier`, each as often (a multiset), and at least as many rows. */
function holdsAll(rows: Map<string, number>, earlier: Map<string, number>): boolean {
  for (const [key, times] of earlier) if ((rows.get(key) ?? 0) < times) return false;
  return true;
}

const anonymousLinesBySpecs = new WeakMap<readonly SourceSpec[], Promise<ShardedSet<string>>>();

/**
 * The sheet lines (paperLineKey) of which any typed copy, in any source, asks for anonymity: read before the scan,
 * since the copy with the tick may come after the one kept. Only typed-up sheets are read through; they are small.
 */
function anonymousPaperLines(options: ScanOptions, repeats: ReadonlyMap<SourceSpec, Repeat>): Promise<ShardedSet<string>> {
  let found = anonymousLinesBySpecs.get(options.specs);
  if (!found) {
    found = (async () => {
      const lines = new ShardedSet<string>();
      for (const spec of options.specs) {
        if (repeats.has(spec)) continue;
        try {
          for (const reader of await openScanned(options, spec)) {
            const paper = transcriptionColumns(reader.info.header, spec.paper);
            if (!paper) continue;
            const mapping = detectFormat(reader.info.header, { format: spec.format, map: spec.map, file: reader.name, emailNames: reader.info.takenOff !== undefined });
            const mapRecord = withPaperBoxTicks(withTickSlips(createRecordMapper(mapping, reader.name), tickSlipColumns(mapping, true)));
            const normalizer = createNormalizer({ source: reader.name, defaultCountry: spec.country, tz: options.tz, dateSamples: [], date1904: reader.info.sheet?.date1904 });
            const tickUnknown = unknownTickTest(mapping);
            for await (const record of reader.records()) {
              // A copy rejected for an unreadable tick cell may have asked: its line's other copies are hidden too.
              const cells = record.kind === 'data' ? record.cells : record.cells ?? [];
              if (record.kind === 'data' ? !normalizer.normalize(mapRecord(cells, record.row, record.line)).anonymous : !tickUnknown(record)) continue;
              const key = paperLineKey(cells[paper.sheet] ?? '', cells[paper.line] ?? '');
              if (key) lines.add(key);
            }
          }
        } catch (error) {
          // The scan itself reads the source again and says what is wrong with it.
          if (!(error instanceof UserError)) throw error;
        }
      }
      return lines;
    })();
    anonymousLinesBySpecs.set(options.specs, found);
  }
  return found;
}

const withdrawnBySpecs = new WeakMap<readonly SourceSpec[], Promise<WithdrawnSigners>>();

/**
 * The people on the workbooks' sheets of withdrawn signatures, read before the scan: their rows on other sheets and
 * in other sources may come before the withdrawal sheet. Only workbooks have such sheets; one named with --sheet (or
 * `sheet:`) is still one (read as signers only with --read-as-signers), and the others are read beside the sheets
 * named (withdrawalSheetsBeside).
 */
function withdrawnSigners(options: ScanOptions, repeats: ReadonlyMap<SourceSpec, Repeat>): Promise<WithdrawnSigners> {
  let found = withdrawnBySpecs.get(options.specs);
  if (!found) {
    found = (async () => {
      const withdrawn = new WithdrawnSigners();
      for (const spec of options.specs) {
        if (repeats.has(spec) || (!WORKBOOK_PATH.test(spec.path) && (spec.asSigners || exportFileKind(spec.path) !== 'withdrawals'))) continue;
        try {
          for (const reader of await openScanned(options, spec)) {
            // A sheet of rows set aside (duplicates removed, unsubscribed) withdraws no one: its people signed.
            // A text export gets here only when its file name says withdrawals (exportFileKind).
            if (reader.info.sheet && reader.info.takenOff !== 'withdrawals') continue;
            const mapping = detectFormat(reader.info.header, { format: spec.format, map: spec.map, file: reader.name, emailNames: reader.info.takenOff !== undefined });
            const mapRecord = createRecordMapper(mapping, reader.name);
            const normalizer = createNormalizer({ source: reader.name, defaultCountry: spec.country, tz: options.tz, dateSamples: [], date1904: reader.info.sheet?.date1904 });
            for await (const record of reader.records()) {
              if (record.kind !== 'rejected' || record.reason !== 'withdrawn_sheet' || !record.cells) continue;
              withdrawn.add(normalizer.normalize(mapRecord(record.cells, record.row, record.line)), { source: reader.name, row: record.row });
            }
          }
        } catch (error) {
          // The scan itself reads the source again and says what is wrong with it.
          if (!(error instanceof UserError)) throw error;
        }
      }
      return withdrawn;
    })();
    withdrawnBySpecs.set(options.specs, found);
  }
  return found;
}

/** A row of a person listed as withdrawn, by an exact rule: rejected, naming the withdrawal row (never the person). */
function withdrawnVerdict(match: WithdrawalMatch): Verdict {
  return withDetail({ reason: 'withdrawn' } as const, msg('reject.withdrawn', { source: match.at.source, row: match.at.row, by: match.by }));
}

/**
 * A row dedupe made one signer with a row of a listed person: the person left, so it leaves too, naming the row it is
 * one with and how they were joined (an exact rule, or likeness of name and place, which the organizer may check).
 */
function withdrawnWithVerdict(withdrawn: WithdrawnWith): Verdict {
  const { source, row, match, joined } = withdrawn;
  return withDetail({ reason: 'withdrawn' } as const, msg('reject.withdrawn-with', { source, row, list: match.at.source, listRow: match.at.row, by: match.by, joined }));
}

/** A row in a pair awaiting review with a withdrawn signer's row: counted, its name not printed, and told. */
function withdrawnMaybeProblem(source: string, row: number, line: number, withdrawn: WithdrawnWith): Problem {
  const text = msg('problem.withdrawn-maybe', { row, withdrawnSource: withdrawn.source, withdrawnRow: withdrawn.row, list: withdrawn.match.at.source, listRow: withdrawn.match.at.row });
  return withText({ source, row, line, column: 'name', code: 'withdrawn_maybe', message: english().say(text) }, text);
}

/** Whether the sources hold a withdrawal list that names anyone: its people are found by a first run (runDedupe). */
export async function namesWithdrawals(options: ScanOptions): Promise<boolean> {
  const { repeats } = await repeatedSources(options);
  return (await withdrawnSigners(options, repeats)).size > 0;
}

/**
 * A row whose name alone is that of a withdrawal row, or whose name is one written in another script at its place:
 * neither is proof of one person, so the row is counted, and the organizer is told how to settle it. The name is not
 * said: the two rows are.
 */
function withdrawnByNameProblem(source: string, row: number, line: number, match: WithdrawalMatch): Problem {
  const { at } = match;
  if (match.by === 'script') {
    const text = msg('problem.withdrawn-other-script', { withdrawal: at.source, withdrawalRow: at.row, row });
    return withText({ source, row, line, column: 'name', code: 'withdrawn_other_script', message: english().say(text) }, text);
  }
  const text = msg('problem.withdrawn-name-only', { withdrawal: at.source, withdrawalRow: at.row, row });
  return withText({ source, row, line, column: 'name', code: 'withdrawn_name_only', message: english().say(text) }, text);
}

const besideBySpecs = new WeakMap<readonly SourceSpec[], Map<SourceSpec, string[]>>();

/**
 * Naming a sheet (--sheet, `sheet:`) picks which sheet is read as signers; the workbook's sheets of withdrawn
 * signatures still apply to them, so they are read too, as they are without --sheet (rows rejected `withdrawn_sheet`,
 * their people taken off the count). For each workbook no spec reads whole, the first spec naming one of its sheets
 * carries them, with the names of every sheet the specs name: those are read as signers, as asked, and not carried.
 */
function withdrawalSheetsBeside(specs: readonly SourceSpec[]): Map<SourceSpec, string[]> {
  let found = besideBySpecs.get(specs);
  if (!found) {
    found = new Map();
    const readWhole = new Set(specs.filter((spec) => spec.sheet === undefined).map((spec) => spec.path));
    for (const spec of specs) {
      if (spec.sheet === undefined || readWhole.has(spec.path) || !WORKBOOK_PATH.test(spec.path)) continue;
      if ([...found.keys()].some((carrier) => carrier.path === spec.path)) continue;
      found.set(spec, specs.filter((other) => other.path === spec.path).map((other) => other.sheet!));
    }
    besideBySpecs.set(specs, found);
  }
  return found;
}

/** A spec's sources as the scan reads them: a named sheet with its workbook's withdrawal sheets (withdrawalSheetsBeside). */
function openScanned(options: ScanOptions, spec: SourceSpec) {
  return openSpec(spec, () => options.open(spec), withdrawalSheetsBeside(options.specs).get(spec));
}

/**
 * A workbook's sheets are sources when their header maps to a signer's name, as a CSV's would; among several, those
 * with a column only a signer list has (signer-sheets.ts).
 */
export function openSpec(spec: SourceSpec, open: () => Readable, withdrawalsBesideNamed?: readonly string[]) {
  const mappingOf = (header: string[], emailNames = false): ColumnMapping | null => {
    try {
      return detectFormat(header, { format: spec.format, map: spec.map, emailNames });
    } catch (error) {
      if (error instanceof UserError) return null;
      throw error;
    }
  };
  const recognise = (header: string[]): boolean => mappingOf(header) !== null;
  // A sheet of withdrawals may list its people by email alone (이메일 / hana@example.kr).
  const recogniseTakenOff = (header: string[]): boolean => mappingOf(header, true) !== null;
  const signerColumns = (header: string[]): boolean => {
    const fields = new Set(mappingOf(header)?.columns.map((c) => c.field));
    return SIGNER_FIELDS.some((f) => fields.has(f)) || transcriptionColumns(header, spec.paper) !== null || header.some((h) => SIGNATURE_HEADERS.has(h.trim().toLowerCase()));
  };
  return openSources({ path: spec.path, open, encoding: spec.encoding, sheet: spec.sheet, recognise, recogniseTakenOff, signerColumns, ...(spec.asSigners ? { asSigners: true } : {}), ...(withdrawalsBesideNamed ? { withdrawalsBesideNamed } : {}) });
}

/** Columns a list of signers has and a list of volunteers or a tally has not (a phone is on both). */
const SIGNER_FIELDS = ['email', 'date', 'city', 'region', 'country', 'postcode', 'street', 'anonymous', 'comment'] as const;
/** The column signers sign in, on a typed-up copy of a paper sheet. */
const SIGNATURE_HEADERS = new Set(['서명', 'signature', 'signed', 'firma', 'unterschrift']);

function sampleDates(records: DecodedRecord[], mapping: ColumnMapping): string[] {
  const dateColumn = mapping.columns.find((c) => c.field === 'date');
  if (!dateColumn) return [];
  const samples: string[] = [];
  for (const record of records) {
    if (record.kind === 'data') {
      const value = record.cells[dateColumn.index];
      if (value) samples.push(value);
    }
  }
  return samples;
}
