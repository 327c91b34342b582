import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { dedupeExact } from '../../src/dedupe/exact-dedupe.js';
import { tableRows, tally } from '../../src/tally/tally.js';
import { partition } from './describe-outcome.js';
import { makeSignature, utcDay, type SignatureSpec } from './make-signature.js';
import { MatchTable } from '../../src/dedupe/match-table.js';

// Small pools, so that rows collide on every rule and the guard is exercised often.
const row = fc.record({
  name: fc.constantFrom('Jane Smith', 'Smith Jane', 'John Smith', 'Kim Minjun', 'J Smith'),
  email: fc.constantFrom('', '', 'a@example.org', 'A@example.org', 'b@example.org', 'c@gmail.com', 'c+x@googlemail.com', 'bad email'),
  postcode: fc.constantFrom('', 'SW1A 1AA', 'EC1A 1BB'),
  city: fc.constantFrom('', 'London', 'Leeds'),
  country: fc.constantFrom('GB', 'IE'),
  source: fc.constantFrom('a.csv', 'b.csv'),
});

/** Rows with distinct signing times (some unknown), labelled by `row`, and a shuffle of them. */
const shuffledRows = fc
  .array(row, { minLength: 1, maxLength: 40 })
  .chain((rows) => fc.tuple(
    fc.constant(rows),
    fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length }),
    fc.integer({ min: -1, max: rows.length - 1 }),
  ))
  .map(([rows, order, unknownAt]) => {
    // Distinct times, one of them (maybe) unknown: only unknown times may tie, and there is at most one.
    const specs: SignatureSpec[] = rows.map((r, i) => ({ ...r, row: i + 1, signedAt: i === unknownAt ? null : Date.UTC(2026, 0, 1) + ((i * 7919) % 1009) * 3_600_000 + i }));
    return { specs, shuffled: order.map((i) => specs[i]) };
  });

function tableOf(specs: SignatureSpec[]): MatchTable {
  const table = new MatchTable({ dayOf: utcDay });
  for (const spec of specs) table.add(makeSignature(spec));
  return table;
}

describe('dedupeExact properties', () => {
  it('gives the same signers whatever the order of rows with distinct times', () => {
    fc.assert(fc.property(shuffledRows, ({ specs, shuffled }) => {
      const a = tableOf(specs);
      const b = tableOf(shuffled);
      const outA = dedupeExact(a);
      const outB = dedupeExact(b);
      expect(outB.signers).toBe(outA.signers);
      const labels = (t: MatchTable) => Array.from({ length: t.size }, (_, i) => t.row(i));
      expect(partition(outB, labels(b))).toBe(partition(outA, labels(a)));
    }), { numRuns: 300 });
  });

  it('keeps one row per signer, the earliest, and conserves accepted = duplicates + unique in every bucket', () => {
    fc.assert(fc.property(shuffledRows, ({ shuffled }) => {
      const table = tableOf(shuffled);
      const outcome = dedupeExact(table);
      const keptOf = new Map<number, number>();
      outcome.kept.forEach((kept, i) => {
        if (!kept) return;
        expect(keptOf.has(outcome.cluster[i])).toBe(false);
        keptOf.set(outcome.cluster[i], i);
      });
      expect(keptOf.size).toBe(outcome.signers);
      for (let i = 0; i < table.size; i++) {
        const kept = keptOf.get(outcome.cluster[i]) as number;
        expect(kept === i || table.earlier(kept, i)).toBe(true);
      }
      const counts = tally({ sources: ['a.csv', 'b.csv'], rows: tableRows(table), outcome, rejected: [] });
      expect(counts.unique).toBe(outcome.signers);
      expect(counts.accepted).toBe(counts.duplicates + counts.unique);
      expect(Object.values(outcome.byRule).reduce((s, n) => s + n, 0)).toBe(counts.duplicates);
      for (const buckets of [counts.byCountry, counts.byDay, counts.bySource, counts.byLanguage]) {
        let unique = 0;
        for (const bucket of Object.values(buckets)) {
          expect(bucket.accepted).toBe(bucket.duplicates + bucket.unique);
          unique += bucket.unique;
        }
        expect(unique).toBe(counts.unique);
      }
    }), { numRuns: 200 });
  });

  it('never puts two different valid emails in one signer', () => {
    fc.assert(fc.property(shuffledRows, ({ shuffled }) => {
      const table = tableOf(shuffled);
      const outcome = dedupeExact(table);
      const emailOf = new Map<number, string>();
      shuffled.forEach((spec, i) => {
        const key = makeSignature(spec).emailKey;
        if (!key) return;
        const seen = emailOf.get(outcome.cluster[i]);
        if (seen === undefined) emailOf.set(outcome.cluster[i], key);
        else expect(key).toBe(seen);
      });
    }), { numRuns: 200 });
  });
});
