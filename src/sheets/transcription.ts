// Typed-up paper sheets: the template volunteers type into, and the checks each typed row goes through
// (the sheet ID exists and its check character is right, the line is on the sheet, no line is typed twice).
import { parseSheetId, withoutScannedUrl } from './sheet-id.js';
import { withDetail, type WithDetailText } from '../i18n/detail.js';
import { msg, type MessageValue } from '../i18n/message.js';
import { registeredSheets, sheetIdExample, type SheetRegister } from './sheet-register.js';
import type { SheetColumn } from './render-sheets.js';
import type { PaperColumnNames, PaperLine } from '../types.js';
import { SHEET_LABELS } from './sheet-labels.js';
import { UserError } from '../errors.js';
import { ShardedMap } from '../dedupe/sharded-map.js';

const headerKey = (h: string) => h.normalize('NFKC').trim().toLowerCase().replace(/\s*:$/, '');

/**
 * Header cells of a transcription file that hold the sheet ID and the line number: the template's, and the labels
 * printed on the sheet in each language (a volunteer heads the columns with what the paper says).
 */
const SHEET_HEADERS = new Set(['sheet', 'sheet id', 'sheet_id', 'sheet #', 'sheet no', 'sheet no.', 'sheet number', '서명지', '서명지 id', '용지', '용지 번호', 'hoja', ...Object.values(SHEET_LABELS).map((l) => headerKey(l.sheetId))]);
const LINE_HEADERS = new Set(['line', 'line #', 'line no', 'line no.', 'line number', '줄', '줄 번호', '행', 'línea', 'linea', 'no', 'nº', 'n.º', ...Object.values(SHEET_LABELS).map((l) => headerKey(l.columns.line))]);

/**
 * A header as typed, and each part of a bilingual one (`서명지 번호\n(Sheet ID)` typed with Alt+Enter, or
 * `줄 (Line)`): either language names the column.
 */
function headerReadings(header: string): string[] {
  const parts = header.split(/[\r\n()（）]+/).map(headerKey).filter((part) => part !== '');
  return [headerKey(header), ...parts];
}

/**
 * No printed sheet has more lines than this (an A3 sheet in Latin script has a few dozen): without a register, a
 * line number beyond it is a typing mistake, and a number too long to be exact is never a line.
 */
export const MAX_SHEET_LINES = 999;

