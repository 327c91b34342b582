// What dedupe writes for each row, kept from the first pass in a private temporary file, so the files are written
// without reading and normalizing every source a second time (that second pass was two thirds of dedupe's time).
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { csvCell, csvLine, isPlainCell } from '../output/csv-cell.js';
import { makeTemporaryFolder, removeTemporaryFolder } from '../output/temporary-paths.js';
import { writeFailure } from '../output/atomic-write.js';
import { createIsoTime } from '../output/iso-time.js';
import type { RowEvent } from './scan-sources.js';
import type { Signature } from '../types.js';

const CHUNK_BYTES = 1 << 20;
const ACCEPTED = 0;
const REJECTED = 1;
const RECORDS_BETWEEN_WAITS = 1024;
/** An accepted record before its bytes: kind, index, anonymity, five lengths. */
const HEADER_BYTES = 26;

/**
 * An accepted row as spooled, as byte ranges of `bytes` (UTF-8 CSV, valid until the visitor returns; the object is
 * reused from row to row): merged.csv's and clusters.csv's lines are put together from them without decoding.
 */
export interface SpooledAccepted {
  index: number;
  /** The row asked for anonymity itself (its signer may be anonymous through another row). */
  anonymous: boolean;
  bytes: Buffer;
  /** [start, beforeEnd): source … language of merged.csv, CSV cells joined by commas. */
  start: number;
  /** [start, whereEnd): file and row of clusters.csv (the first two cells of the above). */
  whereEnd: number;
  beforeEnd: number;
  /** [beforeEnd, afterEnd): comment, birth_date, id_number of merged.csv. */
  afterEnd: number;
  /** [afterEnd, paperEnd): the paper_sheet and paper_line cells of clusters.csv (empty for a row not typed up from paper). */
  paperEnd: number;
  /** [paperEnd, lineEnd): the line cell of clusters.csv. */
  lineEnd: number;
}

/** A rejected row's lines of clusters.csv ([start, clustersEnd)) and rejects.csv ([clustersEnd, rejectsEnd)). */
export interface SpooledRejected {
  bytes: Buffer;
  start: number;
  clustersEnd: number;
  rejectsEnd: number;
}

export interface SpoolVisitor {
  accepted(row: SpooledAccepted): void;
  rejected(row: SpooledRejected): void;
}

/** The paper_sheet and paper_line cells of clusters.csv: where a row typed up from a paper sheet was signed. */
export function paperCells(signature: Signature | undefined): [string, number | string] {
  return signature?.paper ? [signature.paper.sheet, signature.paper.line] : ['', ''];
}

/** The UTF-8 length of `text` as Buffer.write writes it (a lone surrogate becomes U+FFFD, 3 bytes). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

function endsInHighSurrogate(text: string | undefined): boolean {
  if (typeof text !== 'string') return false;
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
}

function cells(values: ReadonlyArray<string | number>): string {
  let out = '';
  for (let i = 0; i < values.length; i++) out += (i === 0 ? '' : ',') + cell(values[i]);
  return out;
}

/** One cell of a line we write (csvCell), without its checks for the common plain text. */
function cell(value: string | number): string {
  return typeof value === 'string' && (value === '' || isPlainCell(value)) ? value : csvCell(value);
}

/**
 * Records appended in the order the rows were read and read back in that order, in 1 MB reads. A record is a kind
 * byte; for a rejected row two byte lengths (uint32) and that many bytes of UTF-8; for an accepted row its index
 * (uint32), its anonymity byte, five byte lengths (where, before, after, paper, line) and their bytes (where is
 * the start of before, so it is not repeated). The file is 0600 in the run's private folder, removed by close().
 */
