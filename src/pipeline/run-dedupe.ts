// Pass 1 and the decisions on it: collect compact keys, apply the exact rules, then fuzzy matching, then count.
import { MatchTable } from '../dedupe/match-table.js';
import type { DedupeOutcome } from '../dedupe/exact-dedupe.js';
import { decideSigners } from './decide-signers.js';
import { FuzzyRecords } from '../dedupe/fuzzy/fuzzy-records.js';
import type { FuzzyResult, ReviewDecision } from '../dedupe/fuzzy/refine-with-fuzzy.js';
import { tableRows, tally, type TallyRows } from '../tally/tally.js';
import { SpillFolder } from '../dedupe/spill/record-file.js';
import { RowCollector, spilledEmails, spilledRows, type EachEmail } from '../dedupe/spill/spilled-table.js';
import { dedupeSpilledExact } from '../dedupe/spill/spilled-exact-dedupe.js';
import { RejectionCounter } from '../tally/rejected-row.js';
import { AnonymousRows } from '../dedupe/anonymous-signers.js';
import { createTzClock } from '../normalize/tz-clock.js';
import { namesWithdrawals, scanSources, type ScanOptions, type ScanResult } from './scan-sources.js';
import { peopleOfSeeds, rememberWithdrawnPeople, type WithdrawalSeed, type WithdrawnPeople } from './withdrawn-people.js';
import type { Counts, Rejection } from '../types.js';
import { locateDecisions, type RunSource } from '../dedupe/fuzzy/locate-decisions.js';
import { DecidedRowFinder } from '../dedupe/fuzzy/follow-decided-rows.js';
import { describeForReview, rowContentKey } from '../dedupe/fuzzy/review-csv.js';
import { decisionProblems } from './decision-problems.js';
import { createHash } from 'node:crypto';
import type { OutputSpool } from './output-spool.js';
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import { countryBucket } from '../tally/country-bucket.js';
import { RejectedWishes } from './asked-identity.js';

export interface DedupeRunOptions extends ScanOptions {
  /** Exact rules only: faster and lean, for very large files or when fuzzy matching is not wanted. */
  exact?: boolean;
  decisions?: ReviewDecision[];
  /** How many rejections to keep whole for messages (all are counted; rejects.csv gets every one in pass 2). */
  keepRejections?: number;
  /**
   * With `exact`, the rows whose match keys stay in memory; beyond it they go to a temporary file and are
   * matched batch by batch, so memory stays flat however many rows there are. Infinity keeps every row (and
   * DedupeRun.table). Fuzzy matching always keeps every row.
   */
  rowsInMemory?: number;
  /** Only the counts are wanted (`petition count`): DedupeRun.outcome may then be null. */
  countsOnly?: boolean;
  /** Called once when the rows went to disk, before they are matched: Deps.collectGarbage (20 MB less at 5M rows). */
  collectGarbage?: () => void;
  /** Keeps every row as dedupe writes it, so writeDedupeOutputs need not read the sources again. */
  outputSpool?: OutputSpool;
}

/** About 45 MB of match keys. */
export const ROWS_IN_MEMORY = 1 << 20;
/** Rows of connected groups matched at a time from disk: about 8 MB with the matcher's working arrays. */
const BATCH_ROWS = 1 << 16;

/** Enough to show a person; a hostile file of a million broken rows must not hold a million objects. */
const DEFAULT_KEPT_REJECTIONS = 1000;

export interface DedupeRun {
  scan: ScanResult;
  /** Every accepted row's match keys; null when they went to disk (an exact run beyond rowsInMemory). */
  table: MatchTable | null;
  /** Per row: signer, kept, rule. Null only for a countsOnly run whose rows went to disk: see outcomeOf. */
  outcome: DedupeOutcome | null;
  fuzzy: FuzzyResult | null;
  fuzzyRecords: FuzzyRecords | null;
  /** The first rejections, whole (at most keepRejections); counts.rejected has them all. */
  rejections: Rejection[];
  counts: Counts;
  /**
   * Per signer: 1 when any of their rows asked for anonymity (the most private choice wins over the kept row's).
   * Null only when there is no per-row outcome (a countsOnly run whose rows went to disk).
   */
  anonymousSigners: Uint8Array | null;
  /**
   * Signers with a line dated only by its paper sheet who have a signing date in another row: signer → that earliest
   * date. The list prints it, unmarked; the signers not in it whose every date is a sheet's are counts.sheetDated.
   */
  datedElsewhere: ReadonlyMap<number, number>;
}

