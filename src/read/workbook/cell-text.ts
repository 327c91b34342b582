// One streamed cell as the text a person sees in Excel: formulas as their saved result (never evaluated),
// dates as dates, rich text and links as their text. A cell that shows no value a person could have meant (a
// formula whose result was never saved, an error such as #N/A) says so instead, so the row is not read as empty.
import excelUtils from 'exceljs/lib/utils/utils.js';
import type { StreamedCell } from 'exceljs/lib/stream/xlsx/worksheet-reader.js';
import { excelSerialToText, serialOfExceljsDate } from './excel-date.js';
import { decodeXstring } from './xstring.js';

/** exceljs's type number of a formula cell (Enums.ValueType.Formula). */
const FORMULA = 6;

/** Why a cell holds no value: a formula never calculated (written by a script), or an error value. */
export type CellFault = { kind: 'formula_without_result' } | { kind: 'error_value'; error?: string };

export interface CellReading {
  text: string;
  fault?: CellFault;
  /** The cell is TRUE or FALSE (t="b", or a formula's such result): an answer, not text a person typed. */
  boolean?: true;
}

export function readCell(cell: StreamedCell, date1904: boolean): CellReading {
  const formula = formulaResult(cell);
  if (formula) {
    const { result } = formula;
    if (result === undefined || result === null) return { text: '', fault: { kind: 'formula_without_result' } };
    // exceljs reads an error result (<c t="e"><f>…</f><v>#DIV/0!</v>) as a number, NaN, and loses its text.
    if (typeof result === 'number' && Number.isNaN(result)) return { text: '', fault: { kind: 'error_value' } };
    return readCell({ type: 0, value: result, numFmt: cell.numFmt }, date1904);
  }
  const value = cell.value;
  if (value !== null && typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string') {
    const error = (value as { error: string }).error;
    return { text: error, fault: { kind: 'error_value', error } };
  }
  return typeof value === 'boolean' ? { text: scalarText(value), boolean: true } : { text: cellText(cell, date1904) };
}

/**
 * A formula cell's saved result. A formula of its own is a FormulaValue, whose `value` drops a result of 0 or ""
 * (exceljs copies only truthy parts) while `cell.result` keeps it; a formula filled down (`<f t="shared"/>`, written
 * with no text) is kept as the raw object `{ formula: '', result }`.
 */
function formulaResult(cell: StreamedCell): { result: unknown } | null {
  if (cell.type === FORMULA) return { result: cell.result };
  const value = cell.value;
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) return { result: (value as { result?: unknown }).result };
  return null;
}

function cellText(cell: Pick<StreamedCell, 'value' | 'numFmt'>, date1904: boolean): string {
  const value = cell.value;
  if (value instanceof Date) return excelSerialToText(serialOfExceljsDate(value, date1904), date1904);
  if (typeof value === 'number') return excelUtils.isDateFmt(cell.numFmt) ? excelSerialToText(value, date1904) : numberText(value);
  if (value !== null && typeof value === 'object') return objectText(value as Record<string, unknown>, cell, date1904);
  return scalarText(value);
}

function objectText(value: Record<string, unknown>, cell: Pick<StreamedCell, 'numFmt'>, date1904: boolean): string {
  if (Array.isArray(value.richText)) return decodeXstring(value.richText.map((run: { text?: string }) => run.text ?? '').join(''));
  if ('text' in value) return cellText({ value: value.text, numFmt: cell.numFmt }, date1904);
  return '';
}

function scalarText(value: unknown): string {
  if (typeof value === 'string') return decodeXstring(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

/** Excel shows at most 15 significant digits; 0.1 + 0.2 reads as 0.3. */
function numberText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}
