// The same rows twice inside one source: two exports joined with `cat` (the header typed again between them), a
// block of rows pasted again in Excel and then re-sorted, or a row typed twice. Rows without an email (or a name
// with a city or postcode) can't be told apart by dedupe, so each such signer would count twice without a word;
// between files and sheets the same-rows check says so, and this says it within one, whatever the order.

import { FirstLines } from '../dedupe/first-lines.js';

/** Repeated rows that all merge anyway are said only from this many: a signer signing twice is dedupe's ordinary work. */
export const MIN_REPEATED_RUN = 5;
/** Past this many rows a source is not followed any more (memory: a map entry per distinct row, a number per repeat). */
const MAX_FOLLOWED_ROWS = 1_000_000;

export interface LineRange {
  from: number;
  to: number;
}

export interface RepeatedRows {
  /** The lines that repeat an earlier row, and the earlier lines they repeat, each as runs of consecutive lines. */
  lines: LineRange[];
  first: LineRange[];
  /** How many of the repeated rows the exact rules merge (same email, or same name and city or postcode). */
  merged: number;
  /** How many are still counted as signers of their own: nothing merges them. */
  separate: number;
}

/** Fed the rows of one source in order, each as a key of the row as the tool reads it (normalised), with its line. */
export class PastedTwiceFinder {
  private readonly firstAt = new FirstLines();
  private readonly repeats: Array<{ line: number; first: number; merged: boolean }> = [];
  private rows = 0;

  /** `merged`: whether the exact rules merge this row with its copies (it names its signer by email, or name and place). */
  row(key: number, line: number, merged: boolean): void {
    if (this.rows++ >= MAX_FOLLOWED_ROWS) return;
    const first = this.firstAt.firstOrAdd(key, line);
    if (first !== -1) this.repeats.push({ line, first, merged });
  }

  findings(): RepeatedRows | null {
    if (this.rows > MAX_FOLLOWED_ROWS || this.repeats.length === 0) return null;
    const separate = this.repeats.filter((repeat) => !repeat.merged).length;
    if (separate === 0 && this.repeats.length < MIN_REPEATED_RUN) return null;
    return {
      lines: lineRuns(this.repeats.map((repeat) => repeat.line)),
      first: lineRuns(this.repeats.map((repeat) => repeat.first)),
      merged: this.repeats.length - separate,
      separate,
    };
  }
}

/** Lines as runs of consecutive lines, in order, each line once. */
export function lineRuns(lines: readonly number[]): LineRange[] {
  const runs: LineRange[] = [];
  for (const line of [...new Set(lines)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.to + 1 === line) last.to = line;
    else runs.push({ from: line, to: line });
  }
  return runs;
}

/** Runs of lines as a user reads them ("3, 5–9, 12"), the first few only: a long list would bury the warning. */
export function sayLineRuns(runs: readonly LineRange[], shown = 8): string {
  const said = runs.slice(0, shown).map((run) => (run.from === run.to ? `${run.from}` : `${run.from}–${run.to}`)).join(', ');
  return runs.length > shown ? `${said}, …` : said;
}

/** Rows of `a` also in `b`, each counted as often as both hold it. */
export function sharedRows<K>(a: Map<K, number>, b: Map<K, number>): number {
  let shared = 0;
  for (const [key, times] of a) shared += Math.min(times, b.get(key) ?? 0);
  return shared;
}
