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
  /** Decisions naming a file this run does not read (under any spelling, or with any content). */
  unmatched: number;
}

/**
 * A side is found, in order: by its recorded content hash (the file moved or is spelled differently); by its path,
 * normalized (`./a.csv` is `a.csv`); by its file name when only one source has it (`../exports/a.csv` from a campaign
 * is `fixtures/exports/a.csv` on the command line). A side whose recorded hash no file has (an export that grew
 * since) is found by path or name too, but marked `contentChanged`: it is applied only where the two named rows
 * still hold alike people (`indexDecisions`), since inserted rows may make its row numbers name others.
 */
export function locateDecisions(decisions: readonly ReviewDecision[], sources: readonly RunSource[]): LocatedDecisions {
  const located: ReviewDecision[] = [];
  let unmatched = 0;
  for (const decision of decisions) {
    const a = locateSource(decision.a, sources);
    const b = locateSource(decision.b, sources);
    if (a === undefined || b === undefined) {
      unmatched++;
      continue;
    }
    const changed = a.changed || b.changed;
    located.push({ ...decision, a: { ...decision.a, source: a.path }, b: { ...decision.b, source: b.path }, ...(changed ? { contentChanged: true } : {}) });
  }
  return { located, unmatched };
}

function locateSource(side: ReviewDecision['a'], sources: readonly RunSource[]): { path: string; changed: boolean } | undefined {
  const hint = normalized(side.source);
  if (side.sha256) {
    const byHash = sources.filter((s) => s.sha256 === side.sha256);
    if (byHash.length) return { path: (byHash.find((s) => normalized(s.path) === hint) ?? byHash[0]).path, changed: false };
  }
  const byPath = sources.find((s) => normalized(s.path) === hint);
  const byName = sources.filter((s) => posix.basename(normalized(s.path)) === posix.basename(hint));
  const path = byPath?.path ?? (byName.length === 1 ? byName[0].path : undefined);
  return path === undefined ? undefined : { path, changed: side.sha256 !== undefined };
}

function normalized(path: string): string {
  return posix.normalize(path.replaceAll('\\', '/'));
}
