// packet.pdf's first pages: a cover that says what the packet is, and its contents with page numbers.
import type { PageFrame, PageModel, TextMeasure } from './document-model.js';
import { FlowCursor } from './flow-cursor.js';
import { fillWords, packetWords } from './packet-words.js';

export interface PacketCover {
  /** The petition's title, in the packet's main language. */
  title: string;
  /** Who the packet is for, as one line. */
  recipient: string;
  /** Date, place and occasion of the delivery, as one line. */
  delivery: string;
  /** The count, in words: "35 signers", or for a follow-up "a further 14 people, 49 in all". */
  signers: string;
  /** Who sends it. */
  from?: string;
  /** A fingerprint that identifies the packet's contents (any string; printed as given). */
  fingerprint?: string;
  /** The packet's main language: the cover's and the contents' words are in it. */
  language?: string;
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
  const words = packetWords(cover.language);
  cursor.advance((frame.bottom - frame.top) * 0.18);
  cursor.paragraph(words.petition, { size: 10, bold: true, color: GREY, align: 'center' });
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
  fact(words.to, cover.recipient);
  fact(words.delivered, cover.delivery);
  fact(words.signedBy, cover.signers);
  fact(words.from, cover.from);
  if (cover.fingerprint) {
    cursor.advance(10);
    cursor.paragraph(fillWords(words.packetFingerprint, { code: cover.fingerprint }), { size: 8.5, color: GREY, align: 'center' });
  }
  return cursor.page;
}

const CONTENTS_SIZE = 11;
const ROW_GAP = 6;
const NUMBER_WIDTH = 48;

/**
 * Contents: each part's title (wrapped, never cut short) and the page it starts on, with dot leaders; continued on
 * more pages if needed. How many pages it takes does not depend on the page numbers, so it can be counted first.
 */
export function layoutContents(entries: readonly ContentsEntry[], frame: PageFrame, measure: TextMeasure, language?: string): PageModel[] {
  const pages: PageModel[] = [];
  const width = frame.right - frame.left;
  const titleWidth = width - NUMBER_WIDTH - 12;
  const line = measure.lineHeight(CONTENTS_SIZE);
  const heading = packetWords(language).contents;
  let page: PageModel | undefined;
  let y = 0;
  const newPage = () => {
    page = { items: [{ kind: 'text', x: frame.left, y: frame.top, width, text: heading, size: 16, bold: true, color: INK }] };
    pages.push(page);
    y = frame.top + 40;
  };
  newPage();
  for (const entry of entries) {
    const lines = measure.wrap(entry.title, titleWidth, CONTENTS_SIZE);
    if (y + lines.length * line > frame.bottom - 20 && y > frame.top + 40) newPage();
    const items = (page as PageModel).items;
    for (const [index, text] of lines.entries()) items.push({ kind: 'text', x: frame.left, y: y + index * line, width: titleWidth, text, size: CONTENTS_SIZE, color: INK });
    const lastY = y + (lines.length - 1) * line;
    const last = lines.at(-1) ?? '';
    items.push(
      { kind: 'text', x: frame.right - NUMBER_WIDTH, y: lastY, width: NUMBER_WIDTH, text: String(entry.page), size: CONTENTS_SIZE, align: 'right', color: INK },
      { kind: 'line', x1: frame.left + measure.widthOf(last, CONTENTS_SIZE) + 6, y1: lastY + 10, x2: frame.right - NUMBER_WIDTH - 2, y2: lastY + 10, lineWidth: 0.4, color: '#bbbbbb' },
    );
    y += lines.length * line + ROW_GAP;
  }
  return pages;
}