export async function runDedupe(options: DedupeRunOptions): Promise<DedupeRun> {
  // A withdrawal list's people leave with every row dedupe makes one signer with theirs: a first run finds those rows.
  if (!options.withdrawnAsSeeds && (await namesWithdrawals(options))) rememberWithdrawnPeople(options, await findWithdrawnPeople(options));
  return dedupeOnce(options);
}

/**
 * The rows that are one signer with a row a withdrawal list names, by a run in which the listed rows are matched like
 * any other. Rows spilled to disk keep no source row to name: there the listed rows alone leave (an exact run of more
 * than a million rows).
 */
async function findWithdrawnPeople(options: DedupeRunOptions): Promise<WithdrawnPeople> {
  const seeds: WithdrawalSeed[] = [];
  const run = await dedupeOnce({ ...options, withdrawnAsSeeds: true, outputSpool: undefined, countsOnly: false, onProgress: undefined }, seeds);
  const { table, outcome } = run;
  if (!table || !outcome) return new Map();
  return peopleOfSeeds({
    sourceOf: (index) => table.sources.name(table.source(index)),
    rowOf: (index) => table.row(index),
    cluster: outcome.cluster,
    exactCluster: run.fuzzy?.exactCluster ?? outcome.cluster,
    review: run.fuzzy?.review ?? [],
  }, seeds);
}

