// A date cell stored as ISO 8601 text (`<c t="d"><v>2025-11-02T10:00:00</v></c>`, allowed by ECMA-376 and written by
// openpyxl's iso_dates, Excel Strict and others) as the date text a person sees. exceljs reads any unknown cell type
// as a number, so "2025-11-02" became day 2025 (17 July 1905). This rewrites such a cell, before exceljs parses it,
// to a text cell holding "2025-11-02 10:00:00", the form serial dates are given in (excel-date.ts).
import { StringDecoder } from 'node:string_decoder';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';

const ISO_DATE_CELL = /<c\b([^>]*?)\st="d"([^>]*)>(\s*)<v>([^<]*)<\/v>/g;

/** "2025-11-02T10:00:00.000Z" → "2025-11-02 10:00:00"; a date alone stays as it is. */
export function isoCellText(value: string): string {
  const [day, time] = value.trim().split('T');
  if (time === undefined) return day;
  const clock = time.replace(/(?:Z|[+-]\d{2}:?\d{2})$/, '').replace(/\.\d+$/, '');
  return clock === '00:00:00' || clock === '' ? day : `${day} ${clock}`;
}

export function rewriteIsoDateCells(xml: string): string {
  return xml.replace(ISO_DATE_CELL, (_cell, before: string, after: string, space: string, value: string) => `<c${before} t="str"${after}>${space}<v>${isoCellText(value)}</v>`);
}

class IsoDateCells extends Transform {
  private readonly decoder = new StringDecoder('utf8');
  private pending = '';

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending += this.decoder.write(chunk);
    // A cell cut by the chunk's end waits for the next chunk, so it is rewritten whole.
    const cell = this.pending.lastIndexOf('<c');
    const tag = this.pending.lastIndexOf('<');
    const cut = cell !== -1 && !this.pending.includes('</c>', cell) ? cell : tag > this.pending.lastIndexOf('>') ? tag : this.pending.length;
    const ready = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut);
    done(null, ready === '' ? undefined : rewriteIsoDateCells(ready));
  }

  override _flush(done: TransformCallback): void {
    const rest = this.pending + this.decoder.end();
    this.pending = '';
    done(null, rest === '' ? undefined : rewriteIsoDateCells(rest));
  }
}

/** A sheet part's stream with its ISO date cells as text; an error of the part ends the stream with it. */
export function withIsoDateCells(part: Readable): Readable {
  return pipeline(part, new IsoDateCells(), () => undefined);
}