/** A typed line number and the words volunteers put around it; group 1 is the number. */
const LINE_NUMBER = /^(?:(?:no|nr|n°|nº|#)\.?\s*)?(\d+)(?:\.0+|\.|\s*(?:번째|번|줄|행))?$/iu;

export const TRANSCRIPTION_REJECTS = ['unknown_sheet', 'bad_check_digit', 'line_not_on_sheet', 'line_typed_twice'] as const;
export type TranscriptionReject = (typeof TRANSCRIPTION_REJECTS)[number];

/**
 * The CSV header volunteers type under (UTF-8 with BOM, so Excel opens Hangul correctly). `date` is optional: the
 * date written on the sheet, when there is one; left empty, the register's date of the sheet stands in.
 */
export function transcriptionTemplate(columns: readonly SheetColumn[]): string {
  return `\uFEFF${['sheet', 'line', ...columns, 'anonymous', 'date'].join(',')}\r\n`;
}

/**
 * Where the sheet and line columns are, or null when the header is not a transcription's. `named` (from `--map sheet=…
 * --map line=…`) names them by hand; a name no column has is an error, as for any --map.
 */
export function transcriptionColumns(header: readonly string[], named: PaperColumnNames = {}): { sheet: number; line: number } | null {
  const find = (field: 'sheet' | 'line', known: ReadonlySet<string>): number => {
    const wanted = named[field];
    if (wanted === undefined) return header.findIndex((h) => headerReadings(h).some((key) => known.has(key)));
    const index = header.findIndex((h) => h === wanted);
    const folded = index !== -1 ? index : header.findIndex((h) => headerKey(h) === headerKey(wanted));
    if (folded === -1) throw new UserError(msg('map.no-such-header', { field, wanted, columns: header.map((h) => `"${h}"`).join(', ') }));
    return folded;
  };
  const sheet = find('sheet', SHEET_HEADERS);
  const line = find('line', LINE_HEADERS);
  return sheet === -1 || line === -1 ? null : { sheet, line };
}

/**
 * A typed row holding nothing but its sheet and line: a line of the paper nobody signed (volunteers pre-fill the line
 * numbers). It is not a row read: rows read = rejected + accepted still holds, over the lines someone wrote on.
 */
export function isUnusedPaperLine(cells: readonly string[], paper: { sheet: number; line: number }): boolean {
  return cells.every((cell, i) => i === paper.sheet || i === paper.line || cell.trim() === '');
}

/** The first column whose values look like sheet IDs (NKR-01-004-8, well typed or not): typed-up paper under a header not known. */
export function sheetIdLikeColumn(rows: readonly (readonly string[])[]): number {
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let column = 0; column < width; column++) {
    if (rows.some((cells) => SHEET_ID_SHAPE.test((cells[column] ?? '').normalize('NFKC').trim().toUpperCase()))) return column;
  }
  return -1;
}

// Sheets printed now end in two check characters (NKR-01-001-GJ); earlier ones in one.
const SHEET_ID_SHAPE = /^[A-Z0-9]{1,8}-\d{2,}-\d{3,}-[0-9A-Z]{1,2}$/;

/** A rejected line keeps its place on paper when it has one (a line typed twice is a real line of a real sheet). */
/** A line that checks out is not yet taken: `claim(where)` takes it once the row is accepted (where: the file and row, named when it is typed again), so a rejected row (no name, a formula) doesn't keep its corrected retyping out. */
export type LineCheck = { ok: true; sheet: string; line: number; anonymous: boolean; claim: (where: MessageValue) => void; sheetDate?: SheetDate; printed?: string } | { ok: false; reason: TranscriptionReject; detail: string; paper?: PaperLine } & WithDetailText;

/** When a sheet came back, or was printed: the date of a line typed without one. */
export interface SheetDate {
  at: string;
  from: 'returned' | 'printed';
}

/**
 * The day a typed row with no date of its own is counted on: when its sheet came back from the field, or, not yet
 * marked returned, when its batch was printed (a signature on it is no older than the paper, no newer than its return).
 */
function sheetDate(register: SheetRegister, sheet: string, printed: string): SheetDate {
  const returned = register.returned[sheet];
  return returned ? { at: returned, from: 'returned' } : { at: printed, from: 'printed' };
}

/**
 * A checker for one run: remembers every sheet line accepted rows took, across files, so a line typed twice (in the
 * same file or another) is caught. Without a register, IDs are checked by their check character only and lines
 * against MAX_SHEET_LINES; the scan reports that the rest could not be checked (see scanSources).
 */
/** A typed value on one line of a message: a scanner's Enter shown as a symbol, not breaking the line. */
function oneLine(typed: string): string {
  return typed.replace(/\r\n|\r|\n/g, '⏎');
}

/** The key of a sheet line (`NKR-01-004-8#3`) as typed, or null when the ID or line is not one. */
export function paperLineKey(sheetText: string, lineText: string): string | null {
  const parsed = parseSheetId(withoutScannedUrl(sheetText));
  const typedLine = lineText.normalize('NFKC').trim();
  return parsed.ok && /^\d+$/.test(typedLine) ? `${parsed.text}#${Number(typedLine)}` : null;
}

/**
 * `anonymousLines`: the keys (paperLineKey) of lines of which any typed copy asks for the name to be hidden. A
 * volunteer who notices the tick late types the line again: whichever copy is kept, the tick wins.
 */
export function createLineChecker(register: SheetRegister | null, campaignCode?: string, anonymousLines: Pick<ReadonlySet<string>, 'has'> = new Set()): (sheetText: string, lineText: string) => LineCheck {
  const sheets = register ? registeredSheets(register) : null;
  // Sharded: one entry per typed line, without a register to bound the sheets.
  const seen = new ShardedMap<string, MessageValue>();
  return (typedSheet, lineText) => {
    const sheetText = withoutScannedUrl(typedSheet);
    if (sheetText.trim() === '') return withDetail({ ok: false, reason: 'unknown_sheet' } as const, msg('sheets.empty-sheet-id'));
    const parsed = parseSheetId(sheetText);
    if (!parsed.ok) {
      return parsed.problem === 'bad_check_digit'
        ? withDetail({ ok: false, reason: 'bad_check_digit' } as const, msg('sheets.bad-check-digit', { id: parsed.text }))
        : withDetail({ ok: false, reason: 'unknown_sheet' } as const, msg('sheets.not-sheet-id', { typed: oneLine(typedSheet), example: sheetIdExample(sheets, campaignCode ?? register?.code) }));
    }
    // The campaign's code changed after the register's sheets were printed: which campaign they belong to is in doubt.
    // Without a register nothing says what was printed, and the rows are already a problem (unchecked).
    if (register && campaignCode !== undefined && parsed.id.code !== campaignCode) {
      return withDetail({ ok: false, reason: 'unknown_sheet' } as const, msg('sheets.code-changed', { id: parsed.text, printed: parsed.id.code, code: campaignCode }));
    }
    const printed = sheets?.get(parsed.text);
    if (sheets && !printed) return withDetail({ ok: false, reason: 'unknown_sheet' } as const, msg('sheets.not-registered', { id: parsed.text }));
    if (printed?.voided) return withDetail({ ok: false, reason: 'unknown_sheet' } as const, msg('sheets.voided-sheet', { id: parsed.text, batch: printed.batch }));
    // Digits, as volunteers type them: "6", Excel's "5.0", "6번" / "6번째" / "6줄", "No. 6", "#6", "6.".
    // Nothing else: Number() alone takes "0x10" for 16 and "1e1" for 10.
    const digits = LINE_NUMBER.exec(lineText.normalize('NFKC').trim())?.[1];
    const line = digits === undefined ? Number.NaN : Number(digits);
    const lines = Math.min(printed?.lines ?? MAX_SHEET_LINES, MAX_SHEET_LINES);
    if (!Number.isSafeInteger(line) || line < 1 || line > lines) {
      return withDetail({ ok: false, reason: 'line_not_on_sheet' } as const, msg('sheets.line-not-on-sheet-of', { line: lineText, id: parsed.text, lines }));
    }
    const key = `${parsed.text}#${line}`;
    const first = seen.get(key);
    const anonymous = anonymousLines.has(key);
    if (first !== undefined) return withDetail({ ok: false, reason: 'line_typed_twice', paper: { sheet: parsed.text, line } } as const, msg(anonymous ? 'sheets.line-typed-twice-anonymous' : 'sheets.line-typed-twice', { id: parsed.text, line, first }));
    const dated = register && printed ? { sheetDate: sheetDate(register, parsed.text, printed.printed), printed: printed.printed } : {};
    return { ok: true, sheet: parsed.text, line, anonymous, claim: (where) => seen.set(key, where), ...dated };
  };
}
