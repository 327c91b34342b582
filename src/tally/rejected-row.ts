// What tally needs to know of a rejected row, and a counter that stores millions of them as a few dozen entries.
import { ShardedMap } from '../dedupe/sharded-map.js';

export interface RejectedRow {
  source: string;
  reason: string;
  /** ISO 3166-1 alpha-2, or 'unknown' ('' is read as 'unknown'). */
  country: string;
  /** YYYY-MM-DD, or 'unknown' ('' is read as 'unknown'). */
  day: string;
  /** Counted under byLanguage; 'unknown' when absent. */
  language?: string;
  /** How many identical rejected rows this stands for; 1 when absent. */
  count?: number;
}

const SEPARATOR = '\u0000';

/** Aggregates rejected rows by (source, reason, country, day, language): memory grows with distinct combinations, not rows. */
export class RejectionCounter implements Iterable<RejectedRow> {
  // Sharded: the language (and the day) are as the rows wrote them, so junk can make every rejected row its own entry.
  private readonly counts = new ShardedMap<string, number>();
  private total = 0;

  add(row: RejectedRow): void {
    const key = [row.source, row.reason, row.country, row.day, row.language ?? ''].join(SEPARATOR);
    const count = row.count ?? 1;
    this.counts.set(key, (this.counts.get(key) ?? 0) + count);
    this.total += count;
  }

  /** Rejected rows added so far. */
  get size(): number {
    return this.total;
  }

  *[Symbol.iterator](): Iterator<RejectedRow> {
    for (const [key, count] of this.counts) {
      const [source, reason, country, day, language] = key.split(SEPARATOR);
      yield language === '' ? { source, reason, country, day, count } : { source, reason, country, day, language, count };
    }
  }
}
