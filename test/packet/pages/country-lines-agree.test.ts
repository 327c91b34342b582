import { describe, it, expect } from '@jest/globals';
import { layoutSummary } from '../../../src/packet/pages/layout-summary.js';
import { pageFrame } from '../../../src/packet/pages/page-frame.js';
import { localeFormat } from '../../../src/packet/pages/locale-format.js';
import { certificateFactsFromCounts, certificatePages } from '../../../src/packet/signature-list/certificate-layout.js';
import { geometryFor } from '../../../src/packet/signature-list/page-geometry.js';
import { fakeMeasure, textOf } from './fake-measure.js';
import { bucket, sampleCounts } from './sample-counts.js';
import { fewestSignersNamed } from '../../../src/tally/fewest-named.js';
import type { CountBucket } from '../../../src/types.js';

const frame = pageFrame({ paper: 'A4', orientation: 'portrait' });

function countsOf(signers: Record<string, number>) {
  const byCountry: Record<string, CountBucket> = Object.fromEntries(Object.entries(signers).map(([code, n]) => [code, bucket(n)]));
  const unique = Object.values(signers).reduce((sum, n) => sum + n, 0);
  return sampleCounts({ byCountry, unique, accepted: unique, rows: unique, duplicates: 0, rejected: 0 });
}

/** The lines of a page set that name a country (or a group of countries) in the packet's language. */
function countryLines(lines: string[], codes: string[], language: string): string[] {
  const names = new Set(codes.map((code) => localeFormat(language).country(code)));
  return lines.filter((line) => names.has(line) || /^Other countries|^기타 \d+개국/u.test(line));
}

function bothParts(signers: Record<string, number>, language = 'en', privacy: 'count-only' | 'recipient' = 'count-only') {
  const counts = countsOf(signers);
  const summary = textOf(layoutSummary({ title: 'T', target: 'O', counts, language, fewestNamed: fewestSignersNamed(privacy, 'official') }, frame, fakeMeasure));
  const facts = certificateFactsFromCounts({ total: counts.unique, anonymous: 0, first: null, last: null, countries: new Map(Object.entries(signers)) });
  const certificate = certificatePages(facts, {
    title: 'T', target: 'O', fingerprint: 'abc', packetFingerprint: '5AFA-EC99-E77B-F783',
    creationDate: new Date(Date.UTC(2026, 11, 10)), language, timezone: 'UTC',
  }, geometryFor('A4', 'portrait'), fakeMeasure).flatMap((page) => page.texts.map((text) => text.text));
  const codes = [...Object.keys(signers), 'unknown'];
  return { summary: countryLines(summary, codes, language), certificate: countryLines(certificate, codes, language) };
}

describe('the summary and the count-only certificate of one packet', () => {
  // The example campaign: 16 countries, the last seven with one signer each (adv12 D4).
  const example = { KR: 13, US: 5, DE: 3, JP: 2, FR: 2, AU: 1, CA: 1, CN: 1, DK: 1, GR: 1, IN: 1, NZ: 1, PL: 1, SE: 1, GB: 1, RU: 1, unknown: 2 };

  it('state the same country lines', () => {
    const { summary, certificate } = bothParts(example);
    expect(summary.length).toBeGreaterThan(0);
    expect(certificate).toEqual(summary);
  });

  it('never name one country and group another with as many signers', () => {
    const { summary } = bothParts(example, 'en', 'recipient');
    expect(summary.some((line) => line.startsWith('Other countries'))).toBe(false);
    expect(summary).toHaveLength(17); // 16 countries and "Country not given"
  });

  it('in a count-only packet, name no country with fewer than 3 signers, in either part', () => {
    const { summary, certificate } = bothParts(example);
    expect(summary).toEqual(['South Korea', 'United States', 'Germany', 'Other countries (13)', 'Country not given']);
    expect(certificate).toEqual(summary);
  });

  it('group the same smaller countries in both when there are many', () => {
    const many = Object.fromEntries(['KR', 'US', 'DE', 'JP', 'FR', 'AU', 'CA', 'CN', 'DK', 'GR', 'IN', 'NZ', 'PL', 'SE', 'GB', 'RU', 'BR', 'MX']
      .map((code, i) => [code, 40 - 2 * i]));
    for (const language of ['en', 'ko']) {
      const { summary, certificate } = bothParts(many, language);
      expect(summary.filter((line) => /^Other countries|^기타/u.test(line))).toHaveLength(1);
      expect(certificate).toEqual(summary);
    }
  });
});
