// Match weights learned from the data being deduplicated, as Splink and fastLink do: u (how often two different
// people reach a level) from random pairs, m (how often one person does) by expectation-maximisation over the
// candidate pairs, with the petition priors of match-weights.ts mixed in so a small file cannot learn nonsense.
// Everything here depends on the rows' content, never on the order they were read in: random pairs are drawn in
// an order given by a hash of each row's values, and EM runs over comparison patterns sorted by their code.

import type { SourcePrior } from './source-prior.js';
import { hashOut, hashString64 } from '../hash-string64.js';
import type { FuzzyRecords } from './fuzzy-records.js';
import { FIELD_LEVELS, FIELDS, PRIOR, type FieldName, type FieldProbabilities } from './match-weights.js';
import { householdsApart, type SameEmailNames } from './same-email-names.js';
import type { StrictField } from './strict-fields.js';
import { ShardedMap } from '../sharded-map.js';

export interface PlaceOverlapEntry {
  /** Agreement on `field` tells this share of the bits of agreement on `tells`. */
  field: FieldName;
  tells: FieldName;
  share: number;
  pairs: number;
}

/** Where a level's m or u came from. */
export type WeightSource = 'learned' | 'default';

export interface LearnedLevel {
  level: string;
  m: number;
  u: number;
  /** log2(m / u): what the level weighs, in bits. */
  bits: number;
  m_source: WeightSource;
  u_source: WeightSource;
}

export interface WeightReport {
  /** Candidate pairs whose comparison patterns EM was run on, and how many random pairs gave u. */
  candidatePairs: number;
  randomPairs: number;
  /** EM's estimate of the share of candidate pairs that are one person. */
  matchShare: number;
  iterations: number;
  /**
   * Pairs of rows on one email (not a household by the exact rules): how many, and in how many the given name is
   * clearly another. Where names do not change under one email, a clearly different given name at one address is
   * another person of the household.
   */
  sameEmailPairs: number;
  sameEmailOtherGiven: number;
  householdsApart: boolean;
  /** Fields whose outright disagreement is taken as two people, and the pairs that decided it. */
  strictFields: StrictField[];
  /**
   * How far one place field's agreement already tells another's, learned from strangers who share a value (see
   * place-overlap.ts): 1 counts the place once, 0 counts each field as a fact of its own. Only learned pairs are listed.
   */
  placeOverlap: PlaceOverlapEntry[];
  /** The scores, in bits, from which a pair was merged and from which it went to review, for these files. */
  thresholds: { merge: number; review: number };
  /** What two rows of one export weigh against two rows of two exports, learned (source-prior.ts); null: not weighed. */
  sourcePrior: SourcePrior | null;
  fields: Record<FieldName, LearnedLevel[]>;
}

/**
 * The comparison patterns of the candidate pairs EM learns from: every one in a small file, a sample of about
 * SAMPLE_PAIRS in a large one (a million rows give tens of millions of pairs whose names agree; a sample tells
 * their shares as well, and each pair it leaves out needs no more than a bound on its score). A pair's place in
 * the sample follows from a hash of its two rows' content, so the sample is the same whatever order rows came in.
 */
export class PatternSample {
  /** Pattern counts by bucket: the leading zero bits of the pair's hash, so bucket z holds one pair in 2^(z+1). */
  private readonly buckets: Array<ShardedMap<number, number> | null> = Array.from({ length: 33 }, () => new ShardedMap());
  private readonly bucketTotals = new Float64Array(33);
  /** Buckets below this were dropped: the sample is every pair of bucket keepFrom or above. */
  private keepFrom = 0;
  private lastBucket = 0;
  total = 0;

  constructor(private readonly rowHash: Float64Array, private readonly limit = SAMPLE_PAIRS) {}

