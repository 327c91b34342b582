// Fuzzy matching after the exact rules: blocking, pair scores, two thresholds, a chaining guard, and people's
// review decisions, giving the links to merge, the pairs left for review, and why each merge was made.

import { sourcePrior } from './source-prior.js';
import { blockingRules, forEachCandidatePair } from './blocking.js';
import type { FuzzyRecords } from './fuzzy-records.js';
import { guardChaining, linkOrder, type ScoredLink } from './guard-chaining.js';
import { BELOW_FLOOR, HOUSEHOLD, PairScorer, PLACE_FIELDS, type PairReason } from './pair-scorer.js';
import type { PlaceOverlap } from './place-overlap.js';
import {
  buildReport, contentHashes, contentOrder, estimateM, estimateU, MIN_PAIRS_TO_LEARN, PatternSample, type PlaceOverlapEntry, type WeightReport,
} from './estimate-weights.js';
import { householdsApart, sameEmailNames } from './same-email-names.js';
import { DisagreementAnchors } from './strict-fields.js';
import { FIELD_INDEX, FIELD_LEVELS } from './match-weights.js';
import { GrowableInt32 } from './value-table.js';
import { ShardedMap, ShardedSet } from '../sharded-map.js';
import { countClusterSizes, HOUSEHOLD_RULE } from '../dedupe-outcome.js';

export type { PairReason } from './pair-scorer.js';

/**
 * Default thresholds, in bits of evidence (log2 of the likelihood ratio, summed over the fields).
 * 13 bits is odds of about 8,000 to 1 from the fields alone: in practice an uncommon name plus one independent
 * agreement (postcode, city and street, email, birth date), or a common name plus two. Chosen once on the
 * FEBRL and fake_1000 benchmarks (12 and 14 give F1 within 0.001 on FEBRL; 13 keeps precision ≥ 0.998 on all
 * of them) and the same for every file. Pairs between 10 and 13 bits go to review. Below 10: a shared name whose
 * postcodes differ (a namesake in the same city) or a common Korean name alone (Kim, Lee and Park weigh 2–4 bits,
 * not 8) — at a million rows such pairs number in the millions and no person could review them.
 */
export const DEFAULT_UPPER = 13;
export const DEFAULT_LOWER = 10;
/**
 * The defaults hold for data in which two rows are as likely to be one person as in FEBRL 4 (5,000 people
 * among 10,000 rows): 2^-13.3 for a pair of rows. Where that prior is lower, a score must be higher to give
 * the same odds of one person, so both thresholds rise by the difference; where it is higher (many people
 * signed more than once), they fall, by at most MAX_FALL bits. A realistic petition of 14,000 rows in which
 * the exact rules find 1,100 pairs rises by 1.8 bits; 1,000,000 rows with 2 % found twice, by 10.
 */
export const REFERENCE_PRIOR_BITS = 13.3;
/** The exact rules find about half of the pairs that are one person: the rest is what fuzzy matching is for. */
const EXACT_SHARE_OF_DUPLICATES = 0.5;
/** However few pairs the exact rules find, at least one row in a hundred is taken to have signed twice. */
const MIN_DUPLICATE_SHARE = 0.01;
/** Thresholds never fall below 9 and 6 bits: evidence under that is a shared surname and city. */
const MAX_FALL = 4;
/** Files smaller than this tell too little about how many signed twice: the defaults hold as they are. */
export const MIN_ROWS_FOR_PRIOR = 500;

/**
 * The default thresholds for `rows` rows in which the exact rules made `exactPairs` pairs of rows one signer:
 * the evidence needed, in bits, for the odds that a pair is one person to be the same as at 13 in FEBRL 4.
 */
export function defaultThresholds(rows: number, exactPairs: number): { upper: number; lower: number } {
  let rise = 0;
  if (rows >= MIN_ROWS_FOR_PRIOR) {
    const expectedPairs = Math.max(exactPairs / EXACT_SHARE_OF_DUPLICATES, rows * MIN_DUPLICATE_SHARE);
    const priorBits = Math.log2((rows * (rows - 1)) / 2 / expectedPairs);
    rise = Math.max(-MAX_FALL, priorBits - REFERENCE_PRIOR_BITS);
  }
  return { upper: DEFAULT_UPPER + rise, lower: DEFAULT_LOWER + rise };
}