async function dedupeOnce(options: DedupeRunOptions, seeds?: WithdrawalSeed[]): Promise<DedupeRun> {
  const tz = options.tz ?? 'UTC';
  const clock = createTzClock(tz);
  const fuzzyRecords = options.exact ? null : new FuzzyRecords();
  const rowsInMemory = options.exact ? options.rowsInMemory ?? ROWS_IN_MEMORY : Number.POSITIVE_INFINITY;
  const folder = new SpillFolder();
  const collector = new RowCollector({ dayOf: (signedAt) => clock.dayOf(signedAt) }, rowsInMemory, folder);
  const rejections: Rejection[] = [];
  const rejectedRows = new RejectionCounter();
  const keepRejections = options.keepRejections ?? DEFAULT_KEPT_REJECTIONS;
  const anonymousRows = new AnonymousRows();
  const askedByRejected = new RejectedWishes();
  const askedByAnonymous = new RejectedWishes(true);

  try {
    const saved = options.decisions?.length ? locateDecisions(options.decisions, await hashSources(options)) : undefined;
    const finder = new DecidedRowFinder(saved?.located ?? []);
    const spool = options.outputSpool;
    // The period signed in: a paper line dated by its sheet (returned or printed) says nothing of when it was signed.
    const signedSpan = { first: Number.POSITIVE_INFINITY, last: Number.NEGATIVE_INFINITY, sheetDated: 0 };
    const sheetDatedRows: number[] = [];
    const scan = await scanSources({ ...options, tz }, (event) => {
      spool?.add(event);
      if (event.kind === 'accepted') {
        const { signature } = event;
        if (event.withdrawal) seeds?.push({ index: event.index, match: event.withdrawal });
        if (signature.paper?.datedBy) {
          signedSpan.sheetDated++;
          sheetDatedRows.push(event.index);
        } else if (signature.signedAt !== null) {
          signedSpan.first = Math.min(signedSpan.first, signature.signedAt);
          signedSpan.last = Math.max(signedSpan.last, signature.signedAt);
        }
        if (finder.wants(signature.source)) finder.add(signature.source, signature.row, rowContentKey(describeForReview(signature)));
        collector.add(signature);
        fuzzyRecords?.add(signature);
        anonymousRows.add(event.index, signature.anonymous, signature.maskedName === true);
        askedByRejected.addAccepted(signature.phone);
        askedByAnonymous.addAccepted(signature.phone);
        if (signature.anonymous) askedByAnonymous.add(signature, { source: signature.source, row: signature.row, line: signature.line });
        return;
      }
      const { rejection, signature } = event;
      if (event.askedAnonymity) askedByRejected.add(event.askedAnonymity, rejection);
      if (rejections.length < keepRejections) rejections.push(rejection);
      rejectedRows.add({
        source: rejection.source,
        reason: rejection.reason,
        country: signature ? countryBucket(signature) : 'unknown',
        day: signature?.signedAt != null ? clock.dayOf(signature.signedAt) : 'unknown',
      });
    });

    const decisions = saved && finder.follow(saved);
    const collected = collector.finish();
    let table: MatchTable | null = null;
    let outcome: DedupeOutcome | null;
    let signers: Pick<DedupeOutcome, 'kept' | 'byRule'>;
    let fuzzy: FuzzyResult | null = null;
    let rows: TallyRows;
    let eachEmail: EachEmail = () => undefined;
    if ('table' in collected) {
      table = collected.table;
      ({ outcome, fuzzy } = decideSigners(table, fuzzyRecords, { decisions: decisions?.located }));
      signers = outcome;
      rows = tableRows(table);
    } else {
      options.collectGarbage?.();
      const spilledSigners = dedupeSpilledExact(collected.spilled, folder, { batchRows: Math.min(rowsInMemory, BATCH_ROWS), perRow: !options.countsOnly });
      signers = spilledSigners;
      outcome = spilledSigners.outcome;
      rows = spilledRows(collected.spilled);
      eachEmail = spilledEmails(collected.spilled);
    }
    // The list shows signers, so the sentence about undated paper signatures counts signers too: a row merged into
    // another of the same person is no second undated signature, and a signer dated by another row is dated.
    const datedElsewhere = new Map<number, number>();
    if (outcome && table && sheetDatedRows.length > 0) {
      const sheetDatedSigners = signersDatedOnlyBySheet(sheetDatedRows, outcome.cluster, (row) => table.signedAt(row), datedElsewhere);
      signedSpan.sheetDated = sheetDatedSigners;
    }
    const counts = tally({
      // Every named input has a bucket, a repeated file (read once, under its first name) with zero rows.
      sources: options.specs.flatMap((spec) => {
        const read = scan.sources.filter((s) => s.spec === spec).map((s) => s.name);
        return read.length > 0 ? read : [spec.path];
      }),
      rows,
      outcome: signers,
      rejected: rejectedRows,
      pendingReview: fuzzy?.review.length ?? 0,
      pendingMerges: fuzzy?.pendingMerges ?? 0,
      comparedPairs: fuzzy?.comparedPairs ?? 0,
      signedSpan,
    });
    // byDay holds the sheet-dated lines on their sheet's day; the period said beside it is the dated signatures'.
    if (signedSpan.sheetDated > 0 && signedSpan.first !== Number.POSITIVE_INFINITY) counts.datedDays = { first: clock.dayOf(signedSpan.first), last: clock.dayOf(signedSpan.last) };
    if (decisions && decisions.located.length === 0 && decisions.unmatched > 0) {
      // Said after matching, so the message can tell how many pairs (perhaps none) still await review.
      const text = msg('problem.decisions-unmatched', { count: decisions.unmatched, pending: counts.pendingReview });
      scan.problems.push(withText({ source: 'review decisions', code: 'decisions_unmatched', message: english().say(text) }, text));
    }
    if (decisions) scan.problems.push(...decisionProblems(decisions, scan.sources, fuzzy?.sameWithTwoEmails ?? [], fuzzy?.changedNotApplied ?? []));
    const anonymousSigners = outcome ? anonymousRows.bySigner(outcome.cluster, outcome.signers) : null;
    if (anonymousSigners && outcome && fuzzy) withholdAcrossPendingPairs(anonymousSigners, outcome.cluster, fuzzy.review);
    if (anonymousSigners && outcome && askedByRejected.size > 0) {
      // Rows held in memory meet a rejected row's wish by email or by the name rules; rows spilled to disk by email.
      scan.problems.push(...(table ? askedByRejected.withhold(anonymousSigners, outcome.cluster, table, fuzzyRecords) : askedByRejected.withholdByEmail(anonymousSigners, outcome.cluster, eachEmail)));
    }
    // An accepted row asking for anonymity hides the rows of other signers that may be the same person, as a rejected
    // row does (the exact rules already merged those with its email or name and place). Rows spilled to disk keep no
    // names to compare: there the rejected rows' phone and email matches are all.
    if (anonymousSigners && outcome && table && askedByAnonymous.size > 0) {
      scan.problems.push(...askedByAnonymous.withhold(anonymousSigners, outcome.cluster, table, fuzzyRecords));
    }
    return { scan, table, outcome, fuzzy, fuzzyRecords, rejections, counts, anonymousSigners, datedElsewhere };
  } finally {
    folder.close();
  }
}

