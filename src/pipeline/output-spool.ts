// What dedupe writes for each row, kept from the first pass in a private temporary file, so the files are written
// without reading and normalizing every source a second time (that second pass was two thirds of dedupe's time).
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvCell, csvLine } from '../output/csv-cell.js';
import { makeTemporaryFolder, removeTemporaryFolder } from '../output/temporary-paths.js';
import { writeFailure } from '../output/atomic-write.js';
import type { RowEvent } from './scan-sources.js';
import type { Signature } from '../types.js';

const CHUNK_BYTES = 1 << 20;
const ACCEPTED = 0;
const REJECTED = 1;
const RECORDS_BETWEEN_WAITS = 1024;

/** An accepted row as spooled: its merged.csv cells around the ones only the outcome decides, already CSV. */
export interface SpooledAccepted {
  index: number;
  /** The row asked for anonymity itself (its signer may be anonymous through another row). */
  anonymous: boolean;
  /** source … language of merged.csv, CSV cells joined by commas. */
  beforeAnonymous: string;
  /** comment, birth_date, id_number of merged.csv. */
  afterAnonymous: string;
  /** file and row of clusters.csv. */
  where: string;
  /** The line cell of clusters.csv. */
  line: string;
  /** The paper_sheet and paper_line cells of clusters.csv (empty for a row not typed up from paper). */
  paper: string;
}

export interface SpooledRejected {
  clustersLine: string;
  rejectsLine: string;
}

export interface SpoolVisitor {
  accepted(row: SpooledAccepted): void;
  rejected(row: SpooledRejected): void;
}

/** The paper_sheet and paper_line cells of clusters.csv: where a row typed up from a paper sheet was signed. */
export function paperCells(signature: Signature | undefined): [string, number | string] {
  return signature?.paper ? [signature.paper.sheet, signature.paper.line] : ['', ''];
}

function cells(values: ReadonlyArray<string | number>): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += (i === 0 ? '' : ',') + csvCell(values[i]);
  return out;
}

/**
 * Records appended in the order the rows were read and read back in that order, in 1 MB reads. A record is a kind
 * byte, then for an accepted row its index (uint32), its anonymity byte and four length-prefixed UTF-8 strings;
 * for a rejected row two. The file is 0600 in the run's private folder, removed by close().
 */
export class OutputSpool {
  private readonly dir: string;
  private readonly path: string;
  private fd: number;
  private buffer: Buffer;
  private used = 0;
  private size = 0;

  /** `chunkBytes`: written and read at a time (tests make it small, so records span reads). */
  constructor(private readonly chunkBytes = CHUNK_BYTES) {
    this.buffer = Buffer.allocUnsafe(chunkBytes);
    this.dir = makeTemporaryFolder('petition-rows-');
    this.path = join(this.dir, 'rows.bin');
    this.fd = openSync(this.path, 'wx+', 0o600);
  }

  /** The pass-1 visitor: rows as dedupe writes them, whatever their outcome turns out to be. */
  add(event: RowEvent): void {
    if (event.kind === 'rejected') {
      const r = event.rejection;
      this.room(1);
      this.buffer[this.used++] = REJECTED;
      this.string(csvLine([r.source, r.row, 'rejected', '', r.reason, r.line, r.detail, '', '', ...paperCells(event.signature)]));
      this.string(csvLine([r.source, r.row, r.line, r.reason, r.column ?? '', r.detail]));
      return;
    }
    const s = event.signature;
    this.room(6);
    this.buffer[this.used] = ACCEPTED;
    this.buffer.writeUInt32LE(event.index, this.used + 1);
    this.buffer[this.used + 5] = s.anonymous ? 1 : 0;
    this.used += 6;
    // The cells of mergedRow (src/output/merged-schema.ts) on either side of 'anonymous'.
    this.string(cells([
      s.source, s.row, s.name, s.given, s.family, s.email, s.phone, s.street, s.city, s.region, s.postcode, s.country,
      s.signedAt === null ? '' : new Date(s.signedAt).toISOString(), s.language,
    ]));
    this.string(cells([s.comment, s.birthDate, s.idNumber]));
    this.string(`${csvCell(s.source)},${csvCell(s.row)}`);
    this.string(csvCell(s.line));
    this.string(cells(paperCells(s)));
  }

