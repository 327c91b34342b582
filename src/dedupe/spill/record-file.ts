// Fixed-width int32 records in a private temporary folder: what the exact matcher keeps on disk beyond its memory budget.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makeTemporaryFolder, removeTemporaryFolder } from '../../output/temporary-paths.js';
import { writeFailure } from '../../output/atomic-write.js';

/** Bytes buffered (and read) at a time by default; small, since a run keeps dozens of partitions open for writing. */
const BUFFER_BYTES = 16 * 1024;

/**
 * Records of `width` int32s, appended in order and read back in order, chunk by chunk.
 * Appends are buffered; nothing is read until finishWriting().
 */
export class RecordFile {
  private fd: number;
  /** Where reserve()d records are written. */
  readonly buffer: Int32Array;
  private buffered = 0;
  private written = 0;
  private writing = true;

  constructor(private readonly path: string, readonly width: number, bufferBytes = BUFFER_BYTES) {
    this.fd = openSync(path, 'wx+', 0o600);
    const records = Math.max(1, Math.floor(bufferBytes / 4 / width));
    this.buffer = new Int32Array(records * width);
  }

  /** Records appended so far. */
  get length(): number {
    return this.written + this.buffered / this.width;
  }

  /** Reserves the next record: write its `width` ints at buffer[at…] before the next call. Returns at. */
  reserve(): number {
    if (this.buffered === this.buffer.length) this.flush();
    const at = this.buffered;
    this.buffered += this.width;
    return at;
  }

  finishWriting(): void {
    if (!this.writing) return;
    this.flush();
    this.writing = false;
  }

  /**
   * Calls `visit` with consecutive chunks of records: chunk[0…count*width) holds records first…first+count-1.
   * The chunk is reused between calls.
   */
  forEachChunk(visit: (chunk: Int32Array, count: number, first: number) => void): void {
    this.finishWriting();
    const chunk = this.buffer;
    const recordBytes = this.width * 4;
    const bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let first = 0;
    while (first < this.written) {
      const count = Math.min(this.written - first, chunk.length / this.width);
      readFully(this.fd, bytes, count * recordBytes, first * recordBytes);
      visit(chunk, count, first);
      first += count;
    }
  }

  /**
   * Every record (for a partition or batch that fits in memory), read into `reuse` when it is big enough, else
   * into a new array with a quarter to spare, so the next file of about this size fits as well. Returns the array
   * read into (the records are at its start) and how many ints they take.
   */
  readAll(reuse?: Int32Array): { array: Int32Array; ints: number } {
    this.finishWriting();
    const ints = this.written * this.width;
    const array = reuse && reuse.length >= ints ? reuse : new Int32Array(Math.ceil(ints * 1.25));
    readFully(this.fd, new Uint8Array(array.buffer, array.byteOffset, ints * 4), ints * 4, 0);
    return { array, ints };
  }

  close(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    rmSync(this.path, { force: true });
  }

  private flush(): void {
    if (!this.writing) throw new Error('RecordFile: append after finishWriting');
    const bytes = new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.buffered * 4);
    let done = 0;
    try {
      while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.written * this.width * 4 + done);
    } catch (error) {
      // The temporary folder's disk is full: named, since a write error carries no path.
      throw writeFailure(this.path, error);
    }
    this.written += this.buffered / this.width;
    this.buffered = 0;
  }
}

function readFully(fd: number, into: Uint8Array, length: number, position: number): void {
  let done = 0;
  while (done < length) {
    const got = readSync(fd, into, done, length - done, position + done);
    if (got === 0) throw new Error('RecordFile: file ended early');
    done += got;
  }
}

/** A private temporary folder of record files, made when the first is created and removed whole by close(). */
export class SpillFolder {
  private dir: string | null = null;
  private readonly files: RecordFile[] = [];

  /** The folder, once a file was created in it. */
  get path(): string | null {
    return this.dir;
  }

  create(width: number, bufferBytes?: number): RecordFile {
    this.dir ??= makeTemporaryFolder('petition-match-');
    const file = new RecordFile(join(this.dir, `${this.files.length}.bin`), width, bufferBytes);
    this.files.push(file);
    return file;
  }

  close(): void {
    for (const file of this.files) file.close();
    if (this.dir) removeTemporaryFolder(this.dir);
  }
}
