// The cells of a record too long to hold in memory, each kept up to the longest a signer field may be, with the length
// it had: a signer whose only over-long cell is a comment of a million characters is kept, the comment cut (verifyQ M8).
import { MAX_CELL_CHARACTERS } from './cell-size.js';

export interface HeldCells {
  cells: string[];
  /** Cells longer than MAX_CELL_CHARACTERS, as cell-size.ts names them: kept cut, with the length they had. */
  cut: Array<{ column: number; length: number }>;
}

const CR = 13;

export class CappedCells {
  private readonly kept: string[] = [];
  private readonly lengths: number[] = [];
  private current = '';
  private currentLength = 0;
  private endsInCr = false;
  private keptChars = 0;
  /** More cells than may be kept, or more text in all: nothing is kept, the record is only followed to its end. */
  private overflow = false;

  /**
   * `maxCells`: one more than the header's width, enough to tell that a record does not fit; `maxChars`: the text
   * kept in all, so that a record of many long cells is bounded too.
   */
  constructor(private readonly maxCells: number, private readonly maxChars: number) {}

  /** Appends `text` from `start` to `end` to the cell being read. */
  add(text: string, start: number, end: number): void {
    if (end <= start) return;
    this.currentLength += end - start;
    this.endsInCr = text.charCodeAt(end - 1) === CR;
    const room = MAX_CELL_CHARACTERS - this.current.length;
    if (this.overflow || room <= 0) return;
    const piece = text.slice(start, start + Math.min(end - start, room));
    this.current += piece;
    this.keptChars += piece.length;
    if (this.keptChars > this.maxChars) this.overflow = true;
  }

  /** Ends the cell being read; `lineEnd`: the record ends here too, after unquoted text (the CR of CRLF is no text). */
  endCell(lineEnd = false): void {
    if (lineEnd && this.endsInCr) {
      if (this.current.length === this.currentLength) this.current = this.current.slice(0, -1);
      this.currentLength--;
    }
    if (this.kept.length >= this.maxCells) this.overflow = true;
    if (!this.overflow) {
      this.kept.push(this.current);
      this.lengths.push(this.currentLength);
    }
    this.current = '';
    this.currentLength = 0;
    this.endsInCr = false;
  }

  /** The record's cells, or undefined when there were too many, or too much text, to keep. */
  held(): HeldCells | undefined {
    if (this.overflow) return undefined;
    const cut = this.lengths.flatMap((length, column) => (length > MAX_CELL_CHARACTERS ? [{ column, length }] : []));
    return { cells: this.kept, cut };
  }
}