/** How far the thresholds learned from the scores may move from the first guess (the sieve kept pairs that far down). */
const MAX_LEARNED_FALL = 2;

/**
 * The thresholds once the pairs are scored: the share of pairs that are one person is learned from the scores
 * themselves (a pair scoring s bits above the prior's bits is one person with odds 2^s, so the pairs expected to be
 * one person are the exact rules' pairs plus the sum of every scored pair's odds turned into a probability), solved
 * to a fixed point. The first guess, that fuzzy matching finds as many pairs as the exact rules, is wrong both ways:
 * where the exact rules already found nearly everyone (platforms that all export emails) it sets the bar too low and
 * merges namesakes; where names are written two ways it sets it too high.
 */
export function learnedThresholds(rows: number, exactPairs: number, scores: ArrayLike<number>, first: { upper: number; lower: number }): { upper: number; lower: number } {
  if (rows < MIN_ROWS_FOR_PRIOR) return first;
  const allPairs = (rows * (rows - 1)) / 2;
  const floorBits = REFERENCE_PRIOR_BITS - MAX_FALL;
  let priorBits = first.upper - DEFAULT_UPPER + REFERENCE_PRIOR_BITS;
  const { bitsAt, pairs } = scoreHistogram(scores);
  for (let round = 0; round < 50; round++) {
    let expected = Math.max(exactPairs, 1);
    for (let i = 0; i < pairs.length; i++) if (pairs[i] > 0) expected += pairs[i] / (1 + 2 ** (priorBits - bitsAt(i)));
    const next = Math.max(floorBits, Math.log2(allPairs / Math.max(expected, rows * MIN_DUPLICATE_SHARE)));
    const done = Math.abs(next - priorBits) < 0.005;
    priorBits = next;
    if (done) break;
  }
  const rise = Math.max(first.upper - DEFAULT_UPPER - MAX_LEARNED_FALL, priorBits - REFERENCE_PRIOR_BITS);
  return { upper: DEFAULT_UPPER + rise, lower: DEFAULT_LOWER + rise };
}

/** Scores are counted in bins this wide (bits): a million rows' pairs then cost the fixed point a few thousand terms. */
const BIN = 1 / 64;

/** A pair's score, not a mark for one the sieve dropped, a repeat, or a household. */
const isScored = (score: number): boolean => Number.isFinite(score) && score !== BELOW_FLOOR;

/** How many scored pairs fall in each bin from the lowest finite score up; pairs the sieve dropped are left out. */
function scoreHistogram(scores: ArrayLike<number>): { bitsAt: (bin: number) => number; pairs: Float64Array } {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (!isScored(score)) continue;
    if (score < low) low = score;
    if (score > high) high = score;
  }
  if (low > high) return { bitsAt: () => 0, pairs: new Float64Array(0) };
  const pairs = new Float64Array(Math.floor((high - low) / BIN) + 1);
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (isScored(score)) pairs[Math.floor((score - low) / BIN)]++;
  }
  return { bitsAt: (bin) => low + (bin + 0.5) * BIN, pairs };
}

const round1 = (bits: number): number => Math.round(bits * 10) / 10;

/** The learned overlaps of the place fields, for the weights report. */
function placeOverlapEntries({ overlap, pairs, byFamily, byFamilyPairs }: PlaceOverlap): PlaceOverlapEntry[] {
  const n = PLACE_FIELDS.length;
  const entries: PlaceOverlapEntry[] = [];
  for (let j = 0; j < n; j++) {
    if (byFamilyPairs[j] > 0) entries.push({ field: 'family', tells: PLACE_FIELDS[j], share: round2(byFamily[j]), pairs: byFamilyPairs[j] });
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (i !== j && pairs[i * n + j] > 0) entries.push({ field: PLACE_FIELDS[i], tells: PLACE_FIELDS[j], share: round2(overlap[i * n + j]), pairs: pairs[i * n + j] });
    }
  }
  return entries;
}

const round2 = (share: number): number => Math.round(share * 100) / 100;

