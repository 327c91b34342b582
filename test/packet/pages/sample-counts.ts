// Counts shaped like `petition count --json`, for summary tests.
import type { CountBucket, Counts } from '../../../src/types.js';

export function bucket(unique: number, extra: Partial<CountBucket> = {}): CountBucket {
  const duplicates = extra.duplicates ?? 0;
  const rejected = extra.rejected ?? 0;
  return { rows: unique + duplicates + rejected, rejected, accepted: unique + duplicates, duplicates, unique };
}

export function sampleCounts(overrides: Partial<Counts> = {}): Counts {
  const byCountry: Record<string, CountBucket> = {
    KR: bucket(5000), US: bucket(2100), DE: bucket(900), JP: bucket(450), FR: bucket(300),
    GB: bucket(120), CA: bucket(80), AU: bucket(40), unknown: bucket(10),
  };
  const unique = Object.values(byCountry).reduce((s, b) => s + b.unique, 0);
  return {
    rows: unique + 700 + 12, rejected: 12, accepted: unique + 700, duplicates: 700, unique,
    rejectReasons: { no_name: 9, broken_row: 3 },
    duplicatesByRule: { email: 600, 'name+postcode': 100 },
    byCountry,
    byDay: { '2026-11-01': bucket(4000), '2026-11-02': bucket(3000), '2026-11-05': bucket(2000), unknown: bucket(0) },
    bySource: { 'exports/change-org.tsv': bucket(6000, { duplicates: 500, rejected: 2 }), 'paper/seoul-sheets.csv': bucket(3000, { duplicates: 200, rejected: 10 }) },
    byLanguage: { ko: bucket(5200), en: bucket(3500), de: bucket(300) },
    firstSigned: '2026-11-01', lastSigned: '2026-11-05',
    pendingReview: 0, uniqueLow: unique, uniqueHigh: unique, comparedPairs: 10000,
    ...overrides,
  };
}