export class OutputSpool {
  private readonly dir: string;
  private readonly path: string;
  private fd: number;
  private buffer: Buffer;
  private used = 0;
  private size = 0;
  // One source's rows come together: its file cell and that cell's UTF-8 length are remembered.
  private lastSource: string | undefined;
  private lastSourceCell = '';
  private lastSourceBytes = 0;
  private readonly isoTime = createIsoTime();

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
      const clustersLine = csvLine([r.source, r.row, 'rejected', '', r.reason, r.line, r.detail, '', '', ...paperCells(event.signature)]);
      const rejectsLine = csvLine([r.source, r.row, r.line, r.reason, r.column ?? '', r.detail]);
      this.room(9 + (clustersLine.length + rejectsLine.length) * 3);
      this.buffer[this.used] = REJECTED;
      const clustersBytes = this.buffer.write(clustersLine, this.used + 9, 'utf8');
      const rejectsBytes = this.buffer.write(rejectsLine, this.used + 9 + clustersBytes, 'utf8');
      this.buffer.writeUInt32LE(clustersBytes, this.used + 1);
      this.buffer.writeUInt32LE(rejectsBytes, this.used + 5);
      this.used += 9 + clustersBytes + rejectsBytes;
      return;
    }
    const s = event.signature;
    if (s.source !== this.lastSource) {
      this.lastSource = s.source;
      this.lastSourceCell = csvCell(s.source);
      this.lastSourceBytes = utf8Length(this.lastSourceCell);
    }
    // The cells of mergedRow (src/output/merged-schema.ts) on either side of 'anonymous', joined without an array
    // of them: this line is made for every row read.
    const rowCell = String(s.row);
    const before = this.lastSourceCell + ',' + rowCell + ',' + cell(s.name) + ',' + cell(s.given) + ',' + cell(s.family) + ',' +
      cell(s.email) + ',' + cell(s.phone) + ',' + cell(s.street) + ',' + cell(s.city) + ',' + cell(s.region) + ',' +
      cell(s.postcode) + ',' + cell(s.country) + ',' + (s.signedAt === null ? '' : cell(this.isoTime(s.signedAt))) + ',' + cell(s.language);
    const after = s.comment === '' && s.birthDate === '' && s.idNumber === '' ? ',,' : cells([s.comment, s.birthDate, s.idNumber]);
    const paper = s.paper ? cells(paperCells(s)) : ',';
    const line = csvCell(s.line);
    this.room(HEADER_BYTES + (before.length + after.length + paper.length + line.length) * 3);
    const at = this.used;
    let bytes: number;
    let afterBytes: number;
    let paperBytes: number;
    let lineBytes: number;
    // before ends with the language's cell and after with the ID number's; paper and line with digits or a comma.
    if (endsInHighSurrogate(s.language) || endsInHighSurrogate(s.idNumber)) {
      // Joined, a lone half of a surrogate pair could pair with the next part's: each part is written alone.
      const beforeBytes = this.buffer.write(before, at + HEADER_BYTES, 'utf8');
      afterBytes = this.buffer.write(after, at + HEADER_BYTES + beforeBytes, 'utf8');
      paperBytes = this.buffer.write(paper, at + HEADER_BYTES + beforeBytes + afterBytes, 'utf8');
      lineBytes = this.buffer.write(line, at + HEADER_BYTES + beforeBytes + afterBytes + paperBytes, 'utf8');
      bytes = beforeBytes + afterBytes + paperBytes + lineBytes;
    } else {
      // One write of the joined parts; the short ones are measured in JavaScript.
      bytes = this.buffer.write(before + after + paper + line, at + HEADER_BYTES, 'utf8');
      afterBytes = utf8Length(after);
      paperBytes = utf8Length(paper);
      lineBytes = utf8Length(line);
    }
    this.buffer[at] = ACCEPTED;
    this.buffer.writeUInt32LE(event.index, at + 1);
    this.buffer[at + 5] = s.anonymous ? 1 : 0;
    this.buffer.writeUInt32LE(this.lastSourceBytes + 1 + utf8Length(rowCell), at + 6);
    this.buffer.writeUInt32LE(bytes - afterBytes - paperBytes - lineBytes, at + 10);
    this.buffer.writeUInt32LE(afterBytes, at + 14);
    this.buffer.writeUInt32LE(paperBytes, at + 18);
    this.buffer.writeUInt32LE(lineBytes, at + 22);
    this.used = at + HEADER_BYTES + bytes;
  }

  /**
   * Every record, in order. `waitForRoom` is asked every so many records for a promise to await (an output
   * stream's 'drain'), so written lines do not pile up in memory.
   */
  async replay(visit: SpoolVisitor, waitForRoom: () => Promise<unknown> | null): Promise<void> {
    // A spool that never filled its buffer is read from memory: a small run writes no temporary file at all.
    const reader = this.size === 0 ? new ChunkReader(this.fd, this.used, this.buffer.subarray(0, this.used)) : (this.flush(), new ChunkReader(this.fd, this.size, undefined, this.chunkBytes));
    const accepted: SpooledAccepted = { index: 0, anonymous: false, bytes: this.buffer, start: 0, whereEnd: 0, beforeEnd: 0, afterEnd: 0, paperEnd: 0, lineEnd: 0 };
    const rejected: SpooledRejected = { bytes: this.buffer, start: 0, clustersEnd: 0, rejectsEnd: 0 };
    for (let records = 1; reader.more(); records++) {
      if (records % RECORDS_BETWEEN_WAITS === 0) await waitForRoom();
      if (reader.byte() === REJECTED) {
        const clustersBytes = reader.uint32();
        const rejectsBytes = reader.uint32();
        rejected.start = reader.take(clustersBytes + rejectsBytes);
        rejected.bytes = reader.bytes();
        rejected.clustersEnd = rejected.start + clustersBytes;
        rejected.rejectsEnd = rejected.clustersEnd + rejectsBytes;
        visit.rejected(rejected);
        continue;
      }
      accepted.index = reader.uint32();
      accepted.anonymous = reader.byte() === 1;
      const whereBytes = reader.uint32();
      const beforeBytes = reader.uint32();
      const afterBytes = reader.uint32();
      const paperBytes = reader.uint32();
      const lineBytes = reader.uint32();
      accepted.start = reader.take(beforeBytes + afterBytes + paperBytes + lineBytes);
      accepted.bytes = reader.bytes();
      accepted.whereEnd = accepted.start + whereBytes;
      accepted.beforeEnd = accepted.start + beforeBytes;
      accepted.afterEnd = accepted.beforeEnd + afterBytes;
      accepted.paperEnd = accepted.afterEnd + paperBytes;
      accepted.lineEnd = accepted.paperEnd + lineBytes;
      visit.accepted(accepted);
    }
  }

  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    removeTemporaryFolder(this.dir);
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

  /** Skips `length` bytes, made contiguous in bytes(): returns where they start there. */
  take(length: number): number {
    this.need(length);
    const at = this.start;
    this.start += length;
    return at;
  }

  /** The buffer the last take() points into (until the next read). */
  bytes(): Buffer {
    return this.buffer;
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
