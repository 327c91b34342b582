// Which rows of this run a saved decision is about: found by the file's content hash and the row, the path only a hint.
import { posix } from 'node:path';
import type { ReviewDecision } from './refine-with-fuzzy.js';

/** A source of this run: the path it is counted under and the SHA-256 of its bytes. */
export interface RunSource {
  path: string;
  sha256: string;
}

export interface LocatedDecisions {
  /** The decisions whose both files were found, with sources rewritten to this run's paths. */
  located: ReviewDecision[];
  /** Decisions naming a file this run does not read (with that content). */
  unmatched: number;
  /** Decisions without a valid content hash (64 hex digits) for a side: their row numbers are bound to no content. */
  unbound: ReviewDecision[];
  /** Decisions that a row is the same person as itself: they say nothing. */
  selfPairs: ReviewDecision[];
  /** One pair decided both "same" and "different": neither is applied. */
  conflicts: Array<[ReviewDecision, ReviewDecision]>;
  /** Decisions about a file that changed, one of whose rows no row holds any longer (DecidedRowFinder). */
  rowsGone?: Array<{ decision: ReviewDecision; side: ReviewDecision['a'] }>;
}

/**
 * A side is found, in order: by its recorded content hash (the file moved or is spelled differently); by its path,
 * normalized (`./a.csv` is `a.csv`); by its file name when only one source has it (`../exports/a.csv` from a campaign
 * is `fixtures/exports/a.csv` on the command line). A side whose recorded hash no file has (an export that grew
 * since) is found by path or name too, but marked `contentChanged`: it is applied only where the two named rows
 * still hold alike people (`indexDecisions`), since inserted rows may make its row numbers name others. A decision
 * without a valid hash is not applied at all (its row numbers are bound to no content), nor is a row "same" as
 * itself, or a pair decided both ways.
 */
export function locateDecisions(decisions: readonly ReviewDecision[], sources: readonly RunSource[]): LocatedDecisions {
  const byPair = new Map<string, ReviewDecision>();
  const result: LocatedDecisions = { located: [], unmatched: 0, unbound: [], selfPairs: [], conflicts: [] };
  for (const decision of decisions) {
    if (!CONTENT_HASH.test(decision.a.sha256 ?? '') || !CONTENT_HASH.test(decision.b.sha256 ?? '')) {
      result.unbound.push(decision);
      continue;
    }
    const a = locateSource(decision.a, sources);
    const b = locateSource(decision.b, sources);
    if (a === undefined || b === undefined) {
      result.unmatched++;
      continue;
    }
    const changed = a.changed || b.changed;
    const located = { ...decision, a: { ...decision.a, source: a.path }, b: { ...decision.b, source: b.path }, ...(changed ? { contentChanged: true } : {}) };
    const x = `${a.path}\u0000${decision.a.row}`;
    const y = `${b.path}\u0000${decision.b.row}`;
    if (x === y) {
      result.selfPairs.push(decision);
      continue;
    }
    const key = x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`;
    const earlier = byPair.get(key);
    if (earlier && earlier.decision !== located.decision) result.conflicts.push([earlier, located]);
    else if (!earlier) byPair.set(key, located);
  }
  const conflicting = new Set(result.conflicts.flat());
  result.located = [...byPair.values()].filter((d) => !conflicting.has(d));
  return result;
}

const CONTENT_HASH = /^[0-9a-f]{64}$/;

function locateSource(side: ReviewDecision['a'], sources: readonly RunSource[]): { path: string; changed: boolean } | undefined {
  const hint = normalized(side.source);
  const byHash = sources.filter((s) => s.sha256 === side.sha256);
  if (byHash.length) return { path: (byHash.find((s) => normalized(s.path) === hint) ?? byHash[0]).path, changed: false };
  const byPath = sources.find((s) => normalized(s.path) === hint);
  const byName = sources.filter((s) => posix.basename(normalized(s.path)) === posix.basename(hint));
  const path = byPath?.path ?? (byName.length === 1 ? byName[0].path : undefined);
  return path === undefined ? undefined : { path, changed: true };
}

function normalized(path: string): string {
  return posix.normalize(path.replaceAll('\\', '/'));
}
