// Lays out a formal letter: letterhead, place and date, recipient, salutation, body, closing, signature block.
import type { LetterContent } from '../letter/compose-letters.js';
import type { PageFrame, PageModel, TextMeasure } from './document-model.js';
import { FlowCursor } from './flow-cursor.js';
import { keepPhoneNumbersTogether } from './keep-together.js';
import { lineSides, primaryLanguage } from './writing-direction.js';

const BODY_SIZE = 11;
const SMALL_SIZE = 9;
const LETTERHEAD_SIZE = 14;
const GREY = '#555555';
/** Room left blank above the typed name for a handwritten signature. */
const SIGNATURE_SPACE = 40;

/**
 * Where the date goes. Western and Japanese business letters put it top right under the letterhead;
 * Korean letters put it after the body, above the sender; Chinese letters put it under the signature.
 */
type DatePlace = 'top' | 'before-signature' | 'after-signature';

function datePlace(language: string): DatePlace {
  const primary = primaryLanguage(language);
  if (primary === 'ko') return 'before-signature';
  if (primary === 'zh') return 'after-signature';
  return 'top';
}

/** CJK letters set the sender's block to the right, as a signature; others keep it at the line start. */
function signatureAlign(language: string, start: 'left' | 'right', end: 'left' | 'right'): 'left' | 'right' {
  return ['ko', 'zh', 'ja'].includes(primaryLanguage(language)) ? end : start;
}

export function layoutLetter(letter: LetterContent, frame: PageFrame, measure: TextMeasure): PageModel[] {
  const { start, end } = lineSides(letter.language);
  const cursor = new FlowCursor(frame, measure);
  const bodyLine = measure.lineHeight(BODY_SIZE);
  const place = datePlace(letter.language);

  if (letter.letterhead.length > 0) {
    const [name, ...details] = letter.letterhead;
    cursor.paragraph(name, { size: LETTERHEAD_SIZE, bold: true, align: 'center' });
    for (const detail of details) cursor.paragraph(keepPhoneNumbersTogether(detail), { size: SMALL_SIZE, align: 'center', color: GREY });
    cursor.advance(6);
    cursor.add({ kind: 'line', x1: frame.left, y1: cursor.y, x2: frame.right, y2: cursor.y, lineWidth: 0.75, color: '#333333' });
    cursor.advance(bodyLine * 1.5);
  }

  if (place === 'top' && letter.placeAndDate) {
    cursor.paragraph(letter.placeAndDate, { size: BODY_SIZE, align: end });
    cursor.advance(bodyLine);
  }

  for (const line of letter.recipient) cursor.paragraph(line, { size: BODY_SIZE, align: start });
  cursor.advance(bodyLine * 1.5);

  if (letter.salutation) {
    cursor.paragraph(letter.salutation, { size: BODY_SIZE, align: start });
    cursor.advance(bodyLine * 0.6);
  }

  for (const paragraph of letter.body) {
    for (const line of paragraph.split('\n')) cursor.paragraph(line, { size: BODY_SIZE, align: start });
    cursor.advance(bodyLine * 0.6);
  }

  // The closing, the signature space and the sender's name belong together on one page.
  const datedLines = place !== 'top' && letter.placeAndDate ? 2 : 0;
  const closingCount = letter.closing ? letter.closing.split('\n').length : 0;
  const signatureHeight = bodyLine * (1 + closingCount + letter.signature.length + datedLines) + SIGNATURE_SPACE;
  cursor.advance(bodyLine * 0.4);
  cursor.ensure(Math.min(signatureHeight, frame.bottom - frame.top));

  const sideAlign = signatureAlign(letter.language, start, end);
  if (place === 'before-signature' && letter.placeAndDate) {
    cursor.paragraph(letter.placeAndDate, { size: BODY_SIZE, align: end });
    cursor.advance(bodyLine);
  }
  closingLines(letter, cursor, start, end);
  cursor.advance(SIGNATURE_SPACE);
  letter.signature.forEach((line, index) => {
    cursor.paragraph(line, { size: index === 0 ? BODY_SIZE : 10, bold: index === 0, align: sideAlign });
  });
  if (place === 'after-signature' && letter.placeAndDate) {
    cursor.advance(bodyLine * 0.5);
    cursor.paragraph(letter.placeAndDate, { size: BODY_SIZE, align: end });
  }

  if (letter.enclosures && letter.enclosures.length > 0) {
    cursor.advance(bodyLine * 1.5);
    cursor.ensure(measure.lineHeight(SMALL_SIZE) * Math.min(3, letter.enclosures.length));
    for (const line of letter.enclosures) cursor.paragraph(line, { size: SMALL_SIZE, align: start, color: GREY });
  }

  return cursor.pages;
}

/**
 * The complimentary close. Korean and Japanese set it towards the signature (삼가 올림, 敬具); Chinese writes
 * 此致 indented by two characters and 敬礼 on the next line at the margin.
 */
function closingLines(letter: LetterContent, cursor: FlowCursor, start: 'left' | 'right', end: 'left' | 'right'): void {
  if (!letter.closing) return;
  const primary = primaryLanguage(letter.language);
  const lines = letter.closing.split('\n');
  lines.forEach((line, index) => {
    if (primary === 'ko' || primary === 'ja') cursor.paragraph(line, { size: BODY_SIZE, align: end });
    else if (primary === 'zh' && index === 0 && lines.length > 1) cursor.paragraph(line, { size: BODY_SIZE, align: start, indent: BODY_SIZE * 2 });
    else cursor.paragraph(line, { size: BODY_SIZE, align: start });
  });
}
