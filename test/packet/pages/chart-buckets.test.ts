import { describe, it, expect } from '@jest/globals';
import fc from 'fast-check';
import { chartBuckets } from '../../../src/packet/pages/chart-buckets.js';
import type { CountBucket } from '../../../src/types.js';

function bucket(unique: number): CountBucket {
  return { rows: unique, rejected: 0, accepted: unique, duplicates: 0, unique };
}

function days(entries: Record<string, number>): Record<string, CountBucket> {
  return Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, bucket(v)]));
}

/** Every calendar day from `start`, `count` of them, each with `perDay` signers. */
function span(start: string, count: number, perDay = 1): Record<string, CountBucket> {
  const first = Date.parse(`${start}T00:00:00Z`);
  const out: Record<string, number> = {};
  for (let i = 0; i < count; i++) out[new Date(first + i * 86_400_000).toISOString().slice(0, 10)] = perDay;
  return days(out);
}

describe('chartBuckets', () => {
  it('gives nothing to draw when no signature has a date, and counts the undated', () => {
    expect(chartBuckets(days({ unknown: 5 }))).toEqual({ unit: 'day', buckets: [], undated: 5 });
  });

  it('shows a single day as one bar', () => {
    expect(chartBuckets(days({ '2026-12-10': 42 }))).toEqual({
      unit: 'day', buckets: [{ start: '2026-12-10', count: 42, cumulative: 42 }], undated: 0,
    });
  });

  it('ends at the last day with a signer counted: rows rejected (dated after the delivery) do not stretch the axis', () => {
    const byDay = { ...days({ '2025-11-01': 3, '2025-11-08': 2 }), '2026-11-30': { rows: 1, rejected: 1, accepted: 0, duplicates: 0, unique: 0 } };
    const series = chartBuckets(byDay);
    expect(series.buckets[series.buckets.length - 1].start).toBe('2025-11-08');
    expect(series.unit).toBe('day');
  });

  it('keeps days with no signatures as empty bars, so gaps in time show', () => {
    const series = chartBuckets(days({ '2026-03-01': 2, '2026-03-04': 3 }));
    expect(series.buckets.map((b) => [b.start, b.count, b.cumulative])).toEqual([
      ['2026-03-01', 2, 2], ['2026-03-02', 0, 2], ['2026-03-03', 0, 2], ['2026-03-04', 3, 5],
    ]);
  });

  it.each([
    ['two weeks', 14, 'day'],
    ['two months', 62, 'day'],
    ['half a year', 180, 'week'],
    ['three years', 3 * 365, 'month'],
    ['fifteen years', 15 * 365, 'year'],
  ] as const)('picks a readable unit for %s of data', (_name, length, unit) => {
    const series = chartBuckets(span('2020-01-01', length));
    expect(series.unit).toBe(unit);
    expect(series.buckets.length).toBeLessThanOrEqual(130);
    expect(series.buckets[series.buckets.length - 1].cumulative).toBe(length);
  });

  it('starts weeks on Monday', () => {
    // 2026-11-18 is a Wednesday; 2026-05-01 a Friday.
    const series = chartBuckets(days({ '2026-05-01': 1, '2026-11-18': 1 }));
    expect(series.unit).toBe('week');
    expect(series.buckets[0].start).toBe('2026-04-27');
    expect(series.buckets[series.buckets.length - 1].start).toBe('2026-11-16');
    for (const b of series.buckets) expect(new Date(`${b.start}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('never loses or invents a signer, whatever the dates', () => {
    const dayKey = fc.integer({ min: 0, max: 8000 }).map((n) => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(fc.property(fc.dictionary(dayKey, fc.integer({ min: 0, max: 1000 })), fc.integer({ min: 0, max: 50 }), (perDay, undated) => {
      const input = { ...days(perDay), unknown: bucket(undated) };
      const series = chartBuckets(input);
      const total = Object.values(perDay).reduce((a, b) => a + b, 0);
      expect(series.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(total);
      expect(series.undated).toBe(undated);
      if (series.buckets.length > 0) expect(series.buckets[series.buckets.length - 1].cumulative).toBe(total);
    }));
  });
});