/** Pairs of rows the exact rules already made one signer. */
function pairsWithin(cluster: Int32Array): number {
  let pairs = 0;
  for (const size of countClusterSizes(cluster)) pairs += (size * (size - 1)) / 2;
  return pairs;
}

/**
 * Two members of one would-be cluster that score below this against each other (clear evidence of two people:
 * other given name, other street, other postcode) break the chain that joined them. Far below zero because
 * two noisy records of one person often score a little below zero against each other without being different.
 */
export const CONFLICT_BELOW = -10;

const GIVEN = FIELD_INDEX.given;
const FAMILY = FIELD_INDEX.family;
const EMAIL = FIELD_INDEX.email;
const GIVEN_DISAGREES = FIELD_LEVELS.given.length - 1;
const FAMILY_DISAGREES = FIELD_LEVELS.family.length - 1;

/**
 * The pairs weights are learned from: both name parts agree at some level (exact, a nickname, a typo, a
 * romanization, an initial). Among them the two kinds EM can tell apart are one person and a namesake, which is
 * the question; over all candidate pairs it would as readily learn "neighbours" (same postcode, other name).
 */
function namesAgree(levels: Int8Array): boolean {
  const given = levels[GIVEN];
  const family = levels[FAMILY];
  return given >= 0 && family >= 0 && given !== GIVEN_DISAGREES && family !== FAMILY_DISAGREES;
}

/** Pairs scoring this far above the merge threshold with the prior weights are sure enough to learn from. */
const SURE_MARGIN = 3;

/** Pairs scoring this far below the review threshold with the prior weights are not scored again. */
const LEARNING_MARGIN = 2;
/** Pairs of one exact signer scored to judge the strict fields: enough to see a 2 % disagreement, at any size. */
const MAX_SAME_SIGNER_ANCHORS = 200_000;

export interface FuzzyOptions {
  /** The scorer already made for these records (the exact rules' household check used it), so it isn't built twice. */
  scorer?: PairScorer;
  upper?: number;
  lower?: number;
  /** Members of one would-be cluster scoring below this against each other break it up (default CONFLICT_BELOW). */
  conflictBelow?: number;
  /**
   * Keep links that would join two signers holding different emails out of `links` and put them up for review
   * (default true): clusterLinks refuses such joins, and a refused link must not vanish silently.
   */
  emailGuard?: boolean;
  decisions?: ReviewDecision[];
}

export interface CandidatePair {
  a: number;
  b: number;
  score: number;
  reasons: PairReason[];
}

export interface ReviewDecision {
  /**
   * `source` is the path as it was given (a hint); `sha256` the file's content when the decision was saved; `rowKey`
   * the row's content key (rowContentKey), which finds the row again in a file that changed since.
   */
  a: DecisionSide;
  b: DecisionSide;
  decision: 'same' | 'different';
  /** Where the decision was read: the decisions file and its data row, for messages about it. */
  row?: number;
  file?: string;
  /** A side's file was found by path, not by its recorded hash: it changed (grew) since the decision was saved. */
  contentChanged?: boolean;
}

export interface DecisionSide {
  source: string;
  row: number;
  sha256?: string;
  rowKey?: string;
}

/** A merge for clusterLinks: rows a and b are one signer. */
export interface FuzzyLink {
  a: number;
  b: number;
  rule: 'fuzzy' | 'review_same';
  score?: number;
}

export interface MergeExplanation {
  /** The row this one was linked to. */
  other: number;
  rule: 'fuzzy' | 'review_same';
  score: number;
  reasons: PairReason[];
}

export interface FuzzyResult {
  links: FuzzyLink[];
  /** Uncertain pairs nobody has decided yet, strongest first; each counts as two people until decided. */
  review: CandidatePair[];
  comparedPairs: number;
  /** How many signers fewer there would be if every pair awaiting review were one person. */
  pendingMerges: number;
  /** The weights the scores were made with: learned from this data where it had enough to learn from. */
  weights: WeightReport;
  /** The exact rules' clusters this matching built on. */
  exactCluster: Int32Array;
  /** Why a row was merged: each fuzzy link it takes part in, with the level of every field and the score. */
  explain(row: number): MergeExplanation[];
  /** "Same person" decisions applied to two rows holding different valid emails: each is for the organizer to check. */
  sameWithTwoEmails: ReviewDecision[];
  /** Decisions about a file that changed since, not applied because the two rows no longer hold alike people. */
  changedNotApplied: ReviewDecision[];
}

