// Pulls bytes a chunk at a time, decodes and splits them into a batch, and hands records out of the batch.
import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import type { DecodedRecord } from '../types.js';
import type { DecodingCheck } from './decoding-check.js';
import type { RecordSplitter } from './split-records.js';

type Decoder = Pick<ReturnType<typeof iconv.getDecoder>, 'write' | 'end'>;

export interface RecordIteratorParts {
  open: () => Readable;
  encoding: string;
  /** Decodes the input where iconv-lite's decoder of `encoding` would not read its start right (utf8-head.ts). */
  decoder?: () => Decoder;
  splitter: RecordSplitter;
  /** Numbers the records of a fresh batch (and marks repeated headers), in place. */
  label: (batch: DecodedRecord[], from: number) => void;
  /** Wraps a read error for the user. */
  wrapError: (error: unknown) => Error;
  /** Told of every decoded chunk, to report bytes that did not decode cleanly (first read only). */
  decoding?: DecodingCheck;
  /** Told of every decoded chunk on every read, before its records are made: throws to refuse the file from there. */
  refuse?: (text: string, lineAt: (offset: number) => number) => void;
}

/**
 * An async iterator that awaits only when its batch is empty, so a million records cost a few thousand awaits
 * on the stream, not a million. Nothing is read before the first `next()`; `return()` (a `break`) closes the stream.
 */
export class RecordIterator implements AsyncIterator<DecodedRecord> {
  private batch: DecodedRecord[] = [];
  private index = 0;
  private stream: Readable | undefined;
  private chunks: AsyncIterator<Buffer | string> | undefined;
  private decoder: Decoder | undefined;
  private finished = false;
  /** Reading the input again after a quote left open: its bytes were checked the first time. */
  private rereading = false;

  constructor(private readonly parts: RecordIteratorParts) {}

  next(): Promise<IteratorResult<DecodedRecord>> {
    if (this.index < this.batch.length) return Promise.resolve({ value: this.batch[this.index++], done: false });
    return this.refill();
  }

  return(): Promise<IteratorResult<DecodedRecord>> {
    this.finished = true;
    this.batch = [];
    this.stream?.destroy();
    return Promise.resolve({ value: undefined, done: true });
  }

  /** A quote left open far back: the splitter reads the input again from its start, up to where it must go on. */
  private readAgain(): void {
    try {
      this.parts.splitter.restart();
    } catch (error) {
      this.finished = true;
      throw this.parts.wrapError(error);
    }
    this.stream?.destroy();
    this.stream = undefined;
    this.chunks = undefined;
    this.finished = false;
    this.rereading = true;
  }

  private async refill(): Promise<IteratorResult<DecodedRecord>> {
    const { parts } = this;
    const batch: DecodedRecord[] = [];
    this.batch = batch;
    this.index = 0;
    while (batch.length === 0) {
      if (this.finished) return { value: undefined, done: true };
      if (this.chunks === undefined) {
        this.stream = parts.open();
        this.chunks = this.stream[Symbol.asyncIterator]();
        this.decoder = parts.decoder?.() ?? iconv.getDecoder(parts.encoding);
      }
      const decoder = this.decoder!;
      let chunk: IteratorResult<Buffer | string>;
      try {
        chunk = await this.chunks.next();
      } catch (error) {
        this.finished = true;
        throw parts.wrapError(error);
      }
      const before = batch.length;
      const { splitter } = parts;
      const decoding = this.rereading ? undefined : parts.decoding;
      const refuse = (text: string): void => {
        try {
          parts.refuse?.(text, (offset) => splitter.lineAt(text, offset));
        } catch (error) {
          this.finished = true;
          this.stream?.destroy();
          throw parts.wrapError(error);
        }
      };
      if (chunk.done) {
        const tail = decoder.end();
        if (tail) {
          refuse(tail);
          decoding?.check(Buffer.alloc(0), tail, (offset) => splitter.lineAt(tail, offset));
          splitter.push(tail, batch);
        }
        decoding?.end(splitter.lineAt('', 0));
        splitter.end(batch);
        this.finished = true;
      } else {
        const bytes = typeof chunk.value === 'string' ? Buffer.from(chunk.value) : chunk.value;
        const text = decoder.write(bytes);
        refuse(text);
        decoding?.check(bytes, text, (offset) => splitter.lineAt(text, offset));
        if (text) splitter.push(text, batch);
      }
      parts.label(batch, before);
      if (splitter.rewindTo !== undefined) this.readAgain();
    }
    return { value: batch[this.index++], done: false };
  }
}
