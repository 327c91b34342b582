// A cell longer than any signer field (a name, a place, a comment) is a paste gone wrong or hostile input: it is cut to
// that length before anything else reads it, so matching and masking never work on millions of characters, and the
// record says which cells were cut. The scan decides: a cell the count does not need (a comment, a column it does not
// read) stays cut and its signer is kept, with a warning; a cell the count needs to know who signed (a name, an email,
// an answer about anonymity) rejects its row, since a cut value would be read as a different one; a phone, place or
// date cell is left blank, with a warning, and its signer kept (src/pipeline/cut-cells.ts).
import type { DecodedRecord } from '../types.js';
import { withDetail } from '../i18n/detail.js';
import { msg } from '../i18n/message.js';

/** Longer than a petition comment ever is; a name is a few dozen characters. */
export const MAX_CELL_CHARACTERS = 10_000;

/**
 * The records with every cell cut to MAX_CELL_CHARACTERS, the cut cells named. Not an async generator: each of its
 * records cost three turns of the promise queue, a twentieth of count --exact; this costs one.
 */
export function boundedCells(records: AsyncIterable<DecodedRecord>): AsyncIterable<DecodedRecord> {
  return {
    [Symbol.asyncIterator]: () => {
      const inner = records[Symbol.asyncIterator]();
      const bound = (next: IteratorResult<DecodedRecord>): IteratorResult<DecodedRecord> => (next.done || !cutNeeded(next.value) ? next : { value: cutCells(next.value), done: false });
      return {
        next: () => inner.next().then(bound),
        return: () => inner.return?.() ?? Promise.resolve({ value: undefined, done: true }),
      };
    },
  };
}

function cutNeeded(record: DecodedRecord): record is Extract<DecodedRecord, { kind: 'data' }> {
  if (record.kind !== 'data') return false;
  for (const cell of record.cells) if (cell.length > MAX_CELL_CHARACTERS) return true;
  return false;
}

function cutCells(record: Extract<DecodedRecord, { kind: 'data' }>): DecodedRecord {
  const cut = record.cells.flatMap((cell, column) => (cell.length > MAX_CELL_CHARACTERS ? [{ column, length: cell.length }] : []));
  return { ...record, cells: record.cells.map((cell) => cell.slice(0, MAX_CELL_CHARACTERS)), cut };
}

/** The row rejected for a cut cell the count needs, named by row and column; its (cut) cells kept for what it asked. */
export function tooLongRejection(record: Extract<DecodedRecord, { kind: 'data' }>, cut: { column: number; length: number }, header: readonly string[]): DecodedRecord {
  const name = header[cut.column] || String(cut.column + 1);
  return withDetail({ kind: 'rejected' as const, row: record.row, line: record.line, reason: 'cell_too_long' as const, column: name, cells: record.cells },
    msg('reject.cell-too-long', { column: name, row: record.row, length: cut.length, limit: MAX_CELL_CHARACTERS }));
}
