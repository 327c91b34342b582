// packet.pdf's first pages: a cover that says what the packet is, and its contents with page numbers.
import type { PageFrame, PageModel, TextMeasure } from './document-model.js';
import { FlowCursor } from './flow-cursor.js';
import { fitText } from './layout-table.js';

export interface PacketCover {
  /** The petition's title, in the packet's main language. */
  title: string;
  /** Who the packet is for, as one line. */
  recipient: string;
  /** Date, place and occasion of the delivery, as one line. */
  delivery: string;
  /** The count, in words: "35 signers". */
  signers: string;
  /** Who sends it. */
  from?: string;
  /** A fingerprint that identifies the packet's contents (any string; printed as given). */
  fingerprint?: string;
}

export interface ContentsEntry {
  title: string;
  page: number;
}

const GREY = '#555555';
const INK = '#111111';

/** The cover: one page whatever the lengths (long lines wrap, and the block is kept above the fold). */
export function layoutCoverPage(cover: PacketCover, frame: PageFrame, measure: TextMeasure): PageModel {
  const cursor = new FlowCursor(frame, measure);
  const width = frame.right - frame.left;
  cursor.advance((frame.bottom - frame.top) * 0.18);
  cursor.paragraph('PETITION', { size: 10, bold: true, color: GREY, align: 'center' });
  cursor.advance(10);
  cursor.paragraph(cover.title, { size: 24, bold: true, align: 'center', color: INK });
  cursor.advance(18);
  cursor.add({ kind: 'line', x1: frame.left + width * 0.3, y1: cursor.y, x2: frame.right - width * 0.3, y2: cursor.y, lineWidth: 0.75, color: '#333333' });
  cursor.advance(22);
  const fact = (label: string, value: string | undefined) => {
    if (!value) return;
    cursor.paragraph(label, { size: 9, color: GREY, align: 'center' });
    cursor.paragraph(value, { size: 13, align: 'center', color: INK });
    cursor.advance(12);
  };
  fact('To', cover.recipient);
  fact('Delivered', cover.delivery);
  fact('Signed by', cover.signers);
  fact('From', cover.from);
  if (cover.fingerprint) {
    cursor.advance(10);
    cursor.paragraph(`Packet fingerprint ${cover.fingerprint}`, { size: 8.5, color: GREY, align: 'center' });
  }
  return cursor.page;
}

/** Rows of contents that fit on one page, so the page count is known before the numbers are. */
export function contentsPerPage(frame: PageFrame, measure: TextMeasure): number {
  const row = measure.lineHeight(11) + 6;
  return Math.max(1, Math.floor((frame.bottom - frame.top - 60) / row));
}

/** Contents: each part's title and the page it starts on, with dot leaders; continued on more pages if needed. */
export function layoutContents(entries: readonly ContentsEntry[], frame: PageFrame, measure: TextMeasure): PageModel[] {
  const perPage = contentsPerPage(frame, measure);
  const pages: PageModel[] = [];
  const width = frame.right - frame.left;
  const numberWidth = 48;
  const row = measure.lineHeight(11) + 6;
  for (let start = 0; start < Math.max(1, entries.length); start += perPage) {
    const page: PageModel = { items: [] };
    pages.push(page);
    page.items.push({ kind: 'text', x: frame.left, y: frame.top, width, text: 'Contents', size: 16, bold: true, color: INK });
    let y = frame.top + 40;
    for (const entry of entries.slice(start, start + perPage)) {
      const titleWidth = width - numberWidth - 12;
      const shown = fitText(measure, entry.title, titleWidth, 11);
      page.items.push(
        { kind: 'text', x: frame.left, y, width: titleWidth, text: shown, size: 11, color: INK },
        { kind: 'text', x: frame.right - numberWidth, y, width: numberWidth, text: String(entry.page), size: 11, align: 'right', color: INK },
        { kind: 'line', x1: frame.left + measure.widthOf(shown, 11) + 6, y1: y + 10, x2: frame.right - numberWidth - 2, y2: y + 10, lineWidth: 0.4, color: '#bbbbbb' },
      );
      y += row;
    }
  }
  return pages;
}
