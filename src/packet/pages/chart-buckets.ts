// Groups per-day counts into days, weeks, months or years so a chart stays readable from one day to many years.
import type { CountBucket } from '../../types.js';

export type ChartUnit = 'day' | 'week' | 'month' | 'year';

export interface ChartBucket {
  /** First day of the bucket, YYYY-MM-DD (weeks start on Monday). */
  start: string;
  count: number;
  /** Running total up to and including this bucket. */
  cumulative: number;
}

export interface ChartSeries {
  unit: ChartUnit;
  buckets: ChartBucket[];
  /** Signers with no usable date, left out of the chart. */
  undated: number;
}

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Most bars a chart shows before a coarser unit is used. */
const MAX_DAYS = 62;
const MAX_WEEKS = 60;
const MAX_MONTHS = 120;

function dayNumber(key: string): number {
  return Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10))) / DAY_MS;
}

function dayKey(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function bucketStart(day: number, unit: ChartUnit): number {
  const date = new Date(day * DAY_MS);
  switch (unit) {
    case 'day':
      return day;
    case 'week':
      // getUTCDay: Sunday 0 … Saturday 6; weeks start on Monday (ISO 8601).
      return day - ((date.getUTCDay() + 6) % 7);
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY_MS;
    case 'year':
      return Date.UTC(date.getUTCFullYear(), 0, 1) / DAY_MS;
  }
}

function nextStart(start: number, unit: ChartUnit): number {
  const date = new Date(start * DAY_MS);
  switch (unit) {
    case 'day':
      return start + 1;
    case 'week':
      return start + 7;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY_MS;
    case 'year':
      return Date.UTC(date.getUTCFullYear() + 1, 0, 1) / DAY_MS;
  }
}

function chooseUnit(firstDay: number, lastDay: number): ChartUnit {
  const span = lastDay - firstDay + 1;
  if (span <= MAX_DAYS) return 'day';
  if (span <= MAX_WEEKS * 7) return 'week';
  if (span <= MAX_MONTHS * 30.44) return 'month';
  return 'year';
}

/** Unique signers per bucket (empty buckets included, so gaps show), with the running total. */
export function chartBuckets(byDay: Record<string, CountBucket>): ChartSeries {
  const counts = new Map<number, number>();
  let undated = 0;
  for (const [key, bucket] of Object.entries(byDay)) {
    // A day with only rejected rows (dated after the delivery, say) has no signer to show and must not stretch the axis.
    if (bucket.unique === 0) continue;
    if (ISO_DAY.test(key) && !Number.isNaN(dayNumber(key))) counts.set(dayNumber(key), (counts.get(dayNumber(key)) ?? 0) + bucket.unique);
    else undated += bucket.unique;
  }
  if (counts.size === 0) return { unit: 'day', buckets: [], undated };

  const days = [...counts.keys()].sort((a, b) => a - b);
  const unit = chooseUnit(days[0], days[days.length - 1]);
  const perBucket = new Map<number, number>();
  for (const [day, count] of counts) {
    const start = bucketStart(day, unit);
    perBucket.set(start, (perBucket.get(start) ?? 0) + count);
  }

  const buckets: ChartBucket[] = [];
  let cumulative = 0;
  const last = bucketStart(days[days.length - 1], unit);
  for (let start = bucketStart(days[0], unit); start <= last; start = nextStart(start, unit)) {
    const count = perBucket.get(start) ?? 0;
    cumulative += count;
    buckets.push({ start: dayKey(start), count, cumulative });
  }
  return { unit, buckets, undated };
}