/** The part of the exact engine's outcome fuzzy matching builds on. */
export interface ExactClusters {
  cluster: Int32Array;
  /** Per row, the exact engine's rule id; HOUSEHOLD_RULE marks the kept row of a household's second person. */
  ruleId?: Uint8Array;
}

export function findFuzzyMatches(records: FuzzyRecords, exact: ExactClusters, options: FuzzyOptions = {}): FuzzyResult {
  const exactPairs = pairsWithin(exact.cluster);
  const defaults = defaultThresholds(records.size, exactPairs);
  let upper = options.upper ?? defaults.upper;
  let lower = options.lower ?? defaults.lower;
  const cluster = exact.cluster;
  const scorer = options.scorer ?? new PairScorer(records);

  const sameEmail = sameEmailNames(records, cluster, scorer);
  scorer.householdsApart = householdsApart(sameEmail);
  const rowHash = contentHashes(records);
  const rowOrder = contentOrder(rowHash);
  const placeOverlap = placeOverlapEntries(scorer.learnPlaceOverlap(rowOrder));
  const uEstimate = estimateU(rowHash, scorer, rowOrder);
  const patterns = new PatternSample(rowHash);
  const anchors = new DisagreementAnchors();
  // Scores made with the prior are only a first sieve: pairs well below the review threshold cannot reach it
  // with weights learned from the data, the rest are scored again once the weights are known.
  const sieve = lower - LEARNING_MARGIN;
  const pairA = new GrowableInt32();
  const pairB = new GrowableInt32();
  let comparedPairs = 0;
  let sameSignerPairs = 0;
  const sources = records.columns.source.view();
  let surePairs = 0;
  let sureSameSource = 0;
  // Pairs that can pass neither the sieve nor be an anchor need no more than a bound on their score.
  const floor = Math.min(sieve, anchors.lowestAnchorScore((index) => scorer.lowestBits(index)));
  forEachCandidatePair(records, blockingRules(records), (a, b, rule) => {
    if (cluster[a] === cluster[b]) {
      // Rows of one email the exact rules made one signer are the surest one-person pairs there are, and were chosen
      // by their email alone: what they disagree on tells which fields one person's rows never disagree on. Pairs
      // joined by a name and a place were chosen for agreeing on the place, so they would say places never differ.
      if (sameSignerPairs < MAX_SAME_SIGNER_ANCHORS) {
        const score = scorer.finish(a, b, scorer.weighNames(a, b), -Infinity);
        if (scorer.levels[EMAIL] === 0) {
          sameSignerPairs++;
          anchors.add(score, scorer.levels, scorer.fieldBits);
        }
      }
      return;
    }
    comparedPairs++;
    const names = scorer.weighNames(a, b);
    const learnable = rule.learn !== false;
    const learnFrom = learnable && namesAgree(scorer.levels) && patterns.takes(a, b);
    const score = scorer.finish(a, b, names, learnFrom ? -Infinity : floor);
    if (score === HOUSEHOLD || score === BELOW_FLOOR) return;
    if (learnable) anchors.add(score, scorer.levels, scorer.fieldBits);
    if (learnFrom) patterns.add(scorer.levels);
    if (score >= upper + SURE_MARGIN) {
      surePairs++;
      if (sources[a] === sources[b]) sureSameSource++;
    }
    if (score >= sieve) {
      pairA.push(a);
      pairB.push(b);
    }
  });
  const mEstimate = estimateM(patterns.total >= MIN_PAIRS_TO_LEARN ? patterns.patterns() : [], uEstimate.u);
  const { probabilities, report } = buildReport(uEstimate, mEstimate, sameEmail, anchors.fields(), { merge: round1(upper), review: round1(lower) }, placeOverlap);
  scorer.useProbabilities(probabilities);
  scorer.strict = anchors.mask();
  report.sourcePrior = sourcePrior(records.sources.counts, surePairs, sureSameSource);
  scorer.useSourcePrior(report.sourcePrior);
  // Only scores from the floor up are kept: a pair the bound puts below it needs no more. Thresholds learned from the
  // scores need every pair the sieve kept; thresholds given need none below the review threshold.
  const learning = options.upper === undefined && options.lower === undefined;
  const rescoreFloor = learning ? sieve : lower;
  const size = records.size;
  const pairScore = new Float64Array(pairA.length);
  const seen = new ShardedSet<number>();
  for (let i = 0; i < pairScore.length; i++) {
    const a = pairA.get(i);
    const b = pairB.get(i);
    const key = a * size + b;
    // A pair met again in a windowed block is scored and counted once.
    if (seen.has(key)) {
      pairScore[i] = BELOW_FLOOR;
      continue;
    }
    seen.add(key);
    pairScore[i] = scorer.finish(a, b, scorer.weighNames(a, b), rescoreFloor);
  }
  if (learning) {
    ({ upper, lower } = learnedThresholds(records.size, exactPairs, pairScore, defaults));
    report.thresholds = { merge: round1(upper), review: round1(lower) };
  }

  const decided = indexDecisions(records, cluster, options.decisions ?? []);
  const nodePairKey = (x: number, y: number): number => (x < y ? x * size + y : y * size + x);

  const strong: ScoredLink[] = [];
  const uncertain: ScoredLink[] = [];
  for (let i = 0; i < pairScore.length; i++) {
    const a = pairA.get(i);
    const b = pairB.get(i);
    if (pairScore[i] < lower) continue;
    // Decided pairs are handled below, whatever their score.
    if (decided.byNodes.size > 0 && decided.byNodes.has(nodePairKey(cluster[a], cluster[b]))) continue;
    const link = { a, b, score: pairScore[i], forced: false };
    (pairScore[i] >= upper ? strong : uncertain).push(link);
  }
  for (const [a, b] of decided.same) strong.push({ a, b, score: Infinity, forced: true });

  const households = householdPairs(records, exact);
  const order = linkOrder(records.signedAt);
  const guarded = guardChaining({
    order,
    links: strong,
    cluster,
    score: (a, b) => scorer.score(a, b),
    cannotLink: (x, y) => decided.byNodes.get(nodePairKey(x, y)) === 'different' || households.apart(x, y),
    conflictBelow: options.conflictBelow ?? CONFLICT_BELOW,
  });

  const ordered = guarded.accepted.sort(order);
  const { kept, refused } = options.emailGuard === false
    ? { kept: ordered, refused: [] }
    : keepEmailIdentities(ordered, cluster, records.columns.email.view());
  const links: FuzzyLink[] = kept.map((link) =>
    link.forced ? { a: link.a, b: link.b, rule: 'review_same' } : { a: link.a, b: link.b, rule: 'fuzzy', score: link.score });

  const finalCluster = componentsAfter(cluster, links);
  const review = pickReviewPairs([...uncertain, ...guarded.refused, ...refused], finalCluster, nodePairKey, order)
    .map((link) => ({ a: link.a, b: link.b, ...scorer.explain(link.a, link.b) }));

  return {
    links, review, comparedPairs, pendingMerges: mergesIfSame(review, finalCluster), weights: report, exactCluster: cluster, explain: explainer(links, scorer),
    sameWithTwoEmails: decided.sameWithTwoEmails, changedNotApplied: decided.changedNotApplied,
  };
}

