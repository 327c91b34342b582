// Korean names romanized by habit ("Sung-min", "Hyunwoo", "Gunrin": ㅓ written u) are the name in Hangul, as rare as
// it; two Hangul names whose romanizations look alike (수정, 수종) are two names.
import { describe, expect, it } from '@jest/globals';
import { spellsHangul } from '../../../src/normalize/hangul-readings.js';
import { PairScorer } from '../../../src/dedupe/fuzzy/pair-scorer.js';
import { findFuzzyMatches } from '../../../src/dedupe/fuzzy/refine-with-fuzzy.js';
import type { Signature } from '../../../src/types.js';
import { alone, fuzzyRecords as records, signature } from './signature-factory.js';

/** Online signers in Seoul with emails, and Kims galore: the crowd a Korean petition brings. */
function seoulCrowd(): Signature[] {
  const families = ['김', '이', '박', '최', '정', '김', '김', '이'];
  const givens = ['민준', '서연', '지훈', '하은', '도윤', '서준', '지우', '예은', '현우', '수빈', '은서', '준호', '민서', '지민'];
  return Array.from({ length: 160 }, (_, i) => signature({
    source: i % 2 ? 'form.csv' : 'change.csv', given: givens[(i * 5) % givens.length], family: families[(i * 3) % families.length],
    city: '서울', country: 'KR', ...(i % 2 ? { email: `p${i}@naver.com` } : { postcode: String(3000 + i * 17).padStart(5, '0') }),
  }));
}

describe('Korean names romanized by habit', () => {
  it('reads the usual spellings of a Hangul name, and only those', () => {
    for (const [hangul, latin] of [['성민', 'Sung-min'], ['성민', 'seongmin'], ['현우', 'Hyunwoo'], ['건린', 'Gunrin'], ['영희', 'Younghee'],
      ['철수', 'Chul Soo'], ['석진', 'Sukjin'], ['은정', 'eunjung'], ['길동', 'kiltong'], ['지우', 'jeewoo']]) {
      expect([hangul, latin, spellsHangul(hangul, latin.toLowerCase())]).toEqual([hangul, latin, true]);
    }
    for (const [hangul, latin] of [['성민', 'sangmin'], ['민준', 'manjin'], ['민준', 'mj'], ['지우', 'jiwon'], ['현우', 'hyunwoo2']]) {
      expect([hangul, latin, spellsHangul(hangul, latin)]).toEqual([hangul, latin, false]);
    }
  });

  it('scores "Gunrin Kim" against 김건린 as the name written twice, not as a weak likeness', () => {
    const rows = [
      ...seoulCrowd(),
      signature({ source: 'change.csv', given: 'Gunrin', family: 'Kim', city: '서울', country: 'KR', postcode: '06637' }),
      signature({ source: 'form.csv', given: '건린', family: '김', city: '서울', country: 'KR', email: 'g.kim@naver.com' }),
      signature({ source: 'paper.csv', given: '건린', family: '김', city: '서울', country: 'KR' }),
    ];
    const scorer = new PairScorer(records(rows));
    const n = rows.length;
    const across = scorer.explain(n - 3, n - 2).reasons.find((r) => r.field === 'given')!;
    const alike = scorer.explain(n - 2, n - 1).reasons.find((r) => r.field === 'given')!;
    expect(across.level).toBe('romanized');
    expect(across.weight).toBeCloseTo(alike.weight, 5);
  });

  it('puts "Gunrin Kim" of Cheongju beside 김건린 of 청주 among many Kims (the rows used to never meet)', () => {
    // Kims of Cheongju whose names sort between "geonrin" and "gunrin": windows over name order never join the two.
    const between = ['근우', '기현', '기은', '고은', '고운', '고현', '구현', '구슬', '국희', '기준', '기연', '금희', '근영'];
    const rows = [
      ...seoulCrowd(),
      ...between.map((given, i) => signature({ source: i % 2 ? 'form.csv' : 'change.csv', given, family: '김', city: '청주', country: 'KR', email: `c${i}@daum.net` })),
      signature({ source: 'change.csv', given: 'Gunrin', family: 'Kim', city: 'Cheongju', country: 'KR', postcode: '28700' }),
      signature({ source: 'form.csv', given: '건린', family: '김', city: '청주', country: 'KR', email: 'g.kim@naver.com' }),
    ];
    const n = rows.length;
    const result = findFuzzyMatches(records(rows), alone(n));
    // A rare name and a small city, without an email on one side: merged, or at least put to a person.
    const met = [...result.links, ...result.review].some((pair) => pair.a === n - 2 && pair.b === n - 1);
    expect(met).toBe(true);
  });

  it('keeps 이수정 and 이수종 apart: two Hangul names are not one romanized two ways', () => {
    const rows = [
      ...seoulCrowd(),
      signature({ source: 'form.csv', given: '수정', family: '이', city: '서울', country: 'KR' }),
      signature({ source: 'paper.csv', given: '수종', family: '이', city: '서울', country: 'KR' }),
      signature({ source: 'paper.csv', given: '수정', family: '이', city: '서울', country: 'KR' }),
    ];
    const scorer = new PairScorer(records(rows));
    const n = rows.length;
    const given = scorer.explain(n - 3, n - 2).reasons.find((r) => r.field === 'given')!;
    const same = scorer.explain(n - 3, n - 1).reasons.find((r) => r.field === 'given')!;
    expect(given.level).not.toBe('romanized');
    expect(same.weight - given.weight).toBeGreaterThan(2.5);
  });
});
