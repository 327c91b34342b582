// One pass over the rows before planning: which columns hold any text, their longest word and their widest cell,
// the facts column widths are computed from (column-widths.ts).
import { breakSegments } from '../fonts/break-lines.js';
import type { ListEntry } from './list-types.js';
import type { TextMeasure } from './page-model.js';
import { cellTexts, type Column } from './columns.js';
import { addressPieces, wrapSizeFor, type PieceBreaks } from './fit-cell.js';
import type { ColumnNeed } from './column-widths.js';
import { CELL_PAD, cellSizeOf, HEADING_SIZE, keepsOneLine, wrapsAtPunctuation } from './row-fit.js';

/** Texts already surveyed per column (countries and dates repeat); dropped whole when full. */
const SEEN_LIMIT = 4096;

/** Whole words of `text`: UAX #14 pieces, and for addresses the pieces between `@`, `.` and spaces too. */
export function wordsOf(text: string, breaks: PieceBreaks | undefined): string[] {
  // A paper line's pieces are its words: a sheet ID is one word, whatever the script's rules say of its hyphens.
  if (breaks === 'spaces') return addressPieces(text, breaks).map((word) => word.trimEnd()).filter(Boolean);
  const pieces = breaks ? addressPieces(text, breaks) : [text];
  return pieces.flatMap((piece) => breakSegments(piece)).map((word) => word.trimEnd()).filter(Boolean);
}

export class ColumnSurvey {
  private readonly needs: ColumnNeed[];
  private readonly seen: Array<Set<string>>;

  constructor(
    private readonly columns: readonly Column[],
    private readonly measure: TextMeasure,
    private readonly language?: string,
  ) {
    this.needs = columns.map((column) => {
      const heading = column.title.toLocaleUpperCase(language);
      const least = Math.max(0, ...wordsOf(heading, undefined).map((word) => measure.widthOf(word, HEADING_SIZE, true))) + 2 * CELL_PAD;
      return { column, filled: false, least, natural: least };
    });
    this.seen = columns.map(() => new Set());
  }

  add(entry: ListEntry): void {
    const texts = cellTexts(entry, this.columns, '', this.language);
    for (let c = 0; c < texts.length; c++) {
      const text = texts[c];
      if (!text) continue;
      const need = this.needs[c];
      need.filled = true;
      if (this.seen[c].has(text)) continue;
      if (this.seen[c].size >= SEEN_LIMIT) this.seen[c] = new Set();
      this.seen[c].add(text);
      const column = need.column;
      const size = cellSizeOf(column);
      const whole = (this.measure.widthBound ?? this.measure.widthOf)(text, size) + 2 * CELL_PAD;
      need.natural = Math.max(need.natural, whole);
      if (keepsOneLine(column)) {
        need.least = Math.max(need.least, this.measure.widthOf(text, size) + 2 * CELL_PAD);
        continue;
      }
      if (column.key === 'country') {
        // CLDR country names are short, but UAX #14 would break a Chinese one between any two characters ("埃塞俄/比亚"):
        // the column is as wide as the longest name, broken only at its spaces, at full size.
        for (const word of text.split(' ')) need.least = Math.max(need.least, this.measure.widthOf(word, size) + 2 * CELL_PAD);
        continue;
      }
      // No word is wider than the whole text: most rows need no breaking up at all.
      const wrapSize = wrapSizeFor(size);
      if ((whole - 2 * CELL_PAD) * (wrapSize / size) + 2 * CELL_PAD <= need.least) continue;
      for (const word of wordsOf(text, wrapsAtPunctuation(column))) need.least = Math.max(need.least, this.measure.widthOf(word, wrapSize) + 2 * CELL_PAD);
    }
  }

  /** What each column needs, from the rows added so far. */
  result(): readonly ColumnNeed[] {
    return this.needs;
  }
}
