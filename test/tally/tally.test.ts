import { describe, expect, it } from '@jest/globals';
import { dedupeExact } from '../../src/dedupe/exact-dedupe.js';
import { RejectionCounter, type RejectedRow } from '../../src/tally/rejected-row.js';
import { tableRows, tally } from '../../src/tally/tally.js';
import type { CountBucket, Counts } from '../../src/types.js';
import { makeTable, type SignatureSpec } from '../dedupe/make-signature.js';

const JANE = { name: 'Jane Smith', email: 'jane@example.org', postcode: 'SW1A 1AA', country: 'GB', language: 'en' };

function countsOf(rows: SignatureSpec[], rejected: RejectedRow[] = [], sources = ['a.csv', 'b.csv', 'empty.csv']): Counts {
  const table = makeTable(rows);
  return tally({ sources, rows: tableRows(table), outcome: dedupeExact(table), rejected });
}

const bucket = (rows: number, rejected: number, accepted: number, duplicates: number, unique: number): CountBucket => ({ rows, rejected, accepted, duplicates, unique });

describe('tally', () => {
  const rows: SignatureSpec[] = [
    { ...JANE, source: 'a.csv', at: '2026-12-01T10:00:00Z' },
    { ...JANE, source: 'b.csv', at: '2026-12-02T10:00:00Z', language: '' },
    { name: 'Kim Minjun', email: 'kim@example.kr', country: 'KR', language: 'ko', source: 'b.csv', at: '2026-12-02T11:00:00Z' },
    { name: 'Anon Ymous', country: 'unknown', source: 'a.csv' },
  ];
  const rejected: RejectedRow[] = [
    { source: 'a.csv', reason: 'no_name', country: 'GB', day: '2026-12-01' },
    { source: 'b.csv', reason: 'formula_name', country: '', day: '', count: 2 },
  ];
  const counts = countsOf(rows, rejected);

  it('counts the totals: rows = rejected + accepted, accepted = duplicates + unique', () => {
    expect([counts.rows, counts.rejected, counts.accepted, counts.duplicates, counts.unique]).toEqual([7, 3, 4, 1, 3]);
    expect(counts.rejectReasons).toEqual({ formula_name: 2, no_name: 1 });
    expect(counts.duplicatesByRule).toEqual({ same_email: 1 });
  });

  it("attributes a duplicate to its own row's source, day and country", () => {
    expect(counts.bySource).toEqual({
      'a.csv': bucket(3, 1, 2, 0, 2),
      'b.csv': bucket(4, 2, 2, 1, 1),
      'empty.csv': bucket(0, 0, 0, 0, 0),
    });
    expect(counts.byDay).toEqual({
      '2026-12-01': bucket(2, 1, 1, 0, 1),
      '2026-12-02': bucket(2, 0, 2, 1, 1),
      unknown: bucket(3, 2, 1, 0, 1),
    });
    expect(counts.byCountry).toEqual({
      GB: bucket(3, 1, 2, 1, 1),
      KR: bucket(1, 0, 1, 0, 1),
      unknown: bucket(3, 2, 1, 0, 1),
    });
    expect(counts.byLanguage).toEqual({
      en: bucket(1, 0, 1, 0, 1),
      ko: bucket(1, 0, 1, 0, 1),
      unknown: bucket(5, 3, 2, 1, 1),
    });
  });

  it('keeps the order of the sources given, unknown last elsewhere', () => {
    expect(Object.keys(countsOf(rows, [], ['b.csv', 'a.csv']).bySource)).toEqual(['b.csv', 'a.csv']);
    expect(Object.keys(counts.byCountry)).toEqual(['GB', 'KR', 'unknown']);
  });

  it('holds both conservation laws in every bucket', () => {
    for (const buckets of [counts.byCountry, counts.byDay, counts.bySource, counts.byLanguage]) {
      const sum = bucket(0, 0, 0, 0, 0);
      for (const b of Object.values(buckets)) {
        expect(b.rows).toBe(b.rejected + b.accepted);
        expect(b.accepted).toBe(b.duplicates + b.unique);
        for (const key of Object.keys(sum) as (keyof CountBucket)[]) sum[key] += b[key];
      }
      expect(sum).toEqual(bucket(counts.rows, counts.rejected, counts.accepted, counts.duplicates, counts.unique));
    }
  });

  it('reports the first and last signing time of accepted rows, and the review numbers it is given', () => {
    expect([counts.firstSigned, counts.lastSigned]).toEqual(['2026-12-01T10:00:00.000Z', '2026-12-02T11:00:00.000Z']);
    const table = makeTable([{ name: 'Anon Ymous' }]);
    const none = tally({ sources: [], rows: tableRows(table), outcome: dedupeExact(table), rejected: [], pendingReview: 4, comparedPairs: 120 });
    expect([none.firstSigned, none.lastSigned, none.pendingReview, none.comparedPairs]).toEqual([null, null, 4, 120]);
    expect([counts.pendingReview, counts.comparedPairs]).toEqual([0, 0]);
  });

  it('counts a household as two signers', () => {
    const household = countsOf([
      { ...JANE, at: '2026-12-01T10:00:00Z' },
      { ...JANE, name: 'John Smith', at: '2026-12-01T10:05:00Z' },
    ]);
    expect([household.accepted, household.duplicates, household.unique]).toEqual([2, 0, 2]);
  });

  it('refuses an outcome of another table', () => {
    const table = makeTable([{ name: 'A B' }, { name: 'C D' }]);
    const other = dedupeExact(makeTable([{ name: 'A B' }]));
    expect(() => tally({ sources: [], rows: tableRows(table), outcome: other, rejected: [] })).toThrow(RangeError);
  });
});

describe('RejectionCounter', () => {
  it('stores repeated rejections once, and tally counts them all', () => {
    const counter = new RejectionCounter();
    for (let i = 0; i < 1000; i++) counter.add({ source: 'a.csv', reason: 'no_name', country: 'GB', day: '2026-12-01' });
    counter.add({ source: 'a.csv', reason: 'broken_row', country: 'unknown', day: 'unknown', language: 'ko' });
    expect(counter.size).toBe(1001);
    expect([...counter]).toEqual([
      { source: 'a.csv', reason: 'no_name', country: 'GB', day: '2026-12-01', count: 1000 },
      { source: 'a.csv', reason: 'broken_row', country: 'unknown', day: 'unknown', language: 'ko', count: 1 },
    ]);
    const counts = countsOf([], [...counter], ['a.csv']);
    expect(counts.bySource['a.csv']).toEqual(bucket(1001, 1001, 0, 0, 0));
    expect(counts.rejectReasons).toEqual({ broken_row: 1, no_name: 1000 });
  });
});
