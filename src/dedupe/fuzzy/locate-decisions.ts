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
}

/**
 * A side is found by its recorded content hash (the path is only a hint among files of that content). A decision
 * without a valid hash is not applied: its file may have changed since, and row 4 may now be someone else, whom the
 * decision would merge with a stranger. Nor is a row "same" as itself, or a pair decided both ways.
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
    const located = { ...decision, a: { ...decision.a, source: a }, b: { ...decision.b, source: b } };
    const x = `${a}\u0000${decision.a.row}`;
    const y = `${b}\u0000${decision.b.row}`;
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

function locateSource(side: ReviewDecision['a'], sources: readonly RunSource[]): string | undefined {
  const hint = normalized(side.source);
  // A file whose bytes changed may have rows inserted or removed: its row numbers may now name other people,
  // and a decision applied to them would merge a stranger. Such a decision is not applied; the pair comes back.
  const byHash = sources.filter((s) => s.sha256 === side.sha256);
  return byHash.length ? (byHash.find((s) => normalized(s.path) === hint) ?? byHash[0]).path : undefined;
}

function normalized(path: string): string {
  return posix.normalize(path.replaceAll('\\', '/'));
}
