// Accepted rows' match keys, in memory up to a budget and on disk beyond it (a million rows cost about 60 MB).
import { MatchTable, RECORD_INTS, type MatchTableOptions, recordTime, AT_COUNTRY, AT_EMAIL_HI, AT_EMAIL_LO, AT_LANGUAGE, AT_SOURCE } from '../match-table.js';
import type { Signature } from '../../types.js';
import type { RecordFile, SpillFolder } from './record-file.js';

/** Every accepted row as a spilled record, in acceptance order, with the interned names they refer to. */
export interface SpilledTable {
  readonly file: RecordFile;
  /** The table whose interned ids (countries, days, …) the records use; it holds no rows. */
  readonly names: MatchTable;
  readonly size: number;
}

/** The one file of every row is read whole several times: bigger reads than the many small files use. */
const ONE_FILE_BUFFER = 256 * 1024;
/** Rows buffered between writes once rows go to disk: 3 MB, so the matcher gets the rest of the budget. */
const ROWS_PER_WRITE = 1 << 16;

/**
 * Collects rows into a MatchTable. Once it holds `rowsInMemory` rows, they move to a record file, and from then
 * on rows go to the file in small batches, so memory stays within the budget whatever the number of rows.
 */
export class RowCollector {
  private table: MatchTable;
  private spill: RecordFile | null = null;
  private limit: number;

  /**
   * The collector makes its table itself: a table made by the caller could stay alive in the caller's suspended
   * async frame (V8 keeps such temporaries) after the collector let it go.
   */
  constructor(options: MatchTableOptions, rowsInMemory: number, private readonly folder: SpillFolder) {
    this.table = new MatchTable(options);
    this.limit = rowsInMemory;
  }

  add(signature: Signature): void {
    this.table.add(signature);
    if (this.table.size < this.limit) return;
    const first = this.spill === null;
    this.moveToDisk();
    if (first && this.limit > ROWS_PER_WRITE) {
      // Let the budget's columns go: a small table is enough to buffer writes.
      this.table = this.table.emptyLikeThis();
      this.limit = ROWS_PER_WRITE;
    }
  }

  /** The whole table when it stayed within the budget, else every row on disk. */
  finish(): { table: MatchTable } | { spilled: SpilledTable } {
    if (!this.spill) return { table: this.table };
    this.moveToDisk();
    this.spill.finishWriting();
    // A table without the columns: only its interned ids are needed from here on.
    this.table = this.table.emptyLikeThis();
    return { spilled: { file: this.spill, names: this.table, size: this.spill.length } };
  }

  private moveToDisk(): void {
    const spill = this.spill ?? (this.spill = this.folder.create(RECORD_INTS, ONE_FILE_BUFFER));
    const table = this.table;
    for (let i = 0; i < table.size; i++) table.writeRecord(i, spill.buffer, spill.reserve());
    table.clearRows();
  }
}

/** The rows as tally reads them (structurally tally's TallyRows): straight from the record file. */
export function spilledRows(spilled: SpilledTable) {
  const names = spilled.names;
  return {
    names,
    size: spilled.size,
    forEachRow(visit: (index: number, country: number, day: number, source: number, language: number, time: number) => void): void {
      spilled.file.forEachChunk((chunk, count, first) => {
        for (let k = 0; k < count; k++) {
          const at = k * RECORD_INTS;
          const time = recordTime(chunk, at);
          visit(first + k, chunk[at + AT_COUNTRY], names.dayIdOf(time), chunk[at + AT_SOURCE], chunk[at + AT_LANGUAGE], time);
        }
      });
    },
  };
}

/** Visits the 64-bit email hash (two halves) of every accepted row that has an email, by row index. */
export type EachEmail = (visit: (index: number, hi: number, lo: number) => void) => void;

/** The email hashes of the rows on disk, read from the record file (a row without an email has both halves 0). */
export function spilledEmails(spilled: SpilledTable): EachEmail {
  return (visit) => {
    spilled.file.forEachChunk((chunk, count, first) => {
      for (let k = 0; k < count; k++) {
        const hi = chunk[k * RECORD_INTS + AT_EMAIL_HI];
        const lo = chunk[k * RECORD_INTS + AT_EMAIL_LO];
        if ((hi | lo) !== 0) visit(first + k, hi, lo);
      }
    });
  };
}
