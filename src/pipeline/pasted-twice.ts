// The same rows twice inside one source: two exports joined with `cat` (the header typed again between them), or a
// block of rows pasted again in Excel. Rows without an email can't be told apart by dedupe, so each such signer would
// count twice without a word; between files and sheets the same-rows check says so, and this says it within one.

/** Consecutive rows repeating an earlier run row for row that are a paste, not chance (a signer signing twice is one row). */
export const MIN_REPEATED_RUN = 5;
/** Past this many rows a source is not followed any more (memory: a number and a map entry per row). */
const MAX_FOLLOWED_ROWS = 1_000_000;

export interface LineRange {
  from: number;
  to: number;
}

export type PastedTwice =
  /** After the header typed again on `header`, the rows `lines` hold `shared` of their `total` rows of the earlier block `first`. */
  | { kind: 'block'; lines: LineRange; header: number; first: LineRange; shared: number; total: number }
  /** The rows `lines` repeat the rows `first`, row for row. */
  | { kind: 'run'; lines: LineRange; first: LineRange };

interface Block {
  header: number;
  lines: LineRange | null;
  rows: Map<number, number>;
  total: number;
}

interface Run {
  /** Index of the run's first row, and of the earlier row it repeats. */
  start: number;
  from: number;
  length: number;
}

/** Fed the rows of one source in order, each as a key of the row as the tool reads it (normalised), with its line. */
export class PastedTwiceFinder {
  private readonly keys: number[] = [];
  private readonly lines: number[] = [];
  private readonly firstAt = new Map<number, number>();
  private readonly blocks: Block[] = [{ header: 0, lines: null, rows: new Map(), total: 0 }];
  private readonly runs: Run[] = [];
  private run: Run | null = null;
  private followed = true;

  row(key: number, line: number): void {
    if (!this.followed) return;
    if (this.keys.length >= MAX_FOLLOWED_ROWS) {
      this.followed = false;
      return;
    }
    const index = this.keys.length;
    this.keys.push(key);
    this.lines.push(line);
    const block = this.blocks[this.blocks.length - 1];
    block.lines = { from: block.lines?.from ?? line, to: line };
    block.rows.set(key, (block.rows.get(key) ?? 0) + 1);
    block.total++;
    const run = this.run;
    if (run && this.keys[run.from + run.length] === key) run.length++;
    else {
      this.endRun();
      const earlier = this.firstAt.get(key);
      this.run = earlier === undefined ? null : { start: index, from: earlier, length: 1 };
    }
    if (!this.firstAt.has(key)) this.firstAt.set(key, index);
  }

  /** The header row again on `line`: the rows after it are a block of their own. */
  headerAgain(line: number): void {
    this.endRun();
    this.blocks.push({ header: line, lines: null, rows: new Map(), total: 0 });
  }

  findings(): PastedTwice[] {
    if (!this.followed) return [];
    this.endRun();
    const found: PastedTwice[] = [];
    const blocks = this.blocks.filter((block) => block.lines !== null && block.total > 0);
    blocks.forEach((block, index) => {
      if (index === 0) return;
      for (const earlier of blocks.slice(0, index)) {
        const shared = sharedRows(block.rows, earlier.rows);
        if (shared >= 2 && shared * 2 >= Math.min(block.total, earlier.total)) {
          found.push({ kind: 'block', lines: block.lines!, header: block.header, first: earlier.lines!, shared, total: block.total });
          return;
        }
      }
    });
    const inBlock = (lines: LineRange) => found.some((f) => f.lines.from <= lines.from && lines.to <= f.lines.to);
    for (const run of this.runs) {
      const lines = { from: this.lines[run.start], to: this.lines[run.start + run.length - 1] };
      if (!inBlock(lines)) found.push({ kind: 'run', lines, first: { from: this.lines[run.from], to: this.lines[run.from + run.length - 1] } });
    }
    return found.sort((a, b) => a.lines.from - b.lines.from);
  }

  private endRun(): void {
    if (this.run && this.run.length >= MIN_REPEATED_RUN) this.runs.push(this.run);
    this.run = null;
  }
}

/** Rows of `a` also in `b`, each counted as often as both hold it. */
export function sharedRows<K>(a: Map<K, number>, b: Map<K, number>): number {
  let shared = 0;
  for (const [key, times] of a) shared += Math.min(times, b.get(key) ?? 0);
  return shared;
}
