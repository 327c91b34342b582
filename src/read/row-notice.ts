// One notice about many rows of a source (hidden in Excel, cells left off): a count and the first rows, not a line per row.
import type { Problem } from '../types.js';
import { withText, type Message } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import { firstOfMany } from '../text/first-of-many.js';

/** How many row numbers a notice names before it says "…", as the normalizer's problems do. */
const ROWS_SHOWN = 5;

export class RowNotice {
  private count = 0;
  private readonly rows: number[] = [];
  private firstLine = 0;

  note(row: number, line: number): void {
    if (this.count === 0) this.firstLine = line;
    this.count++;
    if (this.rows.length < ROWS_SHOWN) this.rows.push(row);
  }

  /** The notice as a problem of `source`, or none when no row was noted. */
  problems(source: string, code: string, describe: (count: number, rows: string) => Message): Problem[] {
    if (this.count === 0) return [];
    const rows = firstOfMany(this.rows, this.count);
    const text = describe(this.count, rows);
    return [withText({ source, row: this.rows[0], line: this.firstLine, code, message: english().say(text) }, text)];
  }
}
