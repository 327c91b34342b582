// Lays out the petition text in one language: title, the language's own name, then the text, page after page.
import type { PageFrame, PageModel, TextMeasure } from './document-model.js';
import { FlowCursor } from './flow-cursor.js';
import { localeFormat } from './locale-format.js';
import { textBlocks, type TextBlock } from './text-blocks.js';
import { lineSides } from './writing-direction.js';

export interface PetitionTextInput {
  language: string;
  title: string;
  text: string;
  /** The packet's main language: the caption names the text's language in it too. */
  packetLanguage?: string;
}

const TITLE_SIZE = 16;
const TEXT_SIZE = 11;
const GREY = '#555555';

/**
 * "español · 스페인어": the language as its readers name it, and in the packet's language for the person who reads
 * the packet (once when the two are the same: "한국어" in a Korean packet).
 */
export function languageCaption(language: string, packetLanguage = 'en'): string {
  const own = localeFormat(language).languageName(language);
  const forReader = localeFormat(packetLanguage).languageName(language);
  return own === forReader ? own : `${own} · ${forReader}`;
}

export function layoutPetitionText(input: PetitionTextInput, frame: PageFrame, measure: TextMeasure): PageModel[] {
  const { start } = lineSides(input.language);
  const caption = languageCaption(input.language, input.packetLanguage);
  const cursor = new FlowCursor(frame, measure, (flow, pageIndex) => {
    if (pageIndex === 0) return;
    // Loose sheets of a long text still say what they are.
    flow.paragraph(`${input.title} · ${caption}`, { size: 8.5, color: GREY, align: start });
    flow.advance(10);
  });
  cursor.paragraph(input.title, { size: TITLE_SIZE, bold: true, align: start });
  cursor.paragraph(caption, { size: 10, color: GREY, align: start });
  cursor.advance(6);
  cursor.add({ kind: 'line', x1: frame.left, y1: cursor.y, x2: frame.right, y2: cursor.y, lineWidth: 0.75, color: '#333333' });
  cursor.advance(16);

  const lineHeight = measure.lineHeight(TEXT_SIZE);
  const blocks = textBlocks(input.text);
  const hang = hangingIndent(blocks, measure);
  blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') cursor.paragraph(block.text, { size: TEXT_SIZE, align: start });
    else layoutItem(cursor, block.marker, block.text, hang, start);
    const next = blocks[index + 1];
    // Items of one list sit closer together than paragraphs.
    cursor.advance(lineHeight * (block.kind === 'item' && next?.kind === 'item' ? 0.25 : 0.6));
  });
  return cursor.pages;
}

/** Room for the widest marker and a space: every item's text starts at the same place. */
function hangingIndent(blocks: TextBlock[], measure: TextMeasure): number {
  let widest = 0;
  for (const block of blocks) if (block.kind === 'item') widest = Math.max(widest, measure.widthOf(block.marker, TEXT_SIZE));
  return widest + TEXT_SIZE * 0.6;
}

/** The marker in the margin, the item's text wrapped beside it (a hanging indent on the side lines start). */
function layoutItem(cursor: FlowCursor, marker: string, text: string, hang: number, start: 'left' | 'right'): void {
  const full = cursor.frame.right - cursor.frame.left;
  cursor.ensure(cursor.measure.lineHeight(TEXT_SIZE));
  cursor.add({
    kind: 'text', x: start === 'left' ? cursor.frame.left : cursor.frame.right - hang, y: cursor.y,
    width: hang, text: marker, size: TEXT_SIZE, align: start,
  });
  cursor.paragraph(text, { size: TEXT_SIZE, align: start, indent: start === 'left' ? hang : 0, width: full - hang });
}
