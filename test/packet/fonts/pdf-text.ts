// Test helpers: collect a PDF written to a stream, and read it back the way a reader would (poppler's pdftotext).
import { execFileSync } from 'node:child_process';
import { Writable } from 'node:stream';

export class MemoryOut extends Writable {
  readonly chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    done();
  }
  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Text of a PDF via pdftotext (poppler-utils), bidi control marks removed. */
export function pdfText(pdf: Buffer, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, '-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '');
}

export function pdfPageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
  return Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1]);
}

/** Every glyph id drawn with Tj in an uncompressed PDF: 0 would be .notdef, a box. */
export function drawnGlyphIds(pdf: Buffer): number[] {
  const ids: number[] = [];
  for (const match of pdf.toString('latin1').matchAll(/<([0-9a-f]+)> Tj/gu)) {
    for (let i = 0; i < match[1].length; i += 4) ids.push(parseInt(match[1].slice(i, i + 4), 16));
  }
  return ids;
}
