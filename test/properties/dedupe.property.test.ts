// Dedupe through the whole pipeline (read → normalize → dedupe → tally): the signers found do not depend on the order
// of rows or on how they are split across files, and the counts conserve rows in every bucket.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { outcomeOf, type DedupeRun } from '../../src/pipeline/run-dedupe.js';
import { expectConservation, type CountsJson } from '../corpus/check-outcome.js';
import { chunkSizes, csvOf, encodedExport, signerRows, type SignerRow } from './arbitraries.js';
import { runInMemory, type MemoryFile } from './in-memory-run.js';

const runs = (n: number): { numRuns: number } => ({ numRuns: Number(process.env.FUZZ_RUNS ?? n) });

/** The signers as sets of row ids, independent of cluster numbering and of which row is kept. */
function partition(run: DedupeRun, idsInScanOrder: readonly number[]): string[] {
  const groups = new Map<number, number[]>();
  outcomeOf(run).cluster.forEach((cluster, index) => {
    const group = groups.get(cluster) ?? [];
    group.push(idsInScanOrder[index]);
    groups.set(cluster, group);
  });
  return [...groups.values()].map((ids) => ids.sort((a, b) => a - b).join(' ')).sort();
}

function summary(run: DedupeRun, ids: readonly number[]): object {
  const { rows, rejected, accepted, duplicates, unique } = run.counts;
  return { rows, rejected, accepted, duplicates, unique, signers: partition(run, ids) };
}

const file = (path: string, rows: readonly SignerRow[]): MemoryFile => ({ path, bytes: Buffer.from(csvOf(rows), 'utf8') });

/** Rows, a shuffle of them, and cut points that split the shuffle into up to three files. */
const scenario = signerRows.chain((rows) => fc.tuple(
  fc.constant(rows),
  fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }),
  fc.integer({ min: 0, max: rows.length }),
  fc.integer({ min: 0, max: rows.length }),
));

// Both the exact rules alone and the default (exact and fuzzy) must hold them; the long fuzz run raises FUZZ_RUNS.
for (const exact of [true, false]) {
  describe(`dedupe (${exact ? 'exact rules' : 'exact and fuzzy rules'}) through the pipeline`, () => {
    it('finds the same signers whatever the order of the rows', async () => {
      await fc.assert(fc.asyncProperty(scenario, async ([rows, shuffled]) => {
        const inOrder = await runInMemory([file('a.csv', rows)], { exact });
        const reordered = await runInMemory([file('a.csv', shuffled)], { exact });
        expect(summary(reordered, shuffled.map((r) => r.id))).toEqual(summary(inOrder, rows.map((r) => r.id)));
      }), runs(exact ? 150 : 80));
    });

    it('finds the same signers however the rows are split across files', async () => {
      await fc.assert(fc.asyncProperty(scenario, async ([rows, shuffled, cutA, cutB]) => {
        const [from, to] = cutA <= cutB ? [cutA, cutB] : [cutB, cutA];
        const parts = [shuffled.slice(0, from), shuffled.slice(from, to), shuffled.slice(to)];
        const oneFile = await runInMemory([file('all.csv', rows)], { exact });
        const split = await runInMemory(parts.map((part, i) => file(`part-${i}.csv`, part)), { exact });
        expect(summary(split, parts.flat().map((r) => r.id))).toEqual(summary(oneFile, rows.map((r) => r.id)));
        // Each file's bucket counts its own rows.
        parts.forEach((part, i) => expect(split.counts.bySource[`part-${i}.csv`].rows).toBe(part.length));
      }), runs(exact ? 150 : 80));
    });
  });
}

describe('pairs offered for review', () => {
  // Found by the order property: the number of pairs put to a person depended on the order of the rows (3 in one
  // order, 1 in another). Fixed since in src/dedupe/fuzzy; kept as a regression test.
  const jane = (id: number, name: string): SignerRow => ({ id, name, email: '', postcode: '', city: '', country: 'GB', date: `2026-11-01T00:00:0${id}.000Z` });
  const rows = [jane(0, 'Smith Jane'), jane(1, 'Jane Smith'), jane(2, 'Jane Smith'), jane(3, 'Jane Smith')];
  it('do not depend on the order of the rows', async () => {
    const inOrder = await runInMemory([file('a.csv', rows)]);
    const reordered = await runInMemory([file('a.csv', [rows[1], rows[2], rows[0], rows[3]])]);
    expect(reordered.counts.pendingReview).toBe(inOrder.counts.pendingReview);
  });
});