/**
 * The email guard of clusterLinks, applied ahead of it: a signer holds at most one email, so a link between two
 * signers with different emails is refused there. Such links are returned as `refused`, to be reviewed.
 */
function keepEmailIdentities(links: ScoredLink[], cluster: Int32Array, email: Int32Array): { kept: ScoredLink[]; refused: ScoredLink[] } {
  const parent = new ShardedMap<number, number>();
  // Cluster ids are signer numbers (0 … signers - 1): an array indexed by them, -1 for no email.
  const identity = new Int32Array(links.length > 0 ? cluster.length : 0).fill(-1);
  if (links.length > 0) {
    for (let row = 0; row < cluster.length; row++) if (email[row] >= 0) identity[cluster[row]] = email[row];
  }
  const find = (x: number): number => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  const kept: ScoredLink[] = [];
  const refused: ScoredLink[] = [];
  for (const link of links) {
    const x = find(cluster[link.a]);
    const y = find(cluster[link.b]);
    if (x === y) {
      kept.push(link);
      continue;
    }
    const emailX = identity[x];
    const emailY = identity[y];
    // A person's "same" is passed on whatever the emails; it must never come back as a question.
    if (!link.forced && emailX >= 0 && emailY >= 0 && emailX !== emailY) {
      refused.push(link);
      continue;
    }
    parent.set(y, x);
    if (emailX < 0 && emailY >= 0) identity[x] = emailY;
    kept.push(link);
  }
  return { kept, refused };
}

