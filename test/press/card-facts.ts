// Press facts for a card whose title is the thing under test: the rest is short and fixed.
import { chartBuckets } from '../../src/packet/pages/chart-buckets.js';
import { summaryLabels } from '../../src/packet/pages/summary-labels.js';
import type { PressFacts } from '../../src/press/press-facts.js';

export function factsWithTitle(title: string, language: string): PressFacts {
  const day = (unique: number) => ({ rows: unique, rejected: 0, accepted: unique, duplicates: 0, unique });
  return {
    language, title, signers: 12408, count: '12,408', countries: 3, topCountries: [], leaders: null, onlyCountry: null, period: null, official: 'The official', embassy: null,
    place: 'Seoul', date: '10 December 2026', occasion: null, organization: 'Org', contact: 'c', url: null, qrUrl: null, printedUrl: null, quote: null, summary: null, followUp: null,
    series: chartBuckets({ '2026-11-01': day(4000), '2026-11-02': day(8408) }),
    words: { kicker: 'PETITION', signed: 'people signed', countries: 'from 3 countries', period: '', topCountries: '', deliveredTo: '', delivery: '10 December 2026', organizer: 'Org', scan: '', chart: '' },
    chartLabels: summaryLabels('en'),
  };
}
