// A cell's text fitted to its column: shrunk a little, else wrapped onto as many lines as it needs, never below 7 pt.
import type { HanForm } from '../fonts/han-form.js';
import type { TextMeasure } from './page-model.js';

export interface FittedCell {
  lines: string[];
  size: number;
  /** More lines were needed than `maxLines` allowed: the last one ends with "…". */
  cut?: true;
}

/** Line spacing of wrapped cell text, tighter than body text. */
export const CELL_LINE_HEIGHT = 1.12;
/** No cell text is printed smaller than this: below it a name is hard to read on paper. */
export const MIN_CELL_SIZE = 7;
/** How far a single line may shrink before it is wrapped instead (a smaller single line reads better than two). */
const SHRINK_LIMIT = 0.8;
const ELLIPSIS = '…';

export interface FitOptions {
  bold?: boolean;
  han?: HanForm;
  /**
   * Emails, web addresses, street addresses ('address'): lines break after `@`, before `.`, after `-` and at spaces,
   * not inside a word. A paper line ('spaces'): at spaces only, never inside its sheet ID.
   */
  breakAtPunctuation?: PieceBreaks;
  /** At most this many lines (the height of a page); the last one then ends with "…". */
  maxLines?: number;
  /** The row was planned with this cell on one line: it is shrunk to fit, never wrapped (see RowFitter). */
  oneLine?: boolean;
}

/** The size below which a single line of a cell whose base size is `size` is wrapped instead. */
export function wrapSizeFor(size: number): number {
  return Math.min(size, Math.max(MIN_CELL_SIZE, size * SHRINK_LIMIT));
}

const round = (size: number) => Math.floor(size * 100) / 100;

export function fitCell(text: string, width: number, size: number, measure: TextMeasure, options: FitOptions = {}): FittedCell {
  if (!text) return { lines: [], size };
  const { bold, han } = options;
  const natural = measure.widthOf(text, size, bold, han);
  if (natural <= width) return { lines: [text], size };
  const wrapSize = wrapSizeFor(size);
  const shrunk = round((size * width) / natural);
  if (shrunk >= wrapSize || options.oneLine) return { lines: [text], size: shrunk };
  let lines = options.breakAtPunctuation
    ? wrapAtPunctuation(text, width, (line) => measure.widthOf(line, wrapSize, bold, han), (piece) => measure.wrap(piece, width, wrapSize, bold, han), options.breakAtPunctuation)
    : measure.wrap(text, width, wrapSize, bold, han);
  const maxLines = Math.max(1, options.maxLines ?? Number.POSITIVE_INFINITY);
  if (lines.length > maxLines) {
    lines = lines.slice(0, maxLines);
    const last = [...lines[maxLines - 1]];
    while (last.length && measure.widthOf(last.join('') + ELLIPSIS, wrapSize, bold, han) > width) last.pop();
    lines[maxLines - 1] = last.join('') + ELLIPSIS;
    return { lines, size: wrapSize, cut: true };
  }
  return { lines, size: wrapSize };
}

/** Pieces of an address with their break opportunities: after `@`, before `.`, after a hyphen or a space. */
const ADDRESS_BREAKS = /(?<=[@ -])|(?=\.)/u;
/** A paper line ("sheet NKR-01-004-8C, line 1") breaks at its spaces only: a sheet ID cut at a hyphen reads as a whole one. */
const SPACE_BREAKS = /(?<= )/u;

/** How a column's text may break: an address's, a paper line's (spaces only), or by the script's own rules (null). */
export type PieceBreaks = 'address' | 'spaces';

/** An address (or a paper line) cut at its break opportunities; the pieces join back to the text. */
export function addressPieces(text: string, breaks: PieceBreaks = 'address'): string[] {
  return text.split(breaks === 'spaces' ? SPACE_BREAKS : ADDRESS_BREAKS).filter(Boolean);
}

/** An address's own joints (after `@`, before `.`, at spaces): where a reader expects it to continue on the next line. */
const ADDRESS_JOINTS = /(?<=[@ ])|(?=\.)/u;
/** Inside a piece too wide for a line: after its hyphens, which then read as part of the address, not as hyphenation. */
const HYPHEN_BREAKS = /(?<=-)/u;

/**
 * Greedy lines from address pieces; a piece wider than a line (a long word) is wrapped on its own by `wrap`.
 * An address breaks at its joints first and after a hyphen only inside a piece that fits no line
 * ("maria.fernanda / .gonzalez-rodriguez@ / universidad-complutense.es", not "…gonzalez- / rodriguez@…").
 * Spaces at a line's end are dropped, so the pieces of an address join back to the address.
 */
export function wrapAtPunctuation(text: string, width: number, widthOf: (line: string) => number, wrap: (piece: string) => string[], breaks: PieceBreaks = 'address'): string[] {
  if (breaks === 'spaces') return greedyLines(addressPieces(text, breaks), width, widthOf, wrap);
  const atHyphens = (piece: string) => greedyLines(piece.split(HYPHEN_BREAKS).filter(Boolean), width, widthOf, wrap);
  return greedyLines(text.split(ADDRESS_JOINTS).filter(Boolean), width, widthOf, atHyphens);
}

function greedyLines(pieces: readonly string[], width: number, widthOf: (line: string) => number, tooWide: (piece: string) => string[]): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const candidate = line + piece;
    if (widthOf(candidate.trimEnd()) <= width) {
      line = candidate;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    if (widthOf(piece.trimEnd()) <= width) line = piece;
    else {
      const split = tooWide(piece.trimEnd());
      lines.push(...split.slice(0, -1));
      line = split[split.length - 1] + (piece.endsWith(' ') ? ' ' : '');
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
