// Reads back a PDF file the way a person would: its text, page count and document info (pdfjs, no system tools).
import { createWriteStream, readFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { extractPdfSync } from '../../helpers/extract-pdf-sync.js';

/** Text of the whole file, or of one page: lines as printed, a \f after each page (as pdftotext gives it). */
export function pdfText(path: string, page?: number): string {
  return extractPdfSync(readFileSync(path), 'text', page === undefined ? undefined : { first: page, last: page });
}

export function pdfPages(path: string): number {
  return Number(extractPdfSync(readFileSync(path), 'pages'));
}

/** pdfinfo-style "Field:   value" lines: Title, Subject, Author, Creator, Producer, CreationDate, ModDate, Pages, Page size. */
export function pdfInfo(path: string): string {
  return extractPdfSync(readFileSync(path), 'info');
}

/** Runs `fill` into a new file and waits until the file is complete. */
export async function intoFile<T>(path: string, fill: (out: Writable) => Promise<T>): Promise<T> {
  const out = createWriteStream(path);
  const result = await fill(out);
  out.end();
  await finished(out);
  return result;
}