  /** Whether the sample takes this pair; add() must follow for a pair it takes. */
  takes(a: number, b: number): boolean {
    let h = ((this.rowHash[a] | 0) + (this.rowHash[b] | 0)) | 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.lastBucket = Math.clz32(h ^ (h >>> 16));
    return this.lastBucket >= this.keepFrom;
  }

  /** The levels of the pair takes() last took. */
  add(levels: Int8Array): void {
    let code = 0;
    for (let f = 0; f < levels.length; f++) code = code * BASE + (levels[f] + 1);
    const counts = this.buckets[this.lastBucket]!;
    counts.set(code, (counts.get(code) ?? 0) + 1);
    this.bucketTotals[this.lastBucket]++;
    this.total++;
    while (this.total > this.limit && this.keepFrom < 32) {
      this.total -= this.bucketTotals[this.keepFrom];
      this.buckets[this.keepFrom] = null;
      this.keepFrom++;
    }
  }

  /** Distinct patterns in code order (an order that does not depend on the rows'), with their counts. */
  patterns(): Array<{ levels: Int8Array; count: number }> {
    const merged = new Map<number, number>();
    for (const counts of this.buckets) {
      if (counts) for (const [code, count] of counts.entries()) merged.set(code, (merged.get(code) ?? 0) + count);
    }
    return [...merged.entries()].sort((x, y) => x[0] - y[0]).map(([code, count]) => ({ levels: decode(code), count }));
  }
}

/** About this many candidate pairs are enough to learn m from; more only cost time. */
const SAMPLE_PAIRS = 400_000;

// Each field has at most 8 levels, plus "not compared".
const BASE = 9;

function decode(code: number): Int8Array {
  const levels = new Int8Array(FIELDS.length);
  for (let f = FIELDS.length - 1; f >= 0; f--) {
    levels[f] = (code % BASE) - 1;
    code = Math.floor(code / BASE);
  }
  return levels;
}

/** Below this many candidate pairs (or random pairs) the defaults are used as they are: too little to learn from. */
export const MIN_PAIRS_TO_LEARN = 500;
/** A field is learned only when EM saw it filled on this many pairs' worth of matches; else its prior stands. */
const MIN_EXPECTED_MATCHES = 30;
/** How many pairs' worth of the prior are mixed into every estimate. */
const PRIOR_PAIRS = 20;
const RANDOM_PAIRS = 50_000;
/**
 * EM runs over pairs whose names agree, so it cannot see how often one person's names differ: the names keep
 * their prior m (their u is still learned).
 */
const NAME_FIELDS: ReadonlySet<FieldName> = new Set(['given', 'family']);
const EM_ITERATIONS = 40;
/** Probabilities are kept inside (FLOOR, 1 − FLOOR) so no level weighs infinitely. */
const FLOOR = 1e-5;

export interface Comparer {
  /** Compares two rows; afterwards `levels` holds each field's level. Returns the score. */
  score(a: number, b: number): number;
  readonly levels: Int8Array;
}

