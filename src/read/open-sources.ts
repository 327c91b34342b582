// One input the user named, as the sources it holds: a text export is one source, an .xlsx workbook one per sheet.
import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { openExport, type ExportInput, type ExportReader } from './open-export.js';
import { readSample } from './read-sample.js';
import { spreadsheetKind, unreadableSpreadsheetMessage } from './workbook/spreadsheet-kind.js';
import { msg, withText } from '../i18n/message.js';
import { boundedCells } from './cell-size.js';
import type { DecodedRecord } from '../types.js';
import { exportFileKind, withdrawnFileRows } from './workbook/withdrawn-sheet.js';
import { english } from '../i18n/translator.js';

export interface SourcesInput extends ExportInput {
  /** `--sheet NAME`, for workbooks. */
  sheet?: string;
  /** With `sheet`: the workbook's sheets of withdrawn signatures are read too, save these (sheets named as signers). */
  withdrawalsBesideNamed?: readonly string[];
  /** `--read-as-signers FILE`: a text export whose file name says withdrawn or set aside is read as signers anyway. */
  asSigners?: boolean;
  /** Whether a workbook sheet's header looks like a signature list; sheets that do not are passed over. */
  recognise?: (header: string[]) => boolean;
  /** The same for a sheet of withdrawn or set-aside rows, which may name its people by email alone. */
  recogniseTakenOff?: (header: string[]) => boolean;
  /** Whether a recognised sheet has a column only a signer list has: among several sheets, only those are read. */
  signerColumns?: (header: string[]) => boolean;
}

export interface SourceReader extends ExportReader {
  /** The source's name: the path as given, or `path#Sheet` for a sheet of a workbook. */
  name: string;
}

/** Bytes enough to see a zip's first entry name, an OpenDocument mimetype, and an OLE file's directory. */
const KIND_BYTES = 16 * 1024;

/** Excel writes `~$name.xlsx` beside a workbook while it is open: a few bytes naming who has it open, never signers. */
export function isExcelLockFile(path: string): boolean {
  const named = basename(path);
  // Excel writes the owner file `~$name` beside any file it has open, a CSV or TSV as well as a workbook.
  return named.startsWith('~$') && /\.(xls[xm]?|csv|tsv|txt)$/i.test(named);
}

export async function openSources(input: SourcesInput): Promise<SourceReader[]> {
  const head = await readSample(input.open(), KIND_BYTES).catch(() => null);
  const kind = head ? spreadsheetKind(head.bytes) : undefined;
  if (kind === 'xlsx') {
    const recognise = input.recognise ?? (() => true);
    // Cells in a workbook are text already: there are no bytes that could decode wrongly.
    // The workbook reader (exceljs, unzipper) loads only when a workbook is read: a CSV-only run starts faster.
    const { openWorkbook } = await import('./workbook/open-workbook.js');
    const sheets = await openWorkbook({ path: input.path, open: input.open, sheet: input.sheet, withdrawalsBesideNamed: input.withdrawalsBesideNamed, asSigners: input.asSigners, recognise, recogniseTakenOff: input.recogniseTakenOff, signerColumns: input.signerColumns });
    return sheets.map(({ problems, ...sheet }) => ({ ...sheet, records: () => boundedCells(sheet.records()), decodingProblems: () => problems }));
  }
  const named = basename(input.path);
  // A zip named as a workbook that is not one is a workbook cut short (a copy interrupted, a download not finished).
  if (kind === 'zip' && /\.xls[xm]$/i.test(named)) throw new UserError(msg('read.workbook-damaged'), { file: input.path });
  if (kind !== undefined) throw new UserError(unreadableSpreadsheetMessage(kind), { file: input.path });
  if (isExcelLockFile(input.path)) throw new UserError(msg('read.excel-lock-file', { workbook: named.slice(2) }), { file: input.path });
  if (input.sheet !== undefined) throw new UserError(msg('read.sheet-not-workbook'), { file: input.path });
  const reader = await openExport(input);
  // A withdrawal list saved as CSV is what the workbook's sheet of that name would be: its rows are not signers.
  const listKind = input.asSigners ? 'signers' : exportFileKind(input.path);
  if (listKind === 'signers') return [{ name: input.path, ...reader, records: () => boundedCells(reader.records()) }];
  const told = msg('problem.withdrawal-file', { file: named, kind: listKind });
  const problem = withText({ source: input.path, code: 'withdrawal_file', message: english().say(told) }, told);
  // A list taken off the count whose header names no one is said to be unread, as a workbook's sheet of that name is
  // (exit 1, the other files counted): never "no name column, try --map name=", which would read it as signers.
  if (input.recogniseTakenOff && !input.recogniseTakenOff(reader.info.header)) {
    const unread = msg('problem.withdrawal-file-unread', { file: named, kind: listKind, columns: reader.info.header.map((h) => `"${h}"`).join(', ') });
    return [{
      name: input.path, ...reader, info: { ...reader.info, takenOff: listKind, unreadList: true },
      records: () => noRecords(),
      decodingProblems: () => [withText({ source: input.path, code: 'withdrawal_sheet_unread', message: english().say(unread) }, unread)],
    }];
  }
  return [{
    name: input.path, ...reader, info: { ...reader.info, takenOff: listKind },
    records: () => withdrawnFileRows(boundedCells(reader.records()), named, listKind),
    decodingProblems: () => [problem, ...reader.decodingProblems()],
  }];
}

async function* noRecords(): AsyncGenerator<DecodedRecord> {}
