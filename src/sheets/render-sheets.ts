// Draws signature sheets to print: one page per sheet ID, with the petition's summary, the target, numbered lines
// sized for handwriting in the sheet's script, a privacy notice with the anonymity box, and a footer carrying the
// sheet ID as text and as a QR code. Uses the packet's fonts, paper sizes and PDF plumbing.
import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { FontSet } from '../packet/fonts/font-set.js';
import { TextDrawer } from '../packet/fonts/text-drawer.js';
import { paperSize, type Paper } from '../packet/paper.js';
import { PdfDrain } from '../packet/pdf-drain.js';
import { fill, privacyNotice, SHEET_LABELS, type SheetLabels } from './sheet-labels.js';

export type SheetColumn = 'name' | 'city' | 'country' | 'email';

export interface SheetContent {
  language: string;
  title: string;
  summary: string;
  target: string;
  /** Every target the campaign may deliver the list to, as the privacy notice names them. */
  noticeTargets: string;
  /** Some delivery of the campaign publishes the list (privacy: public): the notice must say so. */
  published: boolean;
  organizer: string;
  contact: string;
  /** The online petition, printed as the pointer to the full text and put in the QR code. */
  url?: string;
  columns: SheetColumn[];
  lines: number;
  paper: Paper;
  ids: string[];
  /** Sheet number of the first ID within its batch, and the batch's size ("sheet 12 of 50"). */
  firstNumber: number;
  batchSize: number;
  creationDate: Date;
}

const MARGIN = 36;
/** Handwriting needs taller lines in Hangul, Han and kana than in Latin script. */
const LINE_HEIGHT: Record<string, number> = { ko: 30, ja: 30, zh: 30 };
const LATIN_LINE_HEIGHT = 26;
const COLUMN_SHARE: Record<'line' | SheetColumn | 'anonymous' | 'signature', number> = { line: 0.05, name: 0.25, city: 0.14, country: 0.11, email: 0.2, anonymous: 0.08, signature: 0.17 };
const QR_SIZE = 64;
/** The column headers are as large as the line numbers: a header too long for its column wraps, never shrinks. */
const HEADER_SIZE = 9;
const HEADER_PADDING = 5;

export function labelsFor(language: string): SheetLabels {
  const labels = SHEET_LABELS[language];
  if (!labels) throw new Error(`no sheet labels for ${language}`);
  return labels;
}

/** The text the QR code holds: the sheet ID, then the petition's URL when there is one. */
export function qrText(id: string, url: string | undefined): string {
  return url ? `${id} ${url}` : id;
}

/** How many numbered lines fit one sheet of this paper in this language. */
export function linesPerSheet(paper: Paper, language: string): number {
  const [, height] = paperSize(paper, 'portrait');
  const rowHeight = LINE_HEIGHT[language] ?? LATIN_LINE_HEIGHT;
  // Head (title, target, summary), privacy notice and footer take about 280 points.
  return Math.max(5, Math.floor((height - 2 * MARGIN - 280) / rowHeight));
}

/**
 * The planned lines, or fewer when the head (a long title, the summary) and the privacy notice leave less room: a
 * line never runs into the notice or the footer. Every sheet of a batch has the same head, so one answer serves all.
 */
export function fittingLines(drawer: TextDrawer, c: SheetContent, labels: SheetLabels): number {
  const [pageWidth, pageHeight] = paperSize(c.paper, 'portrait');
  const width = pageWidth - 2 * MARGIN;
  const names = { target: c.noticeTargets, organizer: c.organizer, contact: c.contact, url: c.url ?? '' };
  const height = (text: string, size: number, bold: boolean, gap: number, within = width) => drawer.wrap(text, within, size, bold).length * drawer.lineHeight(size) + gap;
  const head = height(c.title, 16, true, 4) + height(fill(labels.to, names), 11, true, 6) + height(c.summary, 9.5, false, 4)
    + height(c.url ? fill(labels.fullText, names) : fill(labels.fullTextFromOrganizer, names), 9, false, 8);
  const notice = 8 + height(labels.privacyTitle, 9, true, 1) + height(privacyNotice(labels, c.columns, c.language, names, c.published), 7.5, false, 2) + height(labels.anonymousBox, 7.5, true, 0, width - 11);
  const room = pageHeight - MARGIN - QR_SIZE - 6 - MARGIN - head - tableHeader(drawer, c, labels, width).height - notice;
  return Math.max(1, Math.min(c.lines, Math.floor(room / (LINE_HEIGHT[c.language] ?? LATIN_LINE_HEIGHT))));
}

export async function renderSheets(content: SheetContent, out: Writable): Promise<{ pages: number; lines: number }> {
  const doc = new PDFDocument({
    autoFirstPage: false, compress: true, lang: content.language, displayTitle: true,
    info: { Title: content.title, Creator: 'petition-courier', Producer: 'petition-courier', CreationDate: content.creationDate, ModDate: content.creationDate },
  });
  const drain = new PdfDrain(doc, out);
  try {
    const drawer = new TextDrawer(doc, FontSet.load());
    const labels = labelsFor(content.language);
    const fitted = { ...content, lines: fittingLines(drawer, content, labels) };
    for (const [i, id] of content.ids.entries()) {
      doc.addPage({ size: paperSize(content.paper, 'portrait'), margin: 0 });
      await drawSheet(doc, drawer, fitted, labels, id, content.firstNumber + i);
      await drain.pageDone();
    }
    await drain.end();
    return { pages: content.ids.length, lines: fitted.lines };
  } finally {
    drain.release();
  }
}

