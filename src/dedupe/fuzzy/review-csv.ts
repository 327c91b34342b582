// Review files: uncertain pairs written for people to decide (a `decision` column: same/different), and the
// decisions read back, so later runs apply them and never ask the same question twice.

import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { UserError } from '../../errors.js';
import { msg } from '../../i18n/message.js';
import type { Signature } from '../../types.js';
import type { CandidatePair, ReviewDecision } from './refine-with-fuzzy.js';
import type { PairReason } from './pair-scorer.js';
import { restoreDefused } from '../../output/csv-cell.js';

/** What a reviewer sees of one side of a pair. */
export interface ReviewSide {
  source: string;
  row: number;
  name: string;
  email: string;
  city: string;
  postcode: string;
  country: string;
  /** Signing day, YYYY-MM-DD, or ''. */
  date: string;
  /** SHA-256 of the source file's bytes: what a saved decision is keyed by (the path is only a hint). */
  sha256?: string;
}

const SIDE_FIELDS = ['source', 'row', 'name', 'email', 'city', 'postcode', 'country', 'date'] as const;
/**
 * The cells that say who a row is, apart from where it is: what a row's content key is made of. Not the country or
 * the date: a --country flag or the day order read from the whole file (which new rows can settle) changes them.
 */
const CONTENT_FIELDS = ['name', 'email', 'city', 'postcode'] as const;

/**
 * A row's content key: a hash of what the review showed of it. A saved decision finds its row by this key when the
 * export changed since (rows inserted above move every row number), the row number only choosing among equal rows.
 */
export function rowContentKey(side: Pick<ReviewSide, (typeof CONTENT_FIELDS)[number]>): string {
  return createHash('sha256').update(JSON.stringify(CONTENT_FIELDS.map((field) => side[field].trim()))).digest('hex').slice(0, 32);
}

export const REVIEW_HEADER: readonly string[] = [
  'decision', 'score',
  ...SIDE_FIELDS.map((field) => `${field}_a`),
  ...SIDE_FIELDS.map((field) => `${field}_b`),
  'reasons', 'sha256_a', 'sha256_b',
  // The run's inputs as typed (`--campaign campaign.yaml`, or every file), so `review` can say how to apply decisions.
  'inputs',
];

/** The columns a decisions file must have; files from before content hashes were recorded have only these. */
export const DECISIONS_HEADER: readonly string[] = ['source_a', 'row_a', 'source_b', 'row_b', 'decision'];
/** The columns written: the sources' content hashes too, and each row's content key. */
export const DECISIONS_COLUMNS: readonly string[] = [...DECISIONS_HEADER, 'sha256_a', 'sha256_b', 'row_key_a', 'row_key_b'];

/** One line per pair, in REVIEW_HEADER order, with the decision left empty for the reviewer. */
export function reviewCsvRows(review: CandidatePair[], describe: (row: number) => ReviewSide, inputs = ''): Array<Array<string | number>> {
  return review.map((pair) => {
    const a = describe(pair.a);
    const b = describe(pair.b);
    return [
      '', pair.score.toFixed(1),
      ...SIDE_FIELDS.map((field) => a[field]),
      ...SIDE_FIELDS.map((field) => b[field]),
      describeReasons(pair.reasons),
      a.sha256 ?? '', b.sha256 ?? '',
      inputs,
    ];
  });
}

/** The review side of a signature (an empty side when the row is not at hand). */
export function describeForReview(signature: Signature | undefined): ReviewSide {
  if (!signature) return { source: '', row: 0, name: '', email: '', city: '', postcode: '', country: '', date: '' };
  return {
    source: signature.source,
    row: signature.row,
    name: signature.name,
    email: signature.email,
    city: signature.city,
    postcode: signature.postcode,
    country: signature.country === 'unknown' ? '' : signature.country,
    date: signature.signedAt === null ? '' : new Date(signature.signedAt).toISOString().slice(0, 10),
  };
}

/** "given=nickname(+6.6) family=exact(+8.9) city=disagree(-4.0)": which fields agreed, how well, what it weighed. */
export function describeReasons(reasons: PairReason[]): string {
  return reasons
    .map(({ field, level, weight }) => {
      if (!Number.isFinite(weight)) return `${field}=${level}`;
      return `${field}=${level}(${weight >= 0 ? '+' : ''}${weight.toFixed(1)})`;
    })
    .join(' ');
}

const SAME = new Set(['same', 's', 'yes', 'y', '같음', '동일', '같은 사람']);
const DIFFERENT = new Set(['different', 'd', 'no', 'n', 'diff', '다름', '다른 사람']);

