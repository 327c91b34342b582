// The rows a saved decision is about, found again by their content in a file that changed since the decision:
// an export sorted newest first gains rows above the decided ones, and every row number below moves.
import type { DecisionSide, ReviewDecision } from './refine-with-fuzzy.js';
import type { LocatedDecisions } from './locate-decisions.js';

/** Fed every accepted row of the sources it wants while reading; then moves each decision to where its rows are now. */
export class DecidedRowFinder {
  /** By source: the content keys of decided rows in files that changed. */
  private readonly wanted = new Map<string, Set<string>>();
  /** By source and content key: the rows holding that content now. */
  private readonly found = new Map<string, number[]>();

  constructor(decisions: readonly ReviewDecision[]) {
    for (const d of decisions) {
      if (!d.contentChanged) continue;
      for (const side of [d.a, d.b]) {
        if (!side.rowKey) continue;
        const keys = this.wanted.get(side.source) ?? new Set<string>();
        keys.add(side.rowKey);
        this.wanted.set(side.source, keys);
      }
    }
  }

  /** Whether rows of this source are looked for: the caller makes a row's content key only then. */
  wants(source: string): boolean {
    return this.wanted.has(source);
  }

  add(source: string, row: number, rowKey: string): void {
    if (!this.wanted.get(source)?.has(rowKey)) return;
    const key = `${source}\u0000${rowKey}`;
    const rows = this.found.get(key) ?? [];
    rows.push(row);
    this.found.set(key, rows);
  }

  /**
   * Each decision about a changed file, moved to the rows that now hold the content it was made about (of equal
   * rows, the one nearest the saved row number). When both sides are found so, the content vouches for the pair and
   * it applies as saved; a side whose content is gone (the row was edited or removed) leaves the decision unapplied.
   * A side saved without a content key keeps its row number, checked later by the names it holds.
   */
  follow(decisions: LocatedDecisions): LocatedDecisions {
    const located: ReviewDecision[] = [];
    const rowsGone: Array<{ decision: ReviewDecision; side: DecisionSide }> = [...(decisions.rowsGone ?? [])];
    for (const d of decisions.located) {
      if (!d.contentChanged) {
        located.push(d);
        continue;
      }
      const a = this.where(d.a);
      const b = this.where(d.b);
      const gone = [a === null ? d.a : undefined, b === null ? d.b : undefined].find((side) => side !== undefined);
      if (gone) {
        rowsGone.push({ decision: d, side: gone });
        continue;
      }
      const vouched = d.a.rowKey !== undefined && d.b.rowKey !== undefined;
      const { contentChanged: _changed, ...rest } = d;
      located.push({ ...(vouched ? rest : d), a: { ...d.a, row: a ?? d.a.row }, b: { ...d.b, row: b ?? d.b.row } });
    }
    return { ...decisions, located, rowsGone };
  }

  /** The row now holding a side's content; undefined for a side without a key, null when no row holds it. */
  private where(side: DecisionSide): number | null | undefined {
    if (!side.rowKey) return undefined;
    const rows = this.found.get(`${side.source}\u0000${side.rowKey}`);
    if (!rows) return null;
    return rows.reduce((best, row) => (Math.abs(row - side.row) < Math.abs(best - side.row) ? row : best));
  }
}
