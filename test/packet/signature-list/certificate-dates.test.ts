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

  it.each([
    ['en', 'on 1 November 2025', 'between'],
    ['ko', '2025년 11월 1일', '부터'],
    ['zh', '2025年11月1日', '至'],
    ['es', 'el 1 de noviembre de 2025', 'entre'],
    ['de', 'am 1. November 2025', 'zwischen'],
    ['fr', 'le 1 novembre 2025', 'entre'],
  ])('of a one-day petition states the day once, not a period from it to itself (%s, adv12b N11)', (language, day, periodWord) => {
    const oneDay = Date.UTC(2025, 10, 1, 9);
    const facts = { total: 1, anonymous: 0, first: oneDay, last: oneDay + 3600_000, byCountry: [{ country: 'SE', count: 1 }] };
    const pages = certificatePages(facts, {
      title: 'T', target: 'O', fingerprint: 'abc', packetFingerprint: '5AFA-EC99-E77B-F783',
      creationDate: new Date(Date.UTC(2025, 11, 10)), language, timezone: 'UTC',
    }, geometryFor('A4', 'portrait'), fakeMeasure);
    const text = pages.flatMap((page) => page.texts.map((t) => t.text)).join('\n').replace(/[\u00a0\u2060]/gu, ' ').replace(/ +/gu, ' ');
    expect(text).toContain(day);
    const statement = text.split('\n').find((line) => line.includes(day.replace(/^(on|el|am|le) /u, ''))) ?? '';
    expect(statement).not.toContain(periodWord);
  });
});

describe('the certificate\'s addressee', () => {
  it('wraps a long styled title in full above the rule instead of cutting it with "…" (verifyL F2)', () => {
    const target = 'His Most Excellent Majesty the Sovereign Head of State, Protector of the Realm, Grand Master of the Most Distinguished Order, Knight Grand Cross of the Most Honourable Order of the Bath, Defender of the Constitution and President of the Federal Republic';
    const facts = { total: 2, anonymous: 0, first: Date.UTC(2026, 10, 1), last: Date.UTC(2026, 10, 2), byCountry: [{ country: 'KR', count: 2 }] };
    const pages = certificatePages(facts, {
      title: 'Stop the forced return of North Korean refugees', target, fingerprint: 'abc', packetFingerprint: '5AFA-EC99-E77B-F783',
      creationDate: new Date(Date.UTC(2026, 11, 10)), language: 'en', timezone: 'UTC',
    }, geometryFor('A4', 'portrait'), fakeMeasure);
    const first = pages[0];
    const text = first.texts.map((t) => t.text).join(' ').replace(/\s+/gu, ' ');
    expect(text).toContain('Defender of the Constitution and President of the Federal Republic');
    expect(text).not.toContain('…');
    // Every line of the addressee sits above the rule that opens the count.
    const rule = first.shapes.find((shape) => shape.kind === 'rule') as { y1: number };
    const addresseeLines = first.texts.filter((t) => target.includes(t.text.replace(/^To: /u, '').trim()) && t.text.trim() !== '');
    expect(addresseeLines.length).toBeGreaterThan(1);
    for (const line of addresseeLines) expect(line.y).toBeLessThan(rule.y1);
  });
});