/**
 * The cell separator of a review or decisions file, from its header line (which holds no quotes): a spreadsheet saved
 * in a European locale writes ";" (Excel in es, de, fr), some a TAB; comma otherwise.
 */
export function headerDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/u, '').split(/\r?\n/u, 1)[0] ?? '';
  const count = (separator: string) => header.split(separator).length - 1;
  return [';', '\t'].find((separator) => count(separator) > count(',')) ?? ',';
}

/**
 * Reads decisions from a filled-in review.csv or a decisions.csv (both have source_a, row_a, source_b, row_b and
 * decision). Rows without a decision are still open and are skipped.
 */
export function parseDecisions(text: string): ReviewDecision[] {
  let records: Array<Record<string, string>>;
  let header: string[] | undefined;
  try {
    records = parse(text, {
      columns: (names: string[]) => (header = names.map((name) => name.trim())),
      bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, delimiter: headerDelimiter(text),
    });
  } catch (error) {
    throw new UserError(msg('review.decisions-not-csv'), {}, { cause: error });
  }
  if (header === undefined) return [];
  // A file without the header (its first decision taken for one) or not a decisions file at all: read as no
  // decisions, the organizer would deliver a count their review was never applied to.
  const found = header;
  if (!DECISIONS_HEADER.some((column) => found.includes(column))) {
    throw new UserError(msg('review.decisions-no-header', { header: DECISIONS_COLUMNS.join(',') }), { line: 1 });
  }
  for (const column of DECISIONS_HEADER) {
    if (!found.includes(column)) throw new UserError(msg('review.decisions-lack-column', { column }), { column });
  }
  const decisions: ReviewDecision[] = [];
  records.forEach((record, index) => {
    const answer = (record.decision ?? '').toLowerCase();
    if (!answer) return;
    const row = index + 1;
    let decision: ReviewDecision['decision'];
    if (SAME.has(answer)) decision = 'same';
    else if (DIFFERENT.has(answer)) decision = 'different';
    else throw new UserError(msg('review.bad-decision', { decision: record.decision }), { row, column: 'decision' });
    decisions.push({ a: side(record, 'a', row), b: side(record, 'b', row), decision, row });
  });
  return decisions;
}

function side(record: Record<string, string>, which: 'a' | 'b', row: number): ReviewDecision['a'] {
  const source = restoreDefused(record[`source_${which}`] ?? '');
  const number = Number(record[`row_${which}`]);
  if (!source || !Number.isInteger(number) || number < 1) {
    throw new UserError(msg('review.bad-side', { source: `source_${which}`, row: `row_${which}` }), { row, column: `row_${which}` });
  }
  const sha256 = (record[`sha256_${which}`] ?? '').toLowerCase();
  const rowKey = recordRowKey(record, which);
  return { source, row: number, ...(SHA256.test(sha256) ? { sha256 } : {}), ...(rowKey ? { rowKey } : {}) };
}

/** A decisions file names the key; a filled-in review file shows the cells it is made of. */
function recordRowKey(record: Record<string, string>, which: 'a' | 'b'): string | undefined {
  const saved = (record[`row_key_${which}`] ?? '').toLowerCase();
  if (ROW_KEY.test(saved)) return saved;
  if (!CONTENT_FIELDS.every((field) => `${field}_${which}` in record)) return undefined;
  const cell = (field: (typeof CONTENT_FIELDS)[number]): string => restoreDefused(record[`${field}_${which}`] ?? '');
  return rowContentKey({ name: cell('name'), email: cell('email'), city: cell('city'), postcode: cell('postcode') });
}

const SHA256 = /^[0-9a-f]{64}$/;
const ROW_KEY = /^[0-9a-f]{32}$/;

/** Decisions kept across runs: a later answer about the same two rows (in either order) replaces the earlier one. */
export function mergeDecisions(previous: ReviewDecision[], added: ReviewDecision[]): ReviewDecision[] {
  const keyOf = (d: ReviewDecision): string => {
    const x = `${d.a.source}\u0000${d.a.row}`;
    const y = `${d.b.source}\u0000${d.b.row}`;
    return x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`;
  };
  const merged = new Map<string, ReviewDecision>();
  for (const decision of [...previous, ...added]) {
    const key = keyOf(decision);
    merged.delete(key);
    merged.set(key, decision);
  }
  return [...merged.values()];
}

/** Lines of a decisions.csv, in DECISIONS_COLUMNS order. */
export function decisionsCsvRows(decisions: ReviewDecision[]): Array<Array<string | number>> {
  return decisions.map((d) => [d.a.source, d.a.row, d.b.source, d.b.row, d.decision, d.a.sha256 ?? '', d.b.sha256 ?? '', d.a.rowKey ?? '', d.b.rowKey ?? '']);
}