async function drawSheet(doc: PDFKit.PDFDocument, drawer: TextDrawer, c: SheetContent, labels: SheetLabels, id: string, number: number): Promise<void> {
  const [pageWidth, pageHeight] = paperSize(c.paper, 'portrait');
  const width = pageWidth - 2 * MARGIN;
  const names = { target: c.noticeTargets, organizer: c.organizer, contact: c.contact, url: c.url ?? '' };
  let y = MARGIN;
  const paragraph = (text: string, size: number, bold = false, gap = 4): void => {
    for (const line of drawer.wrap(text, width, size, bold)) {
      drawer.draw(line, MARGIN, y, { size, bold, width });
      y += drawer.lineHeight(size);
    }
    y += gap;
  };
  paragraph(c.title, 16, true);
  paragraph(fill(labels.to, names), 11, true, 6);
  paragraph(c.summary, 9.5);
  paragraph(c.url ? fill(labels.fullText, names) : fill(labels.fullTextFromOrganizer, names), 9, false, 8);

  // The table: header row, then numbered lines.
  const { keys, widths, lines: headerLines, height: headerHeight } = tableHeader(drawer, c, labels, width);
  const rowHeight = LINE_HEIGHT[c.language] ?? LATIN_LINE_HEIGHT;
  doc.lineWidth(0.6).strokeColor('#444444');
  let x = MARGIN;
  for (const [i] of keys.entries()) {
    doc.rect(x, y, widths[i], headerHeight).stroke();
    headerLines[i].forEach((line, n) => drawer.draw(line, x + 3, y + HEADER_PADDING + n * drawer.lineHeight(HEADER_SIZE), { size: HEADER_SIZE, bold: true, width: widths[i] - 6 }));
    x += widths[i];
  }
  y += headerHeight;
  for (let line = 1; line <= c.lines; line++) {
    x = MARGIN;
    for (const [i, key] of keys.entries()) {
      doc.rect(x, y, widths[i], rowHeight).stroke();
      if (key === 'line') drawer.draw(String(line), x, y + rowHeight / 2 - 5, { size: 9, width: widths[i], align: 'center' });
      if (key === 'anonymous') doc.rect(x + widths[i] / 2 - 5, y + rowHeight / 2 - 5, 10, 10).stroke();
      x += widths[i];
    }
    y += rowHeight;
  }
  y += 8;

  // Privacy notice, then the footer with the ID and its QR code.
  paragraph(labels.privacyTitle, 9, true, 1);
  paragraph(privacyNotice(labels, c.columns, c.language, names, c.published), 7.5, false, 2);
  doc.rect(MARGIN, y + 1, 7, 7).stroke();
  const indent = MARGIN + 11;
  for (const line of drawer.wrap(labels.anonymousBox, width - 11, 7.5, true)) {
    drawer.draw(line, indent, y, { size: 7.5, bold: true, width: width - 11 });
    y += drawer.lineHeight(7.5);
  }

  const footerTop = pageHeight - MARGIN - QR_SIZE;
  drawQr(doc, qrText(id, c.url), pageWidth - MARGIN - QR_SIZE, footerTop, QR_SIZE);
  drawer.draw(`${labels.sheetId}: ${id}`, MARGIN, footerTop + 18, { size: 12, bold: true });
  drawer.draw(fill(labels.sheetOf, { n: number, total: c.batchSize }), MARGIN, footerTop + 38, { size: 10 });
  if (c.url) drawer.draw(c.url, MARGIN, footerTop + 54, { size: 8, color: '#444444', width: width - QR_SIZE - 12 });
}

/** The table's columns, their widths, each header wrapped to its column, and the header row's height. */
function tableHeader(drawer: TextDrawer, c: SheetContent, labels: SheetLabels, width: number) {
  const keys = ['line', ...c.columns, 'anonymous', 'signature'] as const;
  const share = keys.reduce((sum, k) => sum + COLUMN_SHARE[k], 0);
  const widths = keys.map((k) => (COLUMN_SHARE[k] / share) * width);
  const lines = keys.map((k, i) => drawer.wrap(labels.columns[k], widths[i] - 6, HEADER_SIZE, true));
  const height = Math.max(...lines.map((l) => l.length)) * drawer.lineHeight(HEADER_SIZE) + 2 * HEADER_PADDING;
  return { keys, widths, lines, height };
}

/** The QR code as filled squares, with the quiet zone the standard asks for (4 modules) inside `size`. */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const module = size / (count + 8);
  doc.save().fillColor('#000000');
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + 4) * module, y + (row + 4) * module, module, module);
    }
  }
  doc.fill().restore();
}
