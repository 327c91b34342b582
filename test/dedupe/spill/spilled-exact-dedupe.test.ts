// Matching rows from disk, batch by batch, must give exactly what matching them all in memory gives.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { dedupeExact } from '../../../src/dedupe/exact-dedupe.js';
import { MatchTable } from '../../../src/dedupe/match-table.js';
import { SpillFolder } from '../../../src/dedupe/spill/record-file.js';
import { dedupeSpilledExact } from '../../../src/dedupe/spill/spilled-exact-dedupe.js';
import { RowCollector, spilledRows } from '../../../src/dedupe/spill/spilled-table.js';
import { tableRows, tally } from '../../../src/tally/tally.js';
import { makeSignature, utcDay, type SignatureSpec } from '../make-signature.js';

// Small pools, so rows collide on every rule, households form and the email guard is exercised.
const spec = fc.record({
  name: fc.constantFrom('Jane Smith', 'Smith Jane', 'John Smith', 'Kim Minjun', 'J Smith', 'Ana Díaz', ''),
  email: fc.constantFrom('', '', 'a@example.org', 'A@example.org', 'b@example.org', 'c@gmail.com', 'c+x@googlemail.com'),
  postcode: fc.constantFrom('', '', 'SW1A 1AA', 'EC1A 1BB'),
  city: fc.constantFrom('', 'London', 'Leeds'),
  country: fc.constantFrom('GB', 'IE', 'KR'),
  source: fc.constantFrom('a.csv', 'b.csv'),
  language: fc.constantFrom('en', 'ko', ''),
  hour: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
});

const scenario = fc.record({
  specs: fc.array(spec, { minLength: 0, maxLength: 60 }),
  rowsInMemory: fc.integer({ min: 1, max: 8 }),
  batchRows: fc.integer({ min: 1, max: 12 }),
});

function signatures(specs: ReadonlyArray<SignatureSpec & { hour: number | null }>): SignatureSpec[] {
  // Times repeat on purpose: ties are broken by row order, and that must survive batching.
  return specs.map(({ hour, ...s }, i) => ({ ...s, row: i + 1, signedAt: hour === null ? null : Date.UTC(2026, 9, 1) + hour * 3_600_000 }));
}

describe('dedupeSpilledExact', () => {
  it('gives the same signers, kept rows, rules and counts as dedupeExact in memory', () => {
    fc.assert(fc.property(scenario, ({ specs, rowsInMemory, batchRows }) => {
      const rows = signatures(specs);
      const whole = new MatchTable({ dayOf: utcDay });
      for (const row of rows) whole.add(makeSignature(row));
      const expected = dedupeExact(whole);

      const folder = new SpillFolder();
      try {
        const collector = new RowCollector({ dayOf: utcDay }, rowsInMemory, folder);
        for (const row of rows) collector.add(makeSignature(row));
        const collected = collector.finish();
        if (rows.length < rowsInMemory) {
          expect('table' in collected).toBe(true);
          return;
        }
        if (!('spilled' in collected)) throw new Error('expected the rows on disk');
        const perRow = dedupeSpilledExact(collected.spilled, folder, { batchRows, perRow: true });
        expect(perRow.outcome).toEqual(expected);
        const countsOnly = dedupeSpilledExact(collected.spilled, folder, { batchRows, perRow: false });
        expect(countsOnly.outcome).toBeNull();
        expect({ kept: countsOnly.kept, signers: countsOnly.signers, byRule: countsOnly.byRule }).toEqual({ kept: expected.kept, signers: expected.signers, byRule: expected.byRule });
        const counts = tally({ sources: ['a.csv', 'b.csv'], rows: spilledRows(collected.spilled), outcome: countsOnly, rejected: [] });
        expect(counts).toEqual(tally({ sources: ['a.csv', 'b.csv'], rows: tableRows(whole), outcome: expected, rejected: [] }));
      } finally {
        folder.close();
      }
    }), { numRuns: 300 });
  });

  it('keeps a household of two on one email apart, and folds the third person in, across batches of one row', () => {
    const rows: SignatureSpec[] = [
      { name: 'Jane Jones', email: 'home@example.org', postcode: 'SW1A 1AA', at: '2026-10-01T10:00:00Z' },
      { name: 'Unrelated Person', email: 'other@example.org', at: '2026-10-01T10:30:00Z' },
      { name: 'Tom Jones', email: 'home@example.org', postcode: 'SW1A 1AA', at: '2026-10-01T11:00:00Z' },
      { name: 'Ann Jones', email: 'home@example.org', postcode: 'SW1A 1AA', at: '2026-10-01T12:00:00Z' },
      { name: 'Jane Jones', postcode: 'SW1A 1AA', at: '2026-10-02T12:00:00Z' },
    ];
    const folder = new SpillFolder();
    try {
      const collector = new RowCollector({ dayOf: utcDay }, 2, folder);
      rows.forEach((row, i) => collector.add(makeSignature({ ...row, row: i + 1 })));
      const collected = collector.finish();
      if (!('spilled' in collected)) throw new Error('expected the rows on disk');
      const { outcome } = dedupeSpilledExact(collected.spilled, folder, { batchRows: 1, perRow: true });
      if (!outcome) throw new Error('asked for the per-row outcome');
      expect(outcome.signers).toBe(3);
      expect(Array.from(outcome.kept)).toEqual([1, 1, 1, 0, 0]);
      expect(outcome.byRule).toEqual({ same_email: 1, same_name_postcode: 1 });
      expect(outcome.ruleNames[outcome.ruleId[2]]).toBe('household');
    } finally {
      folder.close();
    }
  });
});
