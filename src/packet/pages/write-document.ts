// Writes a PDF of packet parts (letter, summary, petition texts) in order, reproducibly: same input, same bytes.
import { counted } from '../../text/counted.js';
import { forgetWrittenPage, type FinishedPage } from '../signature-list/render-pdf.js';
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { FontSet } from '../fonts/font-set.js';
import { TextDrawer } from '../fonts/text-drawer.js';
import { drawPage } from './draw-pages.js';
import { layoutPart, partLanguage, partTitle, type PacketPart } from './layout-part.js';
import { layoutContents, layoutCoverPage, type PacketCover } from './layout-cover.js';
import { localeFormat } from './locale-format.js';
import { fillWords, hasPacketWords, pageLabel, packetWords } from './packet-words.js';
import type { PageFrame, PageModel, TextMeasure } from './document-model.js';
import type { PageNumbering } from '../signature-list/list-layout.js';
import { pageFrame } from './page-frame.js';
import { PdfDrain } from '../pdf-drain.js';
import { PDF_MAKER } from '../pdf-maker.js';

export type { PacketPart } from './layout-part.js';
export type { PacketCover } from './layout-cover.js';

export interface PageSetup {
  paper: 'A4' | 'Letter';
  orientation: 'portrait' | 'landscape';
  /** Written as the PDF's creation date; fixed (from the delivery) so rebuilding gives the same bytes. */
  creationDate: Date;
  title: string;
  compress?: boolean;
  /** The packet fingerprint, printed labelled at the foot of every page, so each sheet can be checked on its own. */
  fingerprint?: string;
  /**
   * The packet's main language: page numbers, the cover and the contents are in it. A letter numbered on its own
   * (letter.pdf) takes its own language.
   */
  language?: string;
}

/**
 * Pages another module draws into the same document, after the parts before it (the signature list in packet.pdf).
 * `plan` is awaited for every drawn part before the first page of the document is drawn, so every page number in the
 * document is known up front. `draw` adds its own pages, prints `numbering` in its footers (its page n is page
 * n + offset of total) and returns how many pages it drew, which must be the number `plan` gave.
 */
export interface DrawnPart {
  kind: 'drawn';
  /** Its line in the contents and the PDF's bookmarks. */
  title: string;
  /** Lays the part out with the document's fonts (its rows may need measuring) and says how many pages it will draw. */
  plan(fonts: FontSet): Promise<number>;
  /** Bookmarks under the part's own, known once it is planned: the 0-based page of the part each opens (a split list's volumes). */
  sections?(): Array<{ page: number; title: string }>;
  /** Awaits `pageDone()` after each page so output can drain. */
  draw(doc: PDFKit.PDFDocument, drawer: TextDrawer, fonts: FontSet, pageDone: () => Promise<void>, numbering: PageNumbering): Promise<number>;
}

