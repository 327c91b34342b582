import { describe, it, expect } from '@jest/globals';
import { certificatePages } from '../../../src/packet/signature-list/certificate-layout.js';
import { geometryFor } from '../../../src/packet/signature-list/page-geometry.js';
import { fakeMeasure } from '../pages/fake-measure.js';

describe('certificate statements', () => {
  it('never break inside a date ("2026년" / "12월 10일")', () => {
    const facts = { total: 3, anonymous: 0, first: Date.UTC(2026, 10, 1), last: Date.UTC(2026, 11, 9), byCountry: [{ country: 'KR', count: 3 }] };
    const geometry = geometryFor('A4', 'portrait');
    for (let pad = 0; pad < 30; pad++) {
      const pages = certificatePages(facts, {
        title: '중단', target: '유엔', fingerprint: 'abc', packetFingerprint: `5AFA-EC99-E77B-F783${'가'.repeat(pad)}`,
        creationDate: new Date(Date.UTC(2026, 11, 10)), language: 'ko', timezone: 'UTC',
      }, geometry, fakeMeasure);
      const lines = pages.flatMap((page) => page.texts.map((text) => text.text));
      expect(lines.some((line) => line.replace(/\u00a0/gu, ' ').includes('2026년 12월 10일'))).toBe(true);
      for (const line of lines) expect(line.trimEnd()).not.toMatch(/\d{4}년$|\d+월$/u);
    }
  });
});