/**
 * How many signers have a paper line dated by its sheet and no signing date in any row; `datedElsewhere` gets the
 * others, each with their earliest signing date. Rows spilled to disk keep no table to look in: there the sheet-dated
 * rows are counted, as before (more than a million rows in one run).
 */
function signersDatedOnlyBySheet(sheetDatedRows: readonly number[], cluster: Int32Array, signedAt: (row: number) => number | null, datedElsewhere: Map<number, number>): number {
  const bySheet = new Set(sheetDatedRows);
  const signers = new Set(sheetDatedRows.map((row) => cluster[row]));
  for (let row = 0; row < cluster.length; row++) {
    if (bySheet.has(row) || !signers.has(cluster[row])) continue;
    const time = signedAt(row);
    if (time === null) continue;
    const earliest = datedElsewhere.get(cluster[row]);
    if (earliest === undefined || time < earliest) datedElsewhere.set(cluster[row], time);
  }
  return signers.size - datedElsewhere.size;
}

/** The per-row outcome of a run made without countsOnly (which always has one). */
export function outcomeOf(run: DedupeRun): DedupeOutcome {
  if (!run.outcome) throw new Error('the run was made for counts only: it has no per-row outcome');
  return run.outcome;
}

/** Whether the signer of an accepted row is to be shown as anonymous: any of their rows asked for it. */
/**
 * A pair awaiting review may be one person: until someone decides, the more private choice of the two wins, so a
 * signer who asked for anonymity in one export is not printed by name from another. Repeated until nothing changes,
 * for chains of pending pairs.
 */
function withholdAcrossPendingPairs(anonymous: Uint8Array, cluster: Int32Array, pairs: ReadonlyArray<{ a: number; b: number }>): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const { a, b } of pairs) {
      const x = cluster[a];
      const y = cluster[b];
      if (anonymous[x] !== anonymous[y]) {
        anonymous[x] = 1;
        anonymous[y] = 1;
        changed = true;
      }
    }
  }
}

export function signerIsAnonymous(run: DedupeRun, index: number, rowAsked: boolean): boolean {
  return rowAsked || (run.anonymousSigners !== null && run.outcome !== null && run.anonymousSigners[run.outcome.cluster[index]] === 1);
}

/** The run without what only fuzzy matching and explaining need: for a caller that goes on to hold a million list rows. */
export function withoutMatcherState(run: DedupeRun): DedupeRun {
  return { ...run, fuzzy: null, fuzzyRecords: null };
}

/** The SHA-256 of every source, read once more through the same opener: saved decisions name files by content. */
export async function hashSources(options: Pick<ScanOptions, 'specs' | 'open'>): Promise<RunSource[]> {
  const sources: RunSource[] = [];
  for (const spec of options.specs) {
    const hash = createHash('sha256');
    for await (const chunk of options.open(spec)) hash.update(chunk as Buffer);
    sources.push({ path: spec.path, sha256: hash.digest('hex') });
  }
  return sources;
}
