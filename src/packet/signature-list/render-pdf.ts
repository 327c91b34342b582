// Streams page models into one PDF: one page in memory at a time, and the output stream's backpressure respected.
import PDFDocument from 'pdfkit';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { FontSet } from '../fonts/font-set.js';
import { TextDrawer } from '../fonts/text-drawer.js';
import { drawPage } from './draw-page.js';
import type { PageModel } from './page-model.js';

export interface RenderOptions {
  width: number;
  height: number;
  compress: boolean;
  info: { Title: string; Subject: string; CreationDate: Date };
}

/** What this module touches of a pdfkit page: its dictionary object (lib/page.js, lib/reference.js). */
export interface FinishedPage {
  dictionary: { data: object; offset?: number };
}

/**
 * pdfkit keeps every finished page's dictionary, and through it the page's content and resources objects, for the
 * page tree, which only needs their object numbers. Dropping the already-written data keeps memory flat however
 * many pages there are (about 1.7 KB a page otherwise: 40 MB for a million signers).
 */
export function forgetWrittenPage(page: FinishedPage | undefined): void {
  if (page && page.dictionary.offset !== undefined) page.dictionary.data = {};
}

/** Bytes gathered before one write to the output: pdfkit emits many tiny chunks, and each write costs a round trip. */
const BATCH_BYTES = 256 * 1024;

/**
 * Writes the pages into `out` and resolves when the last byte has been handed to it; `out` is not ended.
 * pdfkit pushes data without backpressure into its readable side, which only empties when someone reads. The
 * document is kept paused and read synchronously after every page, so at most a page and a batch are held in memory;
 * batches go to `out` in one write each, and the loop waits for `drain` whenever `out` asks for it.
 */
export async function renderPdf(pages: Iterable<PageModel> | AsyncIterable<PageModel>, out: Writable, fonts: FontSet, options: RenderOptions): Promise<Set<string>> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: false,
    compress: options.compress,
    size: [options.width, options.height],
    margin: 0,
    info: options.info,
  });
  let failure: unknown;
  const onError = (error: unknown) => { failure ??= error; };
  doc.on('error', onError);
  out.on('error', onError);
  let batch: Buffer[] = [];
  let batchBytes = 0;
  const take = () => {
    for (let chunk: Buffer | null; (chunk = doc.read() as Buffer | null) !== null;) {
      batch.push(chunk);
      batchBytes += chunk.length;
    }
  };
  const flush = async (force: boolean) => {
    if (batchBytes === 0 || (!force && batchBytes < BATCH_BYTES)) return;
    const data = batch.length === 1 ? batch[0] : Buffer.concat(batch, batchBytes);
    batch = [];
    batchBytes = 0;
    if (!out.write(data)) await once(out, 'drain');
    if (failure) throw failure;
  };
  try {
    const drawer = new TextDrawer(doc, fonts);
    const current = () => (doc as unknown as { page?: FinishedPage }).page;
    for await (const page of pages) {
      const previous = current();
      doc.addPage();
      if (previous !== current()) forgetWrittenPage(previous);
      drawPage(drawer, page);
      take();
      await flush(false);
    }
    const ended = once(doc, 'end');
    doc.end();
    take();
    doc.resume(); // lets the stream reach its end once nothing is left to read
    await ended;
    if (failure) throw failure;
    await flush(true);
    return drawer.missing;
  } finally {
    doc.off('error', onError);
    out.off('error', onError);
  }
}