interface DecisionIndex {
  /** Decisions by pair of exact clusters: one answer covers every row pair between the two clusters. */
  byNodes: Map<number, 'same' | 'different'>;
  same: Array<[number, number]>;
  sameWithTwoEmails: ReviewDecision[];
  changedNotApplied: ReviewDecision[];
}

function indexDecisions(records: FuzzyRecords, cluster: Int32Array, decisions: ReviewDecision[]): DecisionIndex {
  const byNodes = new Map<number, 'same' | 'different'>();
  const same: Array<[number, number]> = [];
  const sameWithTwoEmails: ReviewDecision[] = [];
  const changedNotApplied: ReviewDecision[] = [];
  if (decisions.length === 0) return { byNodes, same, sameWithTwoEmails, changedNotApplied };
  const wanted = new Map<string, number>();
  const keyOf = (source: string, row: number): string => `${source}\u0000${row}`;
  for (const d of decisions) {
    wanted.set(keyOf(d.a.source, d.a.row), -1);
    wanted.set(keyOf(d.b.source, d.b.row), -1);
  }
  for (let i = 0; i < records.size; i++) {
    const { source, row } = records.where(i);
    const key = keyOf(source, row);
    if (wanted.get(key) === -1) wanted.set(key, i);
  }
  for (const d of decisions) {
    const a = wanted.get(keyOf(d.a.source, d.a.row)) ?? -1;
    const b = wanted.get(keyOf(d.b.source, d.b.row)) ?? -1;
    if (a < 0 || b < 0 || cluster[a] === cluster[b]) continue; // rows no longer in the input, or already one signer
    // In a file that changed since, rows inserted above would make these row numbers name strangers.
    if (d.contentChanged && !stillAlike(records, a, b)) {
      changedNotApplied.push(d);
      continue;
    }
    const x = cluster[a];
    const y = cluster[b];
    byNodes.set(x < y ? x * records.size + y : y * records.size + x, d.decision);
    if (d.decision === 'same') same.push(a < b ? [a, b] : [b, a]);
    // Applied, as a person decided it (two addresses of one person happen), but never silently: a hand-edited or
    // mis-keyed file could join two strangers this way.
    if (d.decision === 'same' && records.emailOf(a) && records.emailOf(b) && records.emailOf(a) !== records.emailOf(b)) sameWithTwoEmails.push(d);
  }
  return { byNodes, same, sameWithTwoEmails, changedNotApplied };
}

/** The two rows hold the same name (given and family) or the same valid email: the pair a person decided on. */
function stillAlike(records: FuzzyRecords, a: number, b: number): boolean {
  const { given, family } = records.columns;
  const email = records.emailOf(a);
  if (email && email === records.emailOf(b)) return true;
  const canonical = (id: number): number => (id < 0 ? -1 : records.names.canonicalId[id]);
  const sameGiven = canonical(given.get(a)) === canonical(given.get(b));
  const sameFamily = canonical(family.get(a)) === canonical(family.get(b));
  return sameGiven && sameFamily && given.get(a) + family.get(a) > -2;
}

/** Union-find over the few cluster ids that links touch (a Map, not an array the size of every row). */
class SparseUnion {
  private readonly parent = new ShardedMap<number, number>();

  find(x: number): number {
    let root = x;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    return root;
  }