  /**
   * Every record, in order. `waitForRoom` is asked every so many records for a promise to await (an output
   * stream's 'drain'), so written lines do not pile up in memory.
   */
  async replay(visit: SpoolVisitor, waitForRoom: () => Promise<unknown> | null): Promise<void> {
    // A spool that never filled its buffer is read from memory: a small run writes no temporary file at all.
    const reader = this.size === 0 ? new ChunkReader(this.fd, this.used, this.buffer.subarray(0, this.used)) : (this.flush(), new ChunkReader(this.fd, this.size, undefined, this.chunkBytes));
    for (let records = 1; reader.more(); records++) {
      if (records % RECORDS_BETWEEN_WAITS === 0) await waitForRoom();
      if (reader.byte() === REJECTED) {
        visit.rejected({ clustersLine: reader.string(), rejectsLine: reader.string() });
        continue;
      }
      const index = reader.uint32();
      const anonymous = reader.byte() === 1;
      visit.accepted({ index, anonymous, beforeAnonymous: reader.string(), afterAnonymous: reader.string(), where: reader.string(), line: reader.string(), paper: reader.string() });
    }
  }

  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    removeTemporaryFolder(this.dir);
  }

  private string(text: string): void {
    this.room(4 + text.length * 3);
    const bytes = this.buffer.write(text, this.used + 4, 'utf8');
    this.buffer.writeUInt32LE(bytes, this.used);
    this.used += 4 + bytes;
  }

  /** Makes room for `bytes` more (a UTF-16 unit takes at most 3 UTF-8 bytes), flushing or growing the buffer. */
  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    this.flush();
    if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(bytes);
  }

  private flush(): void {
    let done = 0;
    try {
      while (done < this.used) done += writeSync(this.fd, this.buffer, done, this.used - done, this.size + done);
    } catch (error) {
      throw writeFailure(this.path, error);
    }
    this.size += this.used;
    this.used = 0;
  }
}

/** Sequential reads of the spool, 1 MB at a time; a record may span two reads. */
class ChunkReader {
  private buffer: Buffer;
  private start = 0;
  private end = 0;
  private position = 0;

  /** `held`: the whole spool, already in memory (nothing is read from the file). */
  constructor(private readonly fd: number, private readonly size: number, held?: Buffer, chunkBytes = CHUNK_BYTES) {
    this.buffer = Buffer.allocUnsafe(chunkBytes);
    if (held) {
      this.buffer = held;
      this.end = held.length;
      this.position = size;
    }
  }

  more(): boolean {
    return this.start < this.end || this.position < this.size;
  }

  byte(): number {
    this.need(1);
    return this.buffer[this.start++];
  }

  uint32(): number {
    this.need(4);
    const value = this.buffer.readUInt32LE(this.start);
    this.start += 4;
    return value;
  }

  string(): string {
    const length = this.uint32();
    this.need(length);
    const text = this.buffer.toString('utf8', this.start, this.start + length);
    this.start += length;
    return text;
  }

  /** At least `bytes` unread bytes in the buffer: the rest moved to its start, then read up to. */
  private need(bytes: number): void {
    if (this.end - this.start >= bytes) return;
    const rest = this.end - this.start;
    if (bytes > this.buffer.length) {
      const bigger = Buffer.allocUnsafe(bytes);
      this.buffer.copy(bigger, 0, this.start, this.end);
      this.buffer = bigger;
    } else {
      this.buffer.copy(this.buffer, 0, this.start, this.end);
    }
    this.start = 0;
    this.end = rest;
    while (this.end < bytes) {
      const got = readSync(this.fd, this.buffer, this.end, Math.min(this.buffer.length - this.end, this.size - this.position), this.position);
      if (got === 0) throw new Error('OutputSpool: file ended early');
      this.end += got;
      this.position += got;
    }
  }
}
