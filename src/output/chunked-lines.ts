// Output lines put together as UTF-8 bytes and handed to their stream 64 KB at a time: a stream write per line (two
// million of them for merged.csv and clusters.csv at a million rows) cost more than making the lines.
import type { Writable } from 'node:stream';

const CHUNK_BYTES = 1 << 16;

export class ChunkedLines {
  private chunk: Buffer;
  private used = 0;

  constructor(private readonly stream: Writable, private readonly chunkBytes = CHUNK_BYTES) {
    this.chunk = Buffer.allocUnsafe(chunkBytes);
  }

  /** Bytes copied as they are (UTF-8 already). */
  bytes(source: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    this.chunk.set(source.subarray(start, end), this.used);
    this.used += end - start;
  }

  /** Text known to be ASCII (separators, fixed words). */
  ascii(text: string): void {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.chunk[this.used++] = text.charCodeAt(i);
  }

  /** Any text, as UTF-8. */
  text(text: string): void {
    if (text === '') return;
    this.room(text.length * 3);
    this.used += this.chunk.write(text, this.used, 'utf8');
  }

  /** A non-negative integer in decimal, as String(n) writes it. */
  decimal(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0) {
      this.text(String(n));
      return;
    }
    let digits = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.room(digits);
    let at = this.used + digits;
    let rest = n;
    do {
      this.chunk[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
    this.used += digits;
  }

  /** Hands what was put together to the stream. */
  flush(): void {
    if (this.used === 0) return;
    this.stream.write(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(this.chunkBytes);
    this.used = 0;
  }

  private room(bytes: number): void {
    if (this.used + bytes <= this.chunk.length) return;
    this.flush();
    if (bytes > this.chunk.length) this.chunk = Buffer.allocUnsafe(bytes);
  }
}
