// Looks at one export the way init shows it: encoding, delimiter, format, column mapping and the first rows as they will be read.
import { createReadStream } from 'node:fs';
import { openSpec } from '../pipeline/scan-sources.js';
import { detectFormat } from '../formats/detect-format.js';
import { describeMapping } from '../formats/describe-mapping.js';
import { createRecordMapper } from '../formats/map-record.js';
import { createNormalizer } from '../normalize/create-normalizer.js';
import { validateSignature } from '../validate/validate-signature.js';
import { UserError } from '../errors.js';
import type { CanonicalField, ColumnMapping, ReadInfo } from '../types.js';

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
}

const SAMPLE_RECORDS = 200;
const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };

export async function inspectExport(path: string, options: { map?: Partial<Record<CanonicalField, string>>; country?: string; shownRows?: number } = {}): Promise<ExportInspection> {
  // A workbook is shown by its first sheet that reads as a signature list; the campaign reads every such sheet.
  const [reader] = await openSpec({ path, map: options.map }, () => createReadStream(path));
  const records = [];
  for await (const record of reader.records()) {
    records.push(record);
    if (records.length >= SAMPLE_RECORDS) break;
  }
  let mapping: ColumnMapping | null = null;
  let problem: string | null = null;
  try {
    mapping = detectFormat(reader.info.header, { map: options.map, file: path });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    problem = error.message;
  }
  const rows: string[] = [];
  if (mapping) {
    const mapRecord = createRecordMapper(mapping, path);
    const dateColumn = mapping.columns.find((c) => c.field === 'date');
    const dateSamples = dateColumn ? records.flatMap((r) => (r.kind === 'data' && r.cells[dateColumn.index] ? [r.cells[dateColumn.index]] : [])) : [];
    const normalizer = createNormalizer({ source: path, defaultCountry: options.country, dateSamples });
    for (const record of records) {
      if (rows.length >= (options.shownRows ?? 3)) break;
      if (record.kind === 'rejected') {
        rows.push(`row ${record.row}: rejected, ${record.reason.replaceAll('_', ' ')}`);
        continue;
      }
      const raw = mapRecord(record.cells, record.row, record.line);
      const s = normalizer.normalize(raw);
      const invalid = validateSignature(s, raw);
      const when = s.signedAt === null ? '' : new Date(s.signedAt).toISOString().slice(0, 10);
      rows.push(`row ${record.row}: ${[s.name, s.city, s.country, when].filter(Boolean).join(' | ')}${invalid ? `  (rejected: ${invalid.reason.replaceAll('_', ' ')})` : ''}`);
    }
  }
  return { info: reader.info, mapping, problem, mappingLines: mapping ? describeMapping(mapping) : [], rows, sampled: records.length };
}

/** One line for the campaign file's comment and the screen: "google-forms export, utf-8 (bom), comma". */
export function inspectionLabel(inspection: ExportInspection): string {
  const { info, mapping } = inspection;
  if (info.sheet) return `${mapping ? `${mapping.format} export` : 'unrecognized export'}, .xlsx workbook, sheet "${info.sheet.name}" of ${info.sheet.sheets.length}`;
  return `${mapping ? `${mapping.format} export` : 'unrecognized export'}, ${info.encoding} (by ${info.encodingBy}), ${DELIMITERS[info.delimiter] ?? JSON.stringify(info.delimiter)}-separated`;
}
