// A workbook's TRUE/FALSE cell in a name column is a tick box's answer, not a name: counted, it made a signer "TRUE"
// (verifyR1 F-L2). Such a cell is read as no name; a row left with no name at all is rejected, saying why.
import type { ColumnMapping, DecodedRecord } from '../types.js';
import { msg } from '../i18n/message.js';
import { withDetail } from '../i18n/detail.js';

const NAME_FIELDS = new Set(['name', 'given', 'family']);

/** The record with the TRUE/FALSE cells of its name columns blanked, or rejected as `no_name` when nothing else names it. */
export function booleanNames(mapping: ColumnMapping): (record: DecodedRecord) => DecodedRecord {
  const nameColumns = mapping.columns.filter((column) => column.field !== null && NAME_FIELDS.has(column.field));
  return (record) => {
    if (record.kind !== 'data' || record.booleans === undefined) return record;
    const booleans = nameColumns.filter((column) => record.booleans!.includes(column.index));
    if (booleans.length === 0) return record;
    const cells = record.cells.slice();
    for (const column of booleans) cells[column.index] = '';
    if (nameColumns.some((column) => (cells[column.index] ?? '').trim() !== '')) return { ...record, cells };
    const [first] = booleans;
    return withDetail({ kind: 'rejected', row: record.row, line: record.line, reason: 'no_name', column: first.field!, cells: record.cells },
      msg('reject.boolean-name', { value: record.cells[first.index] }));
  };
}
