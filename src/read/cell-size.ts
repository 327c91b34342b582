// A cell longer than any signer field (a name, a place, a comment) is a paste gone wrong or hostile input: its row is
// rejected naming the cell before anything else reads it, so matching and masking never work on millions of characters.
import type { DecodedRecord } from '../types.js';
import { withDetail } from '../i18n/detail.js';
import { msg } from '../i18n/message.js';

/** Longer than a petition comment ever is; a name is a few dozen characters. */
export const MAX_CELL_CHARACTERS = 10_000;

export async function* boundedCells(records: AsyncIterable<DecodedRecord>, header: readonly string[]): AsyncGenerator<DecodedRecord> {
  for await (const record of records) {
    const cells = record.kind === 'data' ? record.cells : [];
    const column = cells.findIndex((cell) => cell.length > MAX_CELL_CHARACTERS);
    if (column === -1) {
      yield record;
      continue;
    }
    const name = header[column] || String(column + 1);
    yield withDetail({ kind: 'rejected' as const, row: record.row, line: record.line, reason: 'cell_too_long' as const, column: name },
      msg('reject.cell-too-long', { column: name, row: record.row, length: cells[column].length, limit: MAX_CELL_CHARACTERS }));
  }
}
