// Counts of rows, rejections, duplicates and signers: in total and by country, day, source and language.
import type { DedupeOutcome } from '../dedupe/dedupe-outcome.js';
import { UNKNOWN, type MatchTable } from '../dedupe/match-table.js';
import type { Interner } from '../dedupe/interner.js';
import type { CountBucket, Counts } from '../types.js';
import type { RejectedRow } from './rejected-row.js';
import { counted } from '../text/counted.js';
import { ShardedMap } from '../dedupe/sharded-map.js';

export type { RejectedRow } from './rejected-row.js';

/** What the tally needs of one accepted row; ids are those of TallyRows.names. */
export type TallyRowVisitor = (index: number, country: number, day: number, source: number, language: number, time: number) => void;

/** Accepted rows, wherever they are kept: a MatchTable (tableRows) or rows spilled to disk. */
export interface TallyRows {
  readonly names: Pick<MatchTable, 'countries' | 'days' | 'sources' | 'languages'>;
  readonly size: number;
  /** Visits every row in index order; time is epoch ms, +Infinity when unknown. */
  forEachRow(visit: TallyRowVisitor): void;
}

export function tableRows(table: MatchTable): TallyRows {
  return {
    names: table,
    size: table.size,
    forEachRow(visit) {
      for (let i = 0; i < table.size; i++) visit(i, table.country(i), table.day(i), table.source(i), table.language(i), table.sortTime(i));
    },
  };
}

export interface TallyInput {
  /** Every source in the order given: each appears in bySource, even with no rows. */
  sources: string[];
  rows: TallyRows;
  /** Which rows are kept (the rest are duplicates) and the duplicates by rule: a DedupeOutcome has both. */
  outcome: Pick<DedupeOutcome, 'kept' | 'byRule'>;
  rejected: Iterable<RejectedRow>;
  pendingReview?: number;
  /** How many signers fewer there would be if every pending pair were decided "same". */
  pendingMerges?: number;
  comparedPairs?: number;
  /**
   * The signing period from the signatures that carry a date of their own (epoch ms; ±Infinity when none), and how
   * many paper lines were counted on their sheet's day instead: a sheet's return day is no signing day, and would
   * stretch the period a letter states. Without it, the period is every accepted row's.
   */
  signedSpan?: { first: number; last: number; sheetDated: number };
}

/**
 * The numbers of `petition count`. Conservation holds in the total and in every bucket:
 * rows = rejected + accepted and accepted = duplicates + unique.
 * A row counts in the buckets of its own country, day, source and language. So a person who signed on Monday
 * and again on Tuesday is unique on Monday (the earliest signature is the one kept) and a duplicate on Tuesday,
 * and each bucket's unique column sums to the total unique.
 * byCountry, byDay and byLanguage are in key order with 'unknown' last; bySource in the order given.
 */
export function tally(input: TallyInput): Counts {
  const { rows, outcome } = input;
  const n = rows.size;
  if (outcome.kept.length !== n) throw new RangeError(`dedupe outcome has ${counted(outcome.kept.length, 'row')}, the table ${n}`);

  const { names } = rows;
  const country = new AcceptedCounts(names.countries);
  const day = new AcceptedCounts(names.days);
  const source = new AcceptedCounts(names.sources);
  const language = new AcceptedCounts(names.languages);
  const kept = outcome.kept;
  let duplicates = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  rows.forEachRow((i, countryId, dayId, sourceId, languageId, time) => {
    const duplicate = kept[i] === 0 ? 1 : 0;
    duplicates += duplicate;
    country.add(countryId, duplicate);
    day.add(dayId, duplicate);
    source.add(sourceId, duplicate);
    language.add(languageId, duplicate);
    if (time !== Number.POSITIVE_INFINITY) {
      if (time < first) first = time;
      if (time > last) last = time;
    }
  });

  if (input.signedSpan) ({ first, last } = input.signedSpan);

  const byCountry = country.buckets();
  const byDay = day.buckets();
  const bySource = new ShardedMap<string, CountBucket>();
  for (const path of input.sources) bySource.set(path, emptyBucket());
  for (const [path, bucket] of source.buckets()) bySource.set(path, bucket);
  const byLanguage = language.buckets();

  const rejectReasons: Record<string, number> = {};
  let rejected = 0;
  for (const row of input.rejected) {
    const count = row.count ?? 1;
    rejected += count;
    rejectReasons[row.reason] = (rejectReasons[row.reason] ?? 0) + count;
    addRejected(byCountry, row.country || UNKNOWN, count);
    addRejected(byDay, row.day || UNKNOWN, count);
    addRejected(bySource, row.source, count);
    addRejected(byLanguage, row.language || UNKNOWN, count);
  }

  return {
    rows: n + rejected,
    rejected,
    accepted: n,
    duplicates,
    unique: n - duplicates,
    rejectReasons: sortedRecord(new Map(Object.entries(rejectReasons))),
    duplicatesByRule: { ...outcome.byRule },
    byCountry: sortedRecord(byCountry),
    byDay: sortedRecord(byDay),
    bySource: Object.fromEntries(bySource),
    byLanguage: sortedRecord(byLanguage),
    firstSigned: first === Number.POSITIVE_INFINITY ? null : new Date(first).toISOString(),
    lastSigned: last === Number.NEGATIVE_INFINITY ? null : new Date(last).toISOString(),
    ...(input.signedSpan?.sheetDated ? { sheetDated: input.signedSpan.sheetDated } : {}),
    pendingReview: input.pendingReview ?? 0,
    uniqueLow: n - duplicates - (input.pendingMerges ?? 0),
    uniqueHigh: n - duplicates,
    comparedPairs: input.comparedPairs ?? 0,
  };
}

/** Accepted and duplicate counts per interned id of one column. */
class AcceptedCounts {
  private readonly accepted: Float64Array;
  private readonly duplicates: Float64Array;

  constructor(private readonly names: Interner) {
    this.accepted = new Float64Array(names.size);
    this.duplicates = new Float64Array(names.size);
  }

  add(id: number, duplicate: number): void {
    this.accepted[id]++;
    this.duplicates[id] += duplicate;
  }

  /** Sharded: a language is as the rows wrote it, and may be a different text on every row. */
  buckets(): ShardedMap<string, CountBucket> {
    const buckets = new ShardedMap<string, CountBucket>();
    for (let id = 0; id < this.accepted.length; id++) {
      const accepted = this.accepted[id];
      if (accepted === 0) continue;
      const duplicates = this.duplicates[id];
      buckets.set(this.names.name(id), { rows: accepted, rejected: 0, accepted, duplicates, unique: accepted - duplicates });
    }
    return buckets;
  }
}

function emptyBucket(): CountBucket {
  return { rows: 0, rejected: 0, accepted: 0, duplicates: 0, unique: 0 };
}

function addRejected(buckets: ShardedMap<string, CountBucket>, key: string, count: number): void {
  let bucket = buckets.get(key);
  if (!bucket) {
    bucket = emptyBucket();
    buckets.set(key, bucket);
  }
  bucket.rows += count;
  bucket.rejected += count;
}

/** Keys in code-unit order (so YYYY-MM-DD sorts by date), 'unknown' last. */
function sortedRecord<T>(entries: { keys(): Iterable<string>; get(key: string): T | undefined }): Record<string, T> {
  const keys = [...entries.keys()].sort((a, b) => {
    if (a === b) return 0;
    if (a === UNKNOWN) return 1;
    if (b === UNKNOWN) return -1;
    return a < b ? -1 : 1;
  });
  const record: Record<string, T> = {};
  for (const key of keys) record[key] = entries.get(key) as T;
  return record;
}