export interface DocumentOptions {
  /**
   * packet.pdf: a cover and contents first, and one page sequence through every part. Without it each letter is
   * numbered on its own (it goes to its own reader) and the other parts through the file.
   */
  cover?: PacketCover;
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

/** A part laid out (or, for a drawn part, counted) before anything is drawn, with where its pages fall. */
interface PlacedPart {
  part: PacketPart | DrawnPart;
  title: string;
  models?: PageModel[];
  pages: number;
  /** Its first page in the document, 1-based. */
  first: number;
  /** The number printed on its page i is `numberBase + i + 1` of `numberTotal`, in `numberLanguage`. */
  numberBase: number;
  numberTotal: number;
  numberLanguage?: string;
}

function placeParts(
  parts: Array<PacketPart | DrawnPart>, drawnPages: ReadonlyMap<DrawnPart, number>, frame: PageFrame, measure: TextMeasure, frontPages: number, running: boolean, language?: string,
): PlacedPart[] {
  const placed: PlacedPart[] = [];
  let next = frontPages + 1;
  for (const part of parts) {
    const models = part.kind === 'drawn' ? undefined : layoutPart(part, frame, measure);
    const pages = models ? models.length : drawnPages.get(part as DrawnPart) ?? 0;
    // Each part's footer ("Página 4 de 10 · Huella del paquete …") speaks the part's language, in any sequence; a
    // language without packet words here (a Japanese petition text in a Korean packet) takes the packet's, not English.
    const own = part.kind === 'drawn' ? undefined : partLanguage(part);
    const numberLanguage = own && hasPacketWords(own) ? own : language;
    placed.push({ part, title: partTitle(part, language), models, pages, first: next, numberBase: next - 1, numberTotal: 0, numberLanguage });
    next += pages;
  }
  // A letter alone goes to its own reader: numbered on its own, unless the document is one running sequence.
  const ownNumbers = (entry: PlacedPart) => !running && entry.part.kind === 'letter';
  const shared = placed.filter((entry) => !ownNumbers(entry)).reduce((sum, entry) => sum + entry.pages, running ? frontPages : 0);
  let base = running ? frontPages : 0;
  for (const entry of placed) {
    if (ownNumbers(entry)) {
      entry.numberBase = 0;
      entry.numberTotal = entry.pages;
    } else {
      entry.numberBase = base;
      entry.numberTotal = shared;
      base += entry.pages;
    }
  }
  return placed;
}

/** "Page 3 of 12" at the foot of a page, in the one style of every part: loose sheets can be put back in order. */
function stampPageNumber(page: PageModel, frame: PageFrame, number: number, total: number, language: string | undefined): void {
  page.items.push({
    kind: 'text', x: frame.left, y: frame.bottom + 22, width: frame.right - frame.left, align: 'center',
    text: pageLabel(language, number, total, localeFormat(language).number), size: 9, color: '#555555',
  });
}

/**
 * Draws `parts` in order into one PDF written to `out`, every page numbered and every part bookmarked. Resolves when
 * every byte has been handed to `out`; `out` is not ended, so the caller (e.g. writeFileAtomic) decides when the file
 * is complete.
 */
export async function writeDocument(parts: Array<PacketPart | DrawnPart>, setup: PageSetup, out: Writable, options: DocumentOptions = {}): Promise<{ pages: number }> {
  const firstLanguage = parts.map((p) => (p.kind === 'drawn' ? undefined : partLanguage(p))).find(Boolean);
  const doc = openDocument(setup, firstLanguage);
  const drain = new PdfDrain(doc, out);
  try {
    const fonts = FontSet.load();
    const drawer = new TextDrawer(doc, fonts);
    const frame = pageFrame({ paper: setup.paper, orientation: setup.orientation });
    const running = options.cover !== undefined;
    // The contents' length does not depend on its page numbers: count its pages first, then lay it out for real.
    const { language } = setup;
    const contentsPages = running ? layoutContents(parts.map((part) => ({ title: partTitle(part, language), page: 0 })), frame, drawer, language).length : 0;
    const frontPages = running ? 1 + contentsPages : 0;
    const drawnPages = new Map<DrawnPart, number>();
    for (const part of parts) if (part.kind === 'drawn') drawnPages.set(part, await part.plan(fonts));
    const placed = placeParts(parts, drawnPages, frame, drawer, frontPages, running, language);
    const total = frontPages + placed.reduce((sum, p) => sum + p.pages, 0);
    const front: Array<{ title: string; models: PageModel[] }> = [];
    if (options.cover) {
      front.push({ title: options.cover.title, models: [layoutCoverPage({ language, ...options.cover }, frame, drawer)] });
      front.push({ title: packetWords(language).contents, models: layoutContents(placed.map((p) => ({ title: p.title, page: p.first })), frame, drawer, language) });
    }

    // Drop each written page's objects, as the list's own renderer does: pdfkit keeps them all otherwise.
    let lastPage: FinishedPage | undefined;
    const pageDone = async () => {
      const current = (doc as unknown as { page?: FinishedPage }).page;
      if (lastPage !== current) forgetWrittenPage(lastPage);
      lastPage = current;
      await drain.pageDone();
    };
    let pages = 0;
    const drawModels = async (title: string, models: PageModel[], numberBase: number, numberTotal: number, numberLanguage = language) => {
      for (const [index, page] of models.entries()) {
        stampPageNumber(page, frame, numberBase + index + 1, numberTotal, numberLanguage);
        drawPage(doc, drawer, page, frame);
        if (setup.fingerprint) drawStamp(drawer, fillWords(packetWords(numberLanguage).packetFingerprint, { code: setup.fingerprint }), frame);
        if (index === 0) doc.outline.addItem(title);
        pages += 1;
        await pageDone();
      }
    };
    let frontNumber = 0;
    for (const { title, models } of front) {
      await drawModels(title, models, frontNumber, total);
      frontNumber += models.length;
    }
    for (const entry of placed) {
      const { part } = entry;
      if (part.kind !== 'drawn') {
        await drawModels(entry.title, entry.models ?? [], entry.numberBase, entry.numberTotal, entry.numberLanguage);
        continue;
      }
      const sections = new Map((part.sections?.() ?? []).map((section) => [section.page, section.title]));
      let index = 0;
      let bookmark: PDFKit.PDFOutline | undefined;
      const drawn = await part.draw(doc, drawer, fonts, async () => {
        bookmark ??= doc.outline.addItem(entry.title);
        const section = sections.get(index++);
        if (section !== undefined) bookmark.addItem(section);
        await pageDone();
      }, { offset: entry.numberBase, total: entry.numberTotal });
      if (drawn !== entry.pages) throw new Error(`${entry.title}: ${counted(drawn, 'page')} drawn, ${counted(entry.pages, 'page')} planned`);
      pages += drawn;
    }
    await drain.end();
    return { pages };
  } finally {
    drain.release();
  }
}

/**
 * Draws pages already laid out (a poster) into one PDF of pages of `size`, with no page numbers or stamp, reproducibly
 * like every other document here.
 */
export async function writePageModels(
  models: PageModel[], size: { width: number; height: number }, info: Pick<PageSetup, 'title' | 'creationDate' | 'compress'> & { language?: string }, out: Writable,
): Promise<{ pages: number }> {
  const doc = openDocument({ ...info, paper: 'A4', orientation: 'portrait' }, info.language);
  const drain = new PdfDrain(doc, out);
  try {
    const drawer = new TextDrawer(doc, FontSet.load());
    const frame: PageFrame = { width: size.width, height: size.height, left: 0, right: size.width, top: 0, bottom: size.height };
    for (const model of models) {
      drawPage(doc, drawer, model, frame);
      await drain.pageDone();
    }
    await drain.end();
    return { pages: models.length };
  } finally {
    drain.release();
  }
}

/** The stamp sits in the bottom margin, right-aligned in small grey type, clear of the page's own content. */
function drawStamp(drawer: TextDrawer, stamp: string, frame: PageFrame): void {
  const y = frame.bottom + (frame.height - frame.bottom) * 0.45;
  drawer.draw(stamp, frame.left, y, { size: 7, width: frame.right - frame.left, align: 'right', color: '#6b7280' });
}