/** u per level from random pairs of rows (prior where too few pairs compared a field). */
export function estimateU(
  rowHash: Float64Array, comparer: Comparer, order = contentOrder(rowHash),
): { u: Record<FieldName, number[]>; learned: Record<FieldName, boolean>; pairs: number } {
  const n = order.length;
  const counts = FIELDS.map((field) => new Float64Array(FIELD_LEVELS[field].length));
  let pairs = 0;
  if (n >= 2) {
    const wanted = Math.min(RANDOM_PAIRS, n * 4);
    // Rows far apart in hash order are as likely one person as any two rows drawn at random. Neighbours are not:
    // rows with the same values hash alike and sort side by side, so a step of one would pair copies.
    const steps = [Math.floor(n / 2), Math.floor(n / 3), Math.floor(n / 5), Math.floor(n / 7)].filter((step) => step >= 1);
    for (const step of steps) {
      for (let i = 0; i + step < n && pairs < wanted; i += Math.max(1, Math.floor(n / (wanted / steps.length)))) {
        const a = order[i];
        const b = order[i + step];
        if (comparer.score(a, b) === -Infinity) continue;
        pairs++;
        const levels = comparer.levels;
        for (let f = 0; f < FIELDS.length; f++) if (levels[f] >= 0) counts[f][levels[f]]++;
      }
    }
  }
  const u = {} as Record<FieldName, number[]>;
  const learned = {} as Record<FieldName, boolean>;
  FIELDS.forEach((field, f) => {
    const total = counts[f].reduce((x, y) => x + y, 0);
    learned[field] = pairs >= MIN_PAIRS_TO_LEARN && total >= MIN_PAIRS_TO_LEARN;
    const prior = PRIOR[field].u;
    // Random pairs rarely reach the rare levels: the prior, at a strength of many pairs, keeps those finite.
    const strength = 1000;
    u[field] = learned[field]
      ? normalize(prior.map((p, level) => (counts[f][level] + strength * p) / (total + strength)))
      : prior.slice();
  });
  return { u, learned, pairs };
}

/** Per row, a 53-bit hash of its values: what orders and samples rows the same way whatever order they came in. */
export function contentHashes(records: FuzzyRecords): Float64Array {
  const c = records.columns;
  const names = records.names.raw.values;
  const n = records.size;
  const hashes = new Float64Array(n);
  const text = (values: string[], id: number): string => (id >= 0 ? values[id] : '');
  for (let row = 0; row < n; row++) {
    hashString64(`${text(names, c.given.get(row))}\u0000${text(names, c.family.get(row))}\u0000${text(records.emails.values, c.email.get(row))}`
      + `\u0000${text(records.postcodes.values, c.postcode.get(row))}\u0000${text(records.cities.values, c.city.get(row))}`
      + `\u0000${text(records.streets.values, c.street.get(row))}\u0000${text(records.birthDates.values, c.birthDate.get(row))}`);
    hashes[row] = (hashOut[0] >>> 0) * 2 ** 21 + ((hashOut[1] >>> 0) & 0x1fffff);
  }
  return hashes;
}

