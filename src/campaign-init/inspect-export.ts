// Looks at one export the way init shows it: encoding, delimiter, format, column mapping and the first rows as they will be read.
import { createReadStream } from 'node:fs';
import { openSpec } from '../pipeline/scan-sources.js';
import { detectFormat } from '../formats/detect-format.js';
import { sampledMapping } from '../formats/sampled-mapping.js';
import { describeMapping } from '../formats/describe-mapping.js';
import { createRecordMapper } from '../formats/map-record.js';
import { createNormalizer } from '../normalize/create-normalizer.js';
import { validateSignature } from '../validate/validate-signature.js';
import { UserError } from '../errors.js';
import type { CanonicalField, ColumnMapping, ReadInfo } from '../types.js';
import { english, type Translator } from '../i18n/translator.js';
import { reasonText } from '../i18n/reason-text.js';
import { msg } from '../i18n/message.js';
import { workbookSheetKind } from '../read/workbook/withdrawn-sheet.js';
import { shownCountry, shownFormat, shownWhen } from '../i18n/shown-values.js';
import { booleanNames } from '../formats/boolean-names.js';

export interface ExportInspection {
  info: ReadInfo;
  mapping: ColumnMapping | null;
  /** Why no mapping could be made (no name column, …). */
  problem: string | null;
  /** "Vorname → given (alias)", one per column. */
  mappingLines: string[];
  /** The first rows as they will be read: "Jane Doe | Chicago | US | 2025-11-03". */
  rows: string[];
  /** Data rows seen while sampling (at most the sample size). */
  sampled: number;
  /**
   * A workbook: the sheets read as signers and those passed over (signer-sheets.ts); unsure when nothing says they hold
   * signers. `takenOff`: sheets whose name says their rows are withdrawn or set aside (withdrawn-sheet.ts): never a
   * signer source, they apply on their own to the workbook's other sheets.
   */
  sheets?: { read: string[]; skipped: boolean; unsure: boolean; takenOff: string[] };
}

const SAMPLE_RECORDS = 200;
const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

export async function inspectExport(path: string, options: { map?: Partial<Record<CanonicalField, string>>; country?: string; shownRows?: number; words?: Translator } = {}): Promise<ExportInspection> {
  // A workbook is shown by its first sheet that reads as a signature list; the campaign reads every such sheet.
  const words = options.words ?? english();
  const readers = await openSpec({ path, map: options.map }, () => createReadStream(path));
  // Not a sheet of withdrawn or set-aside rows ("철회" may be the workbook's first tab): it is never a source.
  const reader = readers.find((r) => r.info.takenOff === undefined) ?? readers[0];
  const choiceCodes = new Set(reader.decodingProblems().map((p) => p.code));
  const sheets = reader.info.sheet
    ? sheetChoice(path, readers.map((r) => r.info.sheet?.name ?? ''), choiceCodes)
    : undefined;
  const records = [];
  for await (const record of reader.records()) {
    records.push(record);
    if (records.length >= SAMPLE_RECORDS) break;
  }
  let mapping: ColumnMapping | null = null;
  let problem: string | null = null;
  try {
    const detected = detectFormat(reader.info.header, { map: options.map, file: path, emailNames: reader.info.takenOff !== undefined });
    mapping = sampledMapping(detected, records);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    problem = words.say(error.text);
  }
  const rows: string[] = [];
  if (mapping) {
    const mapRecord = createRecordMapper(mapping, path);
    const dateColumn = mapping.columns.find((c) => c.field === 'date');
    const dateSamples = dateColumn ? records.flatMap((r) => (r.kind === 'data' && r.cells[dateColumn.index] ? [r.cells[dateColumn.index]] : [])) : [];
    const normalizer = createNormalizer({ source: path, defaultCountry: options.country, dateSamples, date1904: reader.info.sheet?.date1904 });
    const withoutBooleanNames = booleanNames(mapping);
    for (const read of records) {
      if (rows.length >= (options.shownRows ?? 3)) break;
      const record = withoutBooleanNames(read);
      if (record.kind === 'rejected') {
        rows.push(words.t('inspect.row-rejected', { row: record.row, reason: reasonText(record.reason, words) }));
        continue;
      }
      const raw = mapRecord(record.cells, record.row, record.line);
      const s = normalizer.normalize(raw);
      const invalid = validateSignature(s, raw);
      const when = s.signedAt === null ? '' : shownWhen(s.signedAt);
      const shown = [s.name, s.city, s.country && shownCountry(s.country, words), when].filter(Boolean).join(' | ');
      rows.push(invalid ? words.t('inspect.row-invalid', { row: record.row, shown, reason: reasonText(invalid.reason, words) }) : words.t('inspect.row', { row: record.row, shown }));
    }
  }
  return { info: reader.info, mapping, problem, mappingLines: mapping ? describeMapping(mapping, words) : [], rows, sampled: records.length, ...(sheets ? { sheets } : {}) };
}

function sheetChoice(path: string, names: string[], choiceCodes: ReadonlySet<string>): NonNullable<ExportInspection['sheets']> {
  // A withdrawal sheet listed as a source would be read as signers (a named sheet is), counting and naming the very
  // people who took their signature back.
  const takenOff = names.filter((name) => workbookSheetKind(path, name) !== 'signers');
  return { read: names.filter((name) => !takenOff.includes(name)), skipped: choiceCodes.has('sheet_not_signers'), unsure: choiceCodes.has('sheets_unsure'), takenOff };
}

/** One line for the campaign file's comment and the screen: "google-forms export, utf-8 (bom), comma". */
export function inspectionLabel(inspection: ExportInspection, words: Translator = english(), sheet?: string): string {
  const { info, mapping } = inspection;
  const format = mapping ? words.t('inspect.export', { format: shownFormat(mapping.format, words) }) : words.t('inspect.unrecognized');
  // `sheet`: the label of another sheet of the workbook, written beside the source that reads it.
  if (info.sheet) return words.t('inspect.label-sheet', { format, sheet: sheet ?? info.sheet.name, sheets: info.sheet.sheets.length });
  const delimiter = DELIMITERS[info.delimiter];
  return words.t('inspect.label', {
    format, encoding: info.encoding, by: msg(`inspect.by.${info.encodingBy}`),
    delimiter: delimiter ? words.t(`inspect.delimiter.${delimiter}`) : words.t('inspect.delimiter.other', { delimiter: JSON.stringify(info.delimiter) }),
  });
}
