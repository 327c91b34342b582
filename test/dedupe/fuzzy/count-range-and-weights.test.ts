// What a person reads about uncertainty and weights: the count's range while pairs await review, and the weights.
import { describe, expect, it } from '@jest/globals';
import { Chalk } from 'chalk';
import { formatCounts } from '../../../src/cli/format-counts.js';
import { formatWeights } from '../../../src/cli/format-weights.js';
import { english, translator } from '../../../src/i18n/translator.js';
import { FuzzyRecords } from '../../../src/dedupe/fuzzy/fuzzy-records.js';
import { findFuzzyMatches } from '../../../src/dedupe/fuzzy/refine-with-fuzzy.js';
import { sampleCounts } from '../../packet/pages/sample-counts.js';
import { alone, signature } from './signature-factory.js';

const plain = new Chalk({ level: 0 });

describe('the count range in `petition count`', () => {
  it('says between which numbers the count lies until the pairs are reviewed', () => {
    const counts = sampleCounts({ unique: 12048, pendingReview: 58, uniqueLow: 11990, uniqueHigh: 12048 });
    expect(formatCounts(counts, plain, english(), ['--campaign', 'fixtures/campaign/campaign.yaml'])).toContain('between 11,990 and 12,048 until the 58 pairs awaiting review are decided');
  });

  it('tells how to decide the pairs with commands that run as pasted, naming the same inputs', () => {
    const counts = sampleCounts({ pendingReview: 2 });
    const text = formatCounts(counts, plain, english(), ['fixtures/exports/change-org.csv', 'my exports/paper.csv']);
    expect(text).toContain("decide them with: npx petition dedupe fixtures/exports/change-org.csv 'my exports/paper.csv' -o merged.csv --review review.csv, then npx petition review review.csv");
    expect(text).not.toContain('…');
  });

  it('names the review file the user wrote (--review), shell-quoted, instead of a review.csv of its own', () => {
    const counts = sampleCounts({ pendingReview: 1 });
    const text = formatCounts(counts, plain, english(), ['--campaign', 'my campaign/campaign.yaml'], { merged: 'out/서명 명단.csv', review: "out/to check (Min-ji's).csv" });
    expect(text).toContain("decide them with: npx petition review 'out/to check (Min-ji'\\''s).csv')");
    expect(text).not.toContain('review.csv');
    expect(text).not.toContain('merged.csv');
  });

  it('without --review, suggests a run with the same campaign and -o that writes the review file beside that list', () => {
    const counts = sampleCounts({ pendingReview: 2 });
    const text = formatCounts(counts, plain, translator('es'), ['--campaign', 'my campaign/campaign.yaml'], { merged: 'exports 2026/lista única.csv' });
    expect(text).toContain("npx petition dedupe --campaign 'my campaign/campaign.yaml' -o 'exports 2026/lista única.csv' --review 'exports 2026/review.csv' y luego npx petition review 'exports 2026/review.csv'");
    expect(text).not.toContain('merged.csv');
  });

  it('says nothing of a range when no pair awaits review', () => {
    expect(formatCounts(sampleCounts({ pendingReview: 0 }), plain, english(), [])).not.toContain('between');
  });
});

describe('the weights, in words', () => {
  it('lists each field with its levels in bits and says whether households are kept apart', () => {
    const records = new FuzzyRecords();
    const rows = Array.from({ length: 30 }, (_, i) => signature({ given: `G${i % 7}x`, family: `Fam${i % 5}`, city: 'Lyon', postcode: String(69000 + i), email: `p${i}@mail.example` }));
    for (const row of rows) records.add(row);
    const text = formatWeights(findFuzzyMatches(records, alone(rows.length)).weights);
    expect(text).toMatch(/postcode\s+exact \+[\d.]+, one-edit \+[\d.]+, disagree -[\d.]+ \(m default/);
    expect(text).toContain('another person of the household');
  });

  it.each([
    ['ko', ['이름', '성', '우편번호', '도시', '국가']],
    ['es', ['nombre de pila', 'apellido', 'código postal', 'ciudad', 'país']],
  ] as const)('names each field in the organizer\'s language (%s), not by its code', (lang, names) => {
    const records = new FuzzyRecords();
    const rows = Array.from({ length: 30 }, (_, i) => signature({ given: `G${i % 7}x`, family: `Fam${i % 5}`, city: 'Lyon', postcode: String(69000 + i), email: `p${i}@mail.example` }));
    for (const row of rows) records.add(row);
    const text = formatWeights(findFuzzyMatches(records, alone(rows.length)).weights, translator(lang));
    const fieldsShown = text.split('\n').filter((line) => /^ {2}\S/u.test(line) && /[+-]\d/u.test(line)).map((line) => line.trim());
    for (const name of names) expect(fieldsShown.some((line) => line.startsWith(name))).toBe(true);
    for (const code of ['given', 'family', 'postcode', 'city', 'country', 'email']) expect(fieldsShown.some((line) => line.startsWith(`${code} `))).toBe(false);
  });
});

describe('the first and last day in `petition count`', () => {
  it('are the by-day tally’s days (the campaign’s time zone), not the UTC dates of the first and last instants', () => {
    const bucket = (accepted: number) => ({ rows: accepted + 1, rejected: 1, accepted, duplicates: 0, unique: accepted });
    const counts = sampleCounts({
      // Signed at 23:30 UTC on 4 and 5 December, in Seoul on the 5th and 6th.
      firstSigned: '2026-12-04T23:30:00.000Z', lastSigned: '2026-12-05T23:30:00.000Z',
      byDay: { '2026-12-05': bucket(1), '2026-12-06': bucket(2), '2026-12-07': bucket(0), unknown: bucket(3) },
    });
    expect(formatCounts(counts, plain, english(), [])).toContain('First signature 2026-12-05, last 2026-12-06');
  });
});
