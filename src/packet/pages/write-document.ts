// Writes a PDF of packet parts (letter, summary, petition texts) in order, reproducibly: same input, same bytes.
import { forgetWrittenPage, type FinishedPage } from '../signature-list/render-pdf.js';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { FontSet } from '../fonts/font-set.js';
import { TextDrawer } from '../fonts/text-drawer.js';
import { drawPage } from './draw-pages.js';
import { layoutPart, partLanguage, type PacketPart } from './layout-part.js';
import { pageFrame } from './page-frame.js';
import { PdfDrain } from '../pdf-drain.js';
import { PDF_MAKER } from '../pdf-maker.js';

export type { PacketPart } from './layout-part.js';

export interface PageSetup {
  paper: 'A4' | 'Letter';
  orientation: 'portrait' | 'landscape';
  /** Written as the PDF's creation date; fixed (from the delivery) so rebuilding gives the same bytes. */
  creationDate: Date;
  title: string;
  compress?: boolean;
}

/**
 * Pages another module draws into the same document, after the parts before it
 * (the signature list in packet.pdf). `draw` adds its own pages and returns how many.
 */
export interface DrawnPart {
  kind: 'drawn';
  /** Draws its pages and returns how many; awaits `pageDone()` after each page so output can drain. */
  draw(doc: PDFKit.PDFDocument, drawer: TextDrawer, fonts: FontSet, pageDone: () => Promise<void>): Promise<number>;
}

/** Opens a pdfkit document whose bytes depend only on `setup` and what is drawn: no clock, no random IDs. */
function openDocument(setup: PageSetup, language?: string): PDFKit.PDFDocument {
  return new PDFDocument({
    autoFirstPage: false,
    bufferPages: false,
    compress: setup.compress ?? true,
    displayTitle: true,
    ...(language ? { lang: language } : {}),
    info: {
      Title: setup.title,
      ...PDF_MAKER,
      CreationDate: setup.creationDate,
      ModDate: setup.creationDate,
    },
  });
}

/**
 * Draws `parts` in order into one PDF written to `out`. Resolves when every byte has been handed to `out`;
 * `out` is not ended, so the caller (e.g. writeFileAtomic) decides when the file is complete.
 */
export async function writeDocument(parts: Array<PacketPart | DrawnPart>, setup: PageSetup, out: Writable): Promise<{ pages: number }> {
  const firstLanguage = parts.map((p) => (p.kind === 'drawn' ? undefined : partLanguage(p))).find(Boolean);
  const doc = openDocument(setup, firstLanguage);
  const drain = new PdfDrain(doc, out);
  try {
    const fonts = FontSet.load();
    const drawer = new TextDrawer(doc, fonts);
    const frame = pageFrame({ paper: setup.paper, orientation: setup.orientation });
    // Drop each written page's objects, as the list's own renderer does: pdfkit keeps them all otherwise.
    let lastPage: FinishedPage | undefined;
    const pageDone = async () => {
      const current = (doc as unknown as { page?: FinishedPage }).page;
      if (lastPage !== current) forgetWrittenPage(lastPage);
      lastPage = current;
      await drain.pageDone();
    };
    let pages = 0;
    for (const part of parts) {
      if (part.kind === 'drawn') {
        pages += await part.draw(doc, drawer, fonts, pageDone);
        continue;
      }
      for (const page of layoutPart(part, frame, drawer)) {
        drawPage(doc, drawer, page, frame);
        pages += 1;
        await pageDone();
      }
    }
    await drain.end();
    return { pages };
  } finally {
    drain.release();
  }
}