/** Row ids sorted by their content hash: a random order that is the same whatever order rows came in. */
export function contentOrder(rowHash: Float64Array): Int32Array {
  const order = new Int32Array(rowHash.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((x, y) => rowHash[x] - rowHash[y] || x - y);
  return order;
}

/**
 * m per level, and the share of matches, by EM over the candidate pairs' patterns with u held fixed. Returns
 * the prior for a field EM could not learn (too few pairs, or too few expected matches with it filled).
 */
export function estimateM(patterns: Array<{ levels: Int8Array; count: number }>, u: Record<FieldName, number[]>):
  { m: Record<FieldName, number[]>; learned: Record<FieldName, boolean>; matchShare: number; iterations: number; pairs: number } {
  const pairs = patterns.reduce((total, p) => total + p.count, 0);
  const m = Object.fromEntries(FIELDS.map((field) => [field, PRIOR[field].m.slice()])) as Record<FieldName, number[]>;
  const learned = Object.fromEntries(FIELDS.map((field) => [field, false])) as Record<FieldName, boolean>;
  if (pairs < MIN_PAIRS_TO_LEARN) return { m, learned, matchShare: 0, iterations: 0, pairs };
  let share = 0.1;
  let iterations = 0;
  const expected = FIELDS.map((field) => new Float64Array(FIELD_LEVELS[field].length));
  for (; iterations < EM_ITERATIONS; iterations++) {
    for (const e of expected) e.fill(0);
    let matches = 0;
    for (const { levels, count } of patterns) {
      let logRatio = Math.log(share / (1 - share));
      for (let f = 0; f < FIELDS.length; f++) {
        const level = levels[f];
        if (level >= 0) logRatio += Math.log(m[FIELDS[f]][level] / u[FIELDS[f]][level]);
      }
      const posterior = 1 / (1 + Math.exp(-logRatio));
      const weight = posterior * count;
      matches += weight;
      for (let f = 0; f < FIELDS.length; f++) if (levels[f] >= 0) expected[f][levels[f]] += weight;
    }
    let moved = Math.abs(matches / pairs - share);
    share = clamp(matches / pairs);
    FIELDS.forEach((field, f) => {
      if (NAME_FIELDS.has(field)) return;
      const total = expected[f].reduce((x, y) => x + y, 0);
      learned[field] = total >= MIN_EXPECTED_MATCHES;
      if (!learned[field]) return;
      const next = capDisagreement(field,
        normalize(PRIOR[field].m.map((prior, level) => (expected[f][level] + PRIOR_PAIRS * prior) / (total + PRIOR_PAIRS))));
      next.forEach((value, level) => {
        moved = Math.max(moved, Math.abs(value - m[field][level]));
      });
      m[field] = next;
    });
    if (moved < 1e-6) break;
  }
  for (const field of FIELDS) if (!learned[field]) m[field] = PRIOR[field].m.slice();
  return { m, learned, matchShare: share, iterations, pairs };
}

/** The probabilities and the report, from m, u and the same-email check. */
export function buildReport(
  uEstimate: ReturnType<typeof estimateU>, mEstimate: ReturnType<typeof estimateM>,
  sameEmail: SameEmailNames, strictFields: StrictField[], thresholds: WeightReport['thresholds'], placeOverlap: PlaceOverlapEntry[],
): { probabilities: FieldProbabilities; report: WeightReport } {
  const probabilities = {} as FieldProbabilities;
  const fields = {} as Record<FieldName, LearnedLevel[]>;
  for (const field of FIELDS) {
    const m = mEstimate.m[field].slice();
    const u = uEstimate.u[field];
    probabilities[field] = { m, u };
    fields[field] = FIELD_LEVELS[field].map((level, i) => ({
      level, m: round(m[i]), u: round(u[i]), bits: Math.round(Math.log2(m[i] / u[i]) * 100) / 100,
      m_source: mEstimate.learned[field] ? 'learned' : 'default',
      u_source: uEstimate.learned[field] ? 'learned' : 'default',
    }));
  }
  return {
    probabilities,
    report: {
      candidatePairs: mEstimate.pairs, randomPairs: uEstimate.pairs, matchShare: round(mEstimate.matchShare),
      iterations: mEstimate.iterations, sameEmailPairs: sameEmail.pairs, sameEmailOtherGiven: sameEmail.otherGiven,
      householdsApart: householdsApart(sameEmail), strictFields, placeOverlap, thresholds, sourcePrior: null, fields,
    },
  };
}

/**
 * The prior's m of an outright disagreement is an upper bound: when two signatures come from one person, a
 * different postcode, country or address on the same provider is rare. Where EM finds it common among "matches",
 * it has found namesakes or neighbours, not one person; the share it would have given is moved to exact agreement.
 */
function capDisagreement(field: FieldName, m: number[]): number[] {
  const levels = FIELD_LEVELS[field] as readonly string[];
  const out = m.slice();
  levels.forEach((level, i) => {
    if (!DISAGREEMENT_LEVELS.has(level)) return;
    const cap = PRIOR[field].m[i];
    if (out[i] > cap) {
      out[0] += out[i] - cap;
      out[i] = cap;
    }
  });
  return out;
}

const DISAGREEMENT_LEVELS: ReadonlySet<string> = new Set(['disagree', 'other-address-same-provider']);

function normalize(values: number[]): number[] {
  const clamped = values.map(clamp);
  const total = clamped.reduce((x, y) => x + y, 0);
  return clamped.map((value) => value / total);
}

function clamp(p: number): number {
  return Math.min(1 - FLOOR, Math.max(FLOOR, p));
}

function round(value: number): number {
  return Number(value.toPrecision(4));
}
