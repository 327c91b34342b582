// Streams page models into one PDF: one page in memory at a time, and the output stream's backpressure respected.
import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import type { FontSet } from '../fonts/font-set.js';
import { TextDrawer } from '../fonts/text-drawer.js';
import { drawPage } from './draw-page.js';
import { PdfDrain } from '../pdf-drain.js';
import type { PageModel } from './page-model.js';
import { PDF_MAKER } from '../pdf-maker.js';

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

/**
 * Writes the pages into `out` and resolves when the last byte has been handed to it; `out` is not ended. At most a
 * page and a batch of output are held in memory (see PdfDrain).
 */
export async function renderPdf(pages: Iterable<PageModel> | AsyncIterable<PageModel>, out: Writable, fonts: FontSet, options: RenderOptions): Promise<Set<string>> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: false,
    compress: options.compress,
    size: [options.width, options.height],
    margin: 0,
    // pdfkit would name itself as the Producer; every PDF of a packet names the tool.
    info: { ...PDF_MAKER, ...options.info, ModDate: options.info.CreationDate },
  });
  const drain = new PdfDrain(doc, out);
  try {
    const drawer = new TextDrawer(doc, fonts);
    const current = () => (doc as unknown as { page?: FinishedPage }).page;
    for await (const page of pages) {
      const previous = current();
      doc.addPage();
      if (previous !== current()) forgetWrittenPage(previous);
      drawPage(drawer, page);
      await drain.pageDone();
    }
    await drain.end();
    return drawer.missing;
  } finally {
    drain.release();
  }
}
