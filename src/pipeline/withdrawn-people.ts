// The rows dedupe makes one person with a row a withdrawal list names: found by a first run in which the listed rows
// are matched like any other (runDedupe), they leave the count with that row, in the run itself and in every later
// pass over the same sources (scanSources). A paper row without the withdrawn email, joined to it by name and
// postcode, is the same signer and must not be counted or printed (verifyR2 F2).
import type { DateWindow } from '../validate/validate-signature.js';
import type { SourceSpec } from '../types.js';
import type { WithdrawalMatch } from './withdrawn-signers.js';

/** The listed row a row is one person with, and how dedupe joined them. */
export interface WithdrawnWith {
  source: string;
  row: number;
  match: WithdrawalMatch;
  /**
   * 'exact': an exact rule (the email, the name with a postcode or city); 'likeness': fuzzy matching of name and place;
   * 'review': a pair awaiting review, not joined: the row is counted, its name not printed, and the doubt told.
   */
  joined: 'exact' | 'likeness' | 'review';
}

/** Rows of withdrawn people by rowKey. */
export type WithdrawnPeople = ReadonlyMap<string, WithdrawnWith>;

export function rowKey(source: string, row: number): string {
  return `${row}\u0000${source}`;
}

/** The seeds of a first run: the accepted row a withdrawal list names, by its index, and how the list names it. */
export interface WithdrawalSeed {
  index: number;
  match: WithdrawalMatch;
}

/** What peopleOfSeeds needs of a first run: each row's source and row, its signer, and the exact rules' clusters. */
export interface SeededRun {
  sourceOf: (index: number) => string;
  rowOf: (index: number) => number;
  cluster: Int32Array;
  exactCluster: Int32Array;
  /** Pairs of rows awaiting review. */
  review: ReadonlyArray<{ a: number; b: number }>;
}

/** Every row that is one signer with a seed (the seeds themselves are rejected by the list). */
export function peopleOfSeeds(run: SeededRun, seeds: readonly WithdrawalSeed[]): Map<string, WithdrawnWith> {
  const people = new Map<string, WithdrawnWith>();
  if (seeds.length === 0) return people;
  const seedBySigner = new Map<number, WithdrawalSeed>();
  const seedByExact = new Map<number, WithdrawalSeed>();
  for (const seed of seeds) {
    if (!seedBySigner.has(run.cluster[seed.index])) seedBySigner.set(run.cluster[seed.index], seed);
    if (!seedByExact.has(run.exactCluster[seed.index])) seedByExact.set(run.exactCluster[seed.index], seed);
  }
  const seeded = new Set(seeds.map((seed) => seed.index));
  // A signer in a pending pair with a withdrawn one may be that person: until reviewed, never printed by name.
  const doubted = new Map<number, WithdrawalSeed>();
  for (const { a, b } of run.review) {
    for (const [one, other] of [[a, b], [b, a]]) {
      const seed = seedBySigner.get(run.cluster[one]);
      if (seed && !seedBySigner.has(run.cluster[other]) && !doubted.has(run.cluster[other])) doubted.set(run.cluster[other], seed);
    }
  }
  for (let i = 0; i < run.cluster.length; i++) {
    if (seeded.has(i)) continue;
    const exact = seedByExact.get(run.exactCluster[i]);
    const joined = exact ?? seedBySigner.get(run.cluster[i]);
    const seed = joined ?? doubted.get(run.cluster[i]);
    if (!seed) continue;
    people.set(rowKey(run.sourceOf(i), run.rowOf(i)), { source: run.sourceOf(seed.index), row: run.rowOf(seed.index), match: seed.match, joined: exact ? 'exact' : joined ? 'likeness' : 'review' });
  }
  return people;
}

// Every pass of a run scans the same specs (write-dedupe-outputs, build-packet): they find the first run's answer here.
const peopleBySpecs = new WeakMap<readonly SourceSpec[], Map<string, WithdrawnPeople>>();

function windowKey(window: DateWindow | undefined): string {
  return `${window?.from ?? ''}|${window?.to ?? ''}`;
}

export function rememberWithdrawnPeople(options: { specs: readonly SourceSpec[]; window?: DateWindow }, people: WithdrawnPeople): void {
  let byWindow = peopleBySpecs.get(options.specs);
  if (!byWindow) peopleBySpecs.set(options.specs, (byWindow = new Map()));
  byWindow.set(windowKey(options.window), people);
}

export function withdrawnPeopleFor(options: { specs: readonly SourceSpec[]; window?: DateWindow }): WithdrawnPeople | undefined {
  return peopleBySpecs.get(options.specs)?.get(windowKey(options.window));
}
