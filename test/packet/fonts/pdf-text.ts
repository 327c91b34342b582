// Test helpers: collect a PDF written to a stream, and read it back the way a reader would (pdfjs, no system tools).
import { Writable } from 'node:stream';
import { extractPdfSync } from '../../helpers/extract-pdf-sync.js';

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

/** Text of a PDF, one line per printed line and a \f after each page (as pdftotext gives it), bidi control marks removed. */
export function pdfText(pdf: Buffer): string {
  return extractPdfSync(pdf, 'text').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '');
}

export function pdfPageCount(pdf: Buffer): number {
  return Number(extractPdfSync(pdf, 'pages'));
}

/** Every glyph id drawn with Tj in an uncompressed PDF: 0 would be .notdef, a box. */
export function drawnGlyphIds(pdf: Buffer): number[] {
  const ids: number[] = [];
  for (const match of pdf.toString('latin1').matchAll(/<([0-9a-f]+)> Tj/gu)) {
    for (let i = 0; i < match[1].length; i += 4) ids.push(parseInt(match[1].slice(i, i + 4), 16));
  }
  return ids;
}
