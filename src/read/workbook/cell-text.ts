// One streamed cell as the text a person sees in Excel: formulas as their saved result (never evaluated),
// dates as dates, rich text and links as their text.
import excelUtils from 'exceljs/lib/utils/utils.js';
import type { StreamedCell } from 'exceljs/lib/stream/xlsx/worksheet-reader.js';
import { excelSerialToText, serialOfExceljsDate } from './excel-date.js';

export function cellText(cell: StreamedCell, date1904: boolean): string {
  const value = cell.value;
  if (value instanceof Date) return excelSerialToText(serialOfExceljsDate(value, date1904), date1904);
  if (typeof value === 'number') return excelUtils.isDateFmt(cell.numFmt) ? excelSerialToText(value, date1904) : numberText(value);
  if (value !== null && typeof value === 'object') return objectText(value as Record<string, unknown>, cell, date1904);
  return scalarText(value);
}

function objectText(value: Record<string, unknown>, cell: StreamedCell, date1904: boolean): string {
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || (typeof result === 'number' && Number.isNaN(result))) return '';
    return cellText({ value: result, numFmt: cell.numFmt }, date1904);
  }
  if (Array.isArray(value.richText)) return value.richText.map((run: { text?: string }) => run.text ?? '').join('');
  if (typeof value.error === 'string') return value.error;
  if ('text' in value) return cellText({ value: value.text, numFmt: cell.numFmt }, date1904);
  return '';
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

/** Excel shows at most 15 significant digits; 0.1 + 0.2 reads as 0.3. */
function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}
