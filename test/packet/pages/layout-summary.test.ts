import { describe, it, expect } from '@jest/globals';
import { layoutSummary } from '../../../src/packet/pages/layout-summary.js';
import { pageFrame } from '../../../src/packet/pages/page-frame.js';
import { fakeMeasure, itemsOfKind, textOf } from './fake-measure.js';
import { bucket, sampleCounts } from './sample-counts.js';

const frame = pageFrame({ paper: 'A4', orientation: 'portrait' });
const base = { title: 'Stop forced repatriation', target: 'Ambassador of the People\'s Republic of China' };

describe('layoutSummary', () => {
  it('shows the totals a reader checks first', () => {
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts() }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['Stop forced repatriation', 'Unique signers', '9,000', 'Rows read', '9,712', 'Duplicates removed', '700', 'No name', '9']));
    expect(lines).toContain('To: Ambassador of the People\'s Republic of China');
  });

  it('names the top countries and sums the rest into one line, then those without a country', () => {
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts(), topCountries: 3 }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['South Korea', 'United States of America', 'Germany', 'Other countries (5)', '990', 'Country not given']));
    expect(lines).not.toContain('Japan');
    const order = ['South Korea', 'United States of America', 'Germany', 'Other countries (5)', 'Country not given'].map((t) => lines.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('speaks the page language: Korean labels, Korean country names', () => {
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts(), language: 'ko' }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['서명 요약', '국가별 서명자', '대한민국', '미국', '9,000', '이름 없음']));
  });

  it('formats numbers the way the page language writes them', () => {
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts(), language: 'de' }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['9.000', 'Deutschland', 'Unterzeichnende nach Land']));
  });

  it('draws the chart as vector shapes: a bar per day with signers and one cumulative line', () => {
    const pages = layoutSummary({ ...base, counts: sampleCounts() }, frame, fakeMeasure);
    const lines = itemsOfKind(pages, 'polyline');
    expect(lines).toHaveLength(1);
    expect(lines[0].points).toHaveLength(5); // 1 to 5 November, gaps included
    const [first, last] = [lines[0].points[0], lines[0].points[4]];
    expect(last[1]).toBeLessThan(first[1]); // rising total: higher on the page
    expect(textOf(pages)).toEqual(expect.arrayContaining(['Signatures per day', 'Cumulative total']));
  });

  it('says how many signers are missing from the chart for lack of a date', () => {
    const counts = sampleCounts({ byDay: { '2026-11-01': bucket(8000), unknown: bucket(1000) } });
    expect(textOf(layoutSummary({ ...base, counts }, frame, fakeMeasure))).toContain('1,000 signatures without a date are not shown in the chart.');
  });

  it('carries a long list of sources onto further pages, repeating the column headers', () => {
    const bySource = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`sheets/volunteer-${i}.csv`, bucket(10)]));
    const pages = layoutSummary({ ...base, counts: sampleCounts({ bySource }) }, frame, fakeMeasure);
    expect(pages.length).toBeGreaterThan(2);
    expect(textOf(pages).filter((t) => t === 'Source').length).toBeGreaterThan(1);
    expect(textOf(pages)).toContain('sheets/volunteer-119.csv');
  });

  it('says when pairs still await review', () => {
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts({ pendingReview: 4 }) }, frame, fakeMeasure));
    expect(lines).toContain('Possible duplicate pairs still awaiting review: 4');
  });

  it('lays out an empty count without failing', () => {
    const empty = sampleCounts({ rows: 0, rejected: 0, accepted: 0, duplicates: 0, unique: 0, byCountry: {}, byDay: {}, bySource: {}, byLanguage: {}, firstSigned: null, lastSigned: null, rejectReasons: {} });
    const pages = layoutSummary({ ...base, counts: empty }, frame, fakeMeasure);
    expect(pages).toHaveLength(1);
    expect(itemsOfKind(pages, 'polyline')).toHaveLength(0);
  });
});
