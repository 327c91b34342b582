// Lays out the petition text in one language: title, the language's own name, then the text, page after page.
import type { PageFrame, PageModel, TextMeasure } from './document-model.js';
import { FlowCursor } from './flow-cursor.js';
import { localeFormat } from './locale-format.js';
import { lineSides } from './writing-direction.js';

export interface PetitionTextInput {
  language: string;
  title: string;
  text: string;
}

const TITLE_SIZE = 16;
const TEXT_SIZE = 11;
const GREY = '#555555';

/** "한국어 · Korean": the language as its readers name it, and in English for the person who sorts the packet. */
export function languageCaption(language: string): string {
  const own = localeFormat(language).languageName(language);
  const english = localeFormat('en').languageName(language);
  return own === english ? own : `${own} · ${english}`;
}

export function layoutPetitionText(input: PetitionTextInput, frame: PageFrame, measure: TextMeasure): PageModel[] {
  const { start } = lineSides(input.language);
  const caption = languageCaption(input.language);
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
  const paragraphs = input.text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  for (const paragraph of paragraphs) {
    for (const line of paragraph.split('\n')) cursor.paragraph(line.trim(), { size: TEXT_SIZE, align: start });
    cursor.advance(lineHeight * 0.6);
  }
  return cursor.pages;
}
