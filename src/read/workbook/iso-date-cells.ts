// A date cell stored as ISO 8601 text (`<c t="d"><v>2025-11-02T10:00:00</v></c>`, allowed by ECMA-376 and written by
// openpyxl's iso_dates, Excel Strict and others) as the date text a person sees. exceljs reads any unknown cell type
// as a number, so "2025-11-02" became day 2025 (17 July 1905). This rewrites such a cell, before exceljs parses it,
// to a text cell holding "2025-11-02 10:00:00", the form serial dates are given in (excel-date.ts). It is one of the
// rewrites the sheet stream goes through (sheet-cells.ts), which hands it each cell whole.
import type { CellRewrite } from './sheet-cells.js';

const ISO_DATE_CELL = /<c\b([^>]*?)\st="d"([^>]*)>(\s*)<v>([^<]*)<\/v>/g;

/** "2025-11-02T10:00:00.000Z" → "2025-11-02 10:00:00"; a date alone stays as it is. */
export function isoCellText(value: string): string {
  const [day, time] = value.trim().split('T');
  if (time === undefined) return day;
  const clock = time.replace(/(?:Z|[+-]\d{2}:?\d{2})$/, '').replace(/\.\d+$/, '');
  return clock === '00:00:00' || clock === '' ? day : `${day} ${clock}`;
}

export function rewriteIsoDateCells(xml: string): string {
  return xml.replace(ISO_DATE_CELL, (_cell, before: string, after: string, space: string, value: string) => `<c${before} t="str"${after}>${space}<v>${isoCellText(value)}</v>`);
}

/** Each `t="d"` cell as the text cell a person sees. */
export const isoDateCells: CellRewrite = { cell: rewriteIsoDateCells };
