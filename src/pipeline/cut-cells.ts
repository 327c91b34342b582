// Cells cut to the longest a signer field may be (src/read/cell-size.ts), as the scan of one source meets them: a
// cell that says who signed rejects its row; a phone, place or date is blanked, and a comment or a column not read is
// cut, each keeping its signer and said once per column, naming the rows.
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

/**
 * Fields a signer is counted without (adv-s10 E3): an over-long phone, street, place or date is a paste gone wrong in
 * that cell, not in the signer. Cut, it would be read as another value, so it is blanked, said, and the signer kept
 * (a blank date or country is read as unknown, as any empty one). A name, an email or an anonymity answer still rejects.
 */
const BLANKABLE_FIELDS: ReadonlySet<string> = new Set(['phone', 'street', 'city', 'region', 'postcode', 'country', 'date', 'language', 'birth_date', 'id_number']);

export function blankableColumns(mapping: ColumnMapping): (column: number) => boolean {
  const blankable = new Set(mapping.columns.filter((c) => c.field !== null && BLANKABLE_FIELDS.has(c.field)).map((c) => c.index));
  return (column) => blankable.has(column);
}

/** Rows named in a warning; the rest are counted. */
const ROWS_NAMED = 5;

export class CutCells {
  private readonly byColumn = new Map<number, Array<{ row: number; length: number }>>();
  private readonly blankedByColumn = new Map<number, Array<{ row: number; length: number }>>();

  constructor(private readonly source: string, private readonly header: readonly string[]) {}

  /** The record as the scan reads it: rejected when a cut cell is one `cuttable` says the count needs. */
  take(record: DataRecord, cuttable: (column: number) => boolean, blankable: (column: number) => boolean = () => false): DecodedRecord {
    const needed = record.cut?.find((cut) => !cuttable(cut.column) && !blankable(cut.column));
    if (needed) return tooLongRejection(record, needed, this.header);
    const cells = [...record.cells];
    for (const cut of record.cut ?? []) {
      const blank = !cuttable(cut.column);
      if (blank) cells[cut.column] = '';
      const byColumn = blank ? this.blankedByColumn : this.byColumn;
      const rows = byColumn.get(cut.column) ?? [];
      rows.push({ row: record.row, length: cut.length });
      byColumn.set(cut.column, rows);
    }
    return { ...record, cells };
  }

  problems(): Problem[] {
    return [...this.said(this.byColumn, 'problem.cell-cut', 'cell_cut'), ...this.said(this.blankedByColumn, 'problem.cell-blanked', 'cell_blanked')];
  }

  private said(byColumn: Map<number, Array<{ row: number; length: number }>>, key: 'problem.cell-cut' | 'problem.cell-blanked', code: string): Problem[] {
    return [...byColumn].map(([column, cuts]) => {
      const name = this.header[column] || String(column + 1);
      const [first] = cuts;
      const text = msg(key, {
        row: first.row, length: first.length, limit: MAX_CELL_CHARACTERS, cells: cuts.length,
        rows: cuts.slice(0, ROWS_NAMED).map((cut) => cut.row).join(', '), more: Math.max(0, cuts.length - ROWS_NAMED),
      });
      return withText({ source: this.source, column: name, code, message: english().say(text) }, text);
    });
  }
}
