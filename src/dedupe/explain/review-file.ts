// A review.csv read back: each uncertain pair with both records, its score and reasons, and any decision filled in.
import { parse } from 'csv-parse/sync';
import { UserError } from '../../errors.js';
import { msg } from '../../i18n/message.js';
import { DECISIONS_HEADER, headerDelimiter, parseDecisions, type ReviewSide } from '../fuzzy/review-csv.js';
import type { ReviewDecision } from '../fuzzy/refine-with-fuzzy.js';
import { restoreDefused } from '../../output/csv-cell.js';

export interface ReviewPair {
  /** 1-based data row of the pair in the review file. */
  line: number;
  score: string;
  a: ReviewSide;
  b: ReviewSide;
  reasons: string;
}

export interface ReviewFile {
  pairs: ReviewPair[];
  /** Decisions filled in the file's decision column (in a spreadsheet). */
  filled: ReviewDecision[];
  /** The inputs of the run that wrote the file, as shell words typed in its directory ('' in files from before). */
  inputs: string;
}

export function parseReviewFile(text: string, file: string): ReviewFile {
  let records: Array<Record<string, string>>;
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: true, delimiter: headerDelimiter(text) });
    const filled = parseDecisions(text);
    const first = records[0];
    if (first) for (const column of DECISIONS_HEADER) if (!(column in first)) throw new UserError(msg('review.file-lacks-column', { column }), { column });
    return { pairs: records.map((record, i) => toPair(record, i + 1)), filled, inputs: restoreDefused(first?.inputs ?? '') };
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.text, { ...error.location, file }, { cause: error });
    throw new UserError(msg('review.file-not-csv'), { file }, { cause: error });
  }
}

function toPair(record: Record<string, string>, line: number): ReviewPair {
  const side = (which: 'a' | 'b'): ReviewSide => {
    const cell = (field: string): string => restoreDefused(record[`${field}_${which}`] ?? '');
    return {
      source: cell('source'), row: Number(cell('row')), name: cell('name'), email: cell('email'), city: cell('city'),
      postcode: cell('postcode'), country: cell('country'), date: cell('date'),
      ...(/^[0-9a-f]{64}$/.test(cell('sha256')) ? { sha256: cell('sha256') } : {}),
    };
  };
  return { line, score: record.score ?? '', a: side('a'), b: side('b'), reasons: record.reasons ?? '' };
}

/** One key for a pair of rows, in either order: the same key mergeDecisions uses. */
export function pairKey(a: { source: string; row: number }, b: { source: string; row: number }): string {
  const x = `${a.source}\u0000${a.row}`;
  const y = `${b.source}\u0000${b.row}`;
  return x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`;
}

/** Pairs without a decision among `decided`, in file order. */
export function undecidedPairs(pairs: readonly ReviewPair[], decided: readonly ReviewDecision[]): ReviewPair[] {
  const done = new Set(decided.map((d) => pairKey(d.a, d.b)));
  return pairs.filter((pair) => !done.has(pairKey(pair.a, pair.b)));
}

/** The decisions of `added` that are new or change an answer in `kept`: what importing them would write. */
export function newDecisions(added: readonly ReviewDecision[], kept: readonly ReviewDecision[]): ReviewDecision[] {
  const answers = new Map(kept.map((d) => [pairKey(d.a, d.b), d.decision]));
  return added.filter((d) => answers.get(pairKey(d.a, d.b)) !== d.decision);
}
