// One fingerprint of a source's rows that is the same whatever the order of its rows or of its columns, kept in a few
// numbers however many rows there are: past the rows whose fingerprints scan-sources keeps one by one (memory), two
// sources with the same rows in another order are still told apart from two different ones.
import { hashBegin, hashEnd, hashOut, hashText } from '../dedupe/hash-string64.js';

export class RowsFingerprint {
  private rows = 0;
  // Each row's 64-bit hash, added lane by lane modulo 2³²: a sum does not depend on the order of its terms.
  private high = 0;
  private low = 0;
  private readonly headers: string[] = [];
  private columnOrder: number[] = [];
  private header: readonly string[] = [];

  /** The rows that follow are under this header: their cells are hashed in the order of its sorted column names. */
  startHeader(header: readonly string[]): void {
    this.header = header;
    this.columnOrder = header.map((_, index) => index).sort((a, b) => compareText(header[a], header[b]) || a - b);
    this.headers.push(this.columnOrder.map((index) => header[index]).join('\u0000'));
  }

  add(cells: readonly string[]): void {
    hashBegin();
    for (const index of this.columnOrder) hashText(cells[index] ?? '');
    // Cells past the header's are no column of it: hashed as they come, but not the empty ones a spreadsheet padded.
    for (let index = this.header.length; index < cells.length; index++) if (cells[index] !== '') hashText(cells[index]);
    hashEnd();
    this.high = (this.high + hashOut[0]) >>> 0;
    this.low = (this.low + hashOut[1]) >>> 0;
    this.rows++;
  }

  /** Equal for two sources with the same headers and the same rows (as a multiset), in any row or column order. */
  key(): string {
    hashBegin();
    for (const header of [...this.headers].sort(compareText)) hashText(header);
    hashEnd();
    return `${this.rows}:${this.high}:${this.low}:${hashOut[0] >>> 0}:${hashOut[1] >>> 0}`;
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