describe('fuzzy dedupe and row order', () => {
  // Found by the split-across-files property: "Smith Jane, 04524 Seoul" and "J. Smith, 04524 Seoul" became one signer
  // in one order of the same rows and stayed two in another. Fixed since in src/dedupe/fuzzy; kept as a regression test.
  const row = (id: number, name: string, postcode = '', city = ''): SignerRow =>
    ({ id, name, email: '', postcode, city, country: 'GB', date: `2026-11-01T00:00:0${id}.000Z` });
  const rows = [
    row(0, 'Jane Smith'), row(1, 'Smith Jane', '04524', 'Seoul'), row(2, 'Jane Smith'), row(3, 'Jane Smith'), row(4, 'J. Smith', '04524', 'Seoul'),
    row(5, 'Jane Smith'), row(6, 'Jane Smith'), row(7, 'Jane Smith'), row(8, 'Jane Smith'), row(9, 'Jane Smith'),
  ];
  const shuffled = [5, 7, 0, 4, 8, 2, 1, 9, 6, 3].map((i) => rows[i]);
  it('finds the same signers in either order', async () => {
    const inOrder = await runInMemory([file('a.csv', rows)]);
    const reordered = await runInMemory([file('a.csv', shuffled)]);
    expect(summary(reordered, shuffled.map((r) => r.id))).toEqual(summary(inOrder, rows.map((r) => r.id)));
  });
});

describe('fuzzy dedupe and row order, through a same-email cluster', () => {
  // Found by the long fuzz run (FUZZ_FUZZY=1, 540 runs): 김민준 shares an email with Jurgen Muller; Kim Minjun (same
  // postcode and city as 김민준, no email) joined that cluster in one order of the rows and not in the other. The
  // chaining guard judged each cluster by the first of its rows a link touched; it now judges all of them.
  const row = (id: number, name: string, email: string, postcode: string, city: string, date: string): SignerRow =>
    ({ id, name, email, postcode, city, country: 'GB', date });
  const rows = [
    row(0, 'Jurgen Muller', 'jane@example.org', '', '', '2026-11-02T00:00:00.000Z'),
    row(1, 'Kim Minjun', '', 'SW1A 1AA', 'Seoul', '2026-11-01T00:00:01.000Z'),
    row(2, '김민준', 'JANE@example.org', 'SW1A 1AA', 'Seoul', '2026-11-01T00:00:02.000Z'),
    row(3, 'Jane Smith', '', '', '', '2026-11-01T00:00:03.000Z'),
    row(4, 'Jurgen Muller', 'JANE@example.org', 'SW1A 1AA', '', '2026-11-02T00:00:04.000Z'),
    row(5, 'Jane Smith', '', '', '', '2026-11-01T00:00:05.000Z'),
  ];
  const shuffled = [5, 2, 1, 0, 4, 3].map((i) => rows[i]);
  it('finds the same signers in either order', async () => {
    const inOrder = await runInMemory([file('a.csv', rows)]);
    const reordered = await runInMemory([file('a.csv', shuffled)]);
    expect(summary(reordered, shuffled.map((r) => r.id))).toEqual(summary(inOrder, rows.map((r) => r.id)));
  });
});

describe('counts conserve rows', () => {
  it('rows = rejected + accepted and accepted = duplicates + unique, in total and in every bucket, on hostile exports', async () => {
    await fc.assert(fc.asyncProperty(fc.array(encodedExport, { minLength: 1, maxLength: 3 }), chunkSizes, async (exports, chunks) => {
      const files = exports.map((bytes, i) => ({ path: `f${i}.csv`, bytes }));
      let run: DedupeRun;
      try {
        run = await runInMemory(files, { chunks });
      } catch (error) {
        // A file that is not an export, or has no name column, stops the run with a user error: that is allowed.
        expect((error as Error).name).toBe('UserError');
        return;
      }
      expectConservation(run.counts as unknown as CountsJson);
      expect(run.counts.rows).toBe(run.scan.sources.reduce((sum, s) => sum + s.rows, 0));
    }), runs(150));
  });
});
