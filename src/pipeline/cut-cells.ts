// Cells cut to the longest a signer field may be (src/read/cell-size.ts), as the scan of one source meets them: a
// cell the count needs rejects its row; one it does not need (a comment, a column not read) keeps its signer and is
// said once per column, naming the rows.
import type { ColumnMapping, DecodedRecord, Problem } from '../types.js';
import { unreadAnonymityColumns } from '../formats/unread-anonymity.js';
import { MAX_CELL_CHARACTERS, tooLongRejection } from '../read/cell-size.js';
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';

type DataRecord = Extract<DecodedRecord, { kind: 'data' }>;

/**
 * Whether a column's cell may be cut and its signer kept: a comment, or a column the count does not read. Never a
 * name, a contact, a place, a date, sheet and line, or an answer about anonymity (read or not): a cut value there
 * would be read as another one.
 */
export function cuttableColumns(mapping: ColumnMapping): (column: number) => boolean {
  const unread = unreadAnonymityColumns(mapping.columns);
  const cuttable = new Set(mapping.columns.filter((c) => c.field === 'comment' || (c.field === null && !unread.includes(c.header))).map((c) => c.index));
  return (column) => cuttable.has(column);
}

/** Rows named in a warning; the rest are counted. */
const ROWS_NAMED = 5;

export class CutCells {
  private readonly byColumn = new Map<number, Array<{ row: number; length: number }>>();

  constructor(private readonly source: string, private readonly header: readonly string[]) {}

  /** The record as the scan reads it: rejected when a cut cell is one `cuttable` says the count needs. */
  take(record: DataRecord, cuttable: (column: number) => boolean): DecodedRecord {
    const needed = record.cut?.find((cut) => !cuttable(cut.column));
    if (needed) return tooLongRejection(record, needed, this.header);
    for (const cut of record.cut ?? []) {
      const rows = this.byColumn.get(cut.column) ?? [];
      rows.push({ row: record.row, length: cut.length });
      this.byColumn.set(cut.column, rows);
    }
    return record;
  }

  problems(): Problem[] {
    return [...this.byColumn].map(([column, cuts]) => {
      const name = this.header[column] || String(column + 1);
      const [first] = cuts;
      const text = msg('problem.cell-cut', {
        row: first.row, length: first.length, limit: MAX_CELL_CHARACTERS, cells: cuts.length,
        rows: cuts.slice(0, ROWS_NAMED).map((cut) => cut.row).join(', '), more: Math.max(0, cuts.length - ROWS_NAMED),
      });
      return withText({ source: this.source, column: name, code: 'cell_cut', message: english().say(text) }, text);
    });
  }
}
