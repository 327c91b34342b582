// Text measuring with the Noto faces, without a PDF document: what layout needs for a page, a poster or a card.
import type { TextMeasure } from '../pages/document-model.js';
import { breakLines } from './break-lines.js';
import { toNfc, type FontSet } from './font-set.js';

/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;
/** The baseline's distance below the top of the line box, in em: one shared baseline for every face on the line. */
export const BASELINE = 0.93;

export function fontMeasure(fonts: FontSet): TextMeasure {
  return {
    lineHeight: (size) => size * LINE_HEIGHT,
    widthOf: (text, size, bold = false) => fonts.widthOf(text, size, bold),
    // Lines no wider than `width`, broken where Unicode line breaking (UAX #14, Korean keep-all) allows.
    wrap: (text, width, size, bold = false) => breakLines(toNfc(text), width, (line) => fonts.widthOf(line, size, bold)),
  };
}