  /** Joins the sets of x and y; false when they were one already. */
  union(x: number, y: number): boolean {
    const rootX = this.find(x);
    const rootY = this.find(y);
    if (rootX === rootY) return false;
    this.parent.set(rootY, rootX);
    return true;
  }
}

/** Final cluster of every row once the links are applied (for choosing which pairs still need a person). */
function componentsAfter(cluster: Int32Array, links: FuzzyLink[]): (row: number) => number {
  const sets = new SparseUnion();
  for (const link of links) sets.union(cluster[link.a], cluster[link.b]);
  return (row) => sets.find(cluster[row]);
}

/** Signers that would merge away if every pending pair were "same": pairs chain, so a pair already joined adds none. */
function mergesIfSame(review: CandidatePair[], finalCluster: (row: number) => number): number {
  const sets = new SparseUnion();
  let merges = 0;
  for (const pair of review) if (sets.union(finalCluster(pair.a), finalCluster(pair.b))) merges++;
  return merges;
}

/** One question per pair of would-be signers (the strongest row pair), none for pairs already merged. */
function pickReviewPairs(
  candidates: ScoredLink[], finalCluster: (row: number) => number,
  nodePairKey: (x: number, y: number) => number, order: (x: ScoredLink, y: ScoredLink) => number,
): ScoredLink[] {
  const best = new ShardedMap<number, ScoredLink>();
  for (const link of candidates) {
    if (link.score === HOUSEHOLD) continue;
    const x = finalCluster(link.a);
    const y = finalCluster(link.b);
    if (x === y) continue;
    const key = nodePairKey(x, y);
    const previous = best.get(key);
    if (!previous || order(link, previous) < 0) best.set(key, link);
  }
  return [...best.values()].sort(order);
}

function explainer(links: FuzzyLink[], scorer: PairScorer): (row: number) => MergeExplanation[] {
  let byRow: ShardedMap<number, FuzzyLink[]> | null = null;
  return (row) => {
    if (!byRow) {
      byRow = new ShardedMap();
      for (const link of links) {
        for (const end of [link.a, link.b]) {
          let list = byRow.get(end);
          if (!list) byRow.set(end, (list = []));
          list.push(link);
        }
      }
    }
    return (byRow.get(row) ?? []).map((link) => {
      const other = link.a === row ? link.b : link.a;
      const { score, reasons } = scorer.explain(link.a, link.b);
      if (link.rule === 'review_same') {
        return { other, rule: link.rule, score, reasons: [{ field: 'review', level: 'decided-same', weight: 0 }, ...reasons] };
      }
      return { other, rule: link.rule, score, reasons };
    });
  };
}

/**
 * The second person of a household and the signer whose email they share are two people by the exact rules, and
 * clusterLinks will refuse to join them. The guard must know it too: a link it counted as accepted but that is
 * later refused would still have blocked other links, and which one it met first would depend on row order.
 */
function householdPairs(records: FuzzyRecords, exact: ExactClusters): { apart(nodeA: number, nodeB: number): boolean } {
  const { cluster, ruleId } = exact;
  const email = records.columns.email;
  const noEmail = (id: number) => id < 0 || records.emails.values[id] === '';
  const householdEmail = new ShardedMap<number, number>();
  if (ruleId) {
    for (let i = 0; i < cluster.length; i++) {
      if (ruleId[i] === HOUSEHOLD_RULE && !noEmail(email.get(i))) householdEmail.set(cluster[i], email.get(i));
    }
  }
  if (householdEmail.size === 0) return { apart: () => false };
  const shared = new ShardedSet(householdEmail.values());
  const nodeEmails = new ShardedMap<number, Set<number>>();
  for (let i = 0; i < cluster.length; i++) {
    const id = email.get(i);
    if (!shared.has(id)) continue;
    let set = nodeEmails.get(cluster[i]);
    if (!set) nodeEmails.set(cluster[i], (set = new Set()));
    set.add(id);
  }
  const holds = (node: number, id: number | undefined) => id !== undefined && (nodeEmails.get(node)?.has(id) ?? false);
  return {
    apart: (x, y) => holds(y, householdEmail.get(x)) || holds(x, householdEmail.get(y)),
  };
}
