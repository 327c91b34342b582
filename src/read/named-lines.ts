// The lines a problem names: the first few, and how many there are in all, each line counted once however often it
// is met.

/** Lines named in a problem; the rest are counted. */
export const LINES_SHOWN = 5;

export class NamedLines {
  readonly shown: number[] = [];
  count = 0;
  private last = -1;

  /** Notes `line` (lines come in order); a line met again is not counted again. */
  add(line: number): void {
    // Compared with the last line met, not the last one shown: past LINES_SHOWN, every "�" of one line was counted.
    if (line === this.last) return;
    this.last = line;
    this.count++;
    if (this.shown.length < LINES_SHOWN) this.shown.push(line);
  }
}
