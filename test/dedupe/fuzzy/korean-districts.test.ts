// Korean addresses of one city in two districts are two places: "서울특별시 금천구" and "서울특별시 강동구" look alike
// letter by letter (the city's long name), but one name in two districts of Seoul is two people far more often.
import { describe, expect, it } from '@jest/globals';
import { koreanDistrict } from '../../../src/normalize/city-from-korean-address.js';
import { PairScorer } from '../../../src/dedupe/fuzzy/pair-scorer.js';
import type { Signature } from '../../../src/types.js';
import { fuzzyRecords as records, signature } from './signature-factory.js';

/** Paper signers in Seoul and Busan, each with an address of city and district, and a few namesakes. */
function paperCrowd(): Signature[] {
  const families = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임'];
  const givens = ['민준', '서연', '지훈', '하은', '도윤', '서준', '지우', '예은', '현우', '수빈', '은서', '준호'];
  const districts = ['서울특별시 종로구', '서울특별시 마포구', '서울특별시 강남구', '서울특별시 송파구', '부산광역시 해운대구', '부산광역시 사하구'];
  const rows: Signature[] = [];
  for (let i = 0; i < 120; i++) {
    rows.push(signature({ source: 'paper.csv', given: givens[(i * 7) % givens.length], family: families[(i * 3) % families.length],
      street: districts[i % districts.length], city: districts[i % districts.length].startsWith('서울') ? '서울' : '부산', country: 'KR' }));
  }
  return rows;
}

describe('Korean districts', () => {
  it('reads the city and district of an address, however the city is written', () => {
    expect(koreanDistrict('서울특별시 금천구')).toBe('서울 금천구');
    expect(koreanDistrict('서울 금천구 시흥대로 12')).toBe('서울 금천구');
    expect(koreanDistrict('경기도 고양시 덕양구')).toBe('고양 덕양구');
    expect(koreanDistrict('경기 고양시 덕양구')).toBe('고양 덕양구');
    expect(koreanDistrict('서울')).toBe('');
    expect(koreanDistrict('Seoul')).toBe('');
  });

  it('weighs 김승경 on paper in 금천구 and in 강동구 of Seoul as two people, the same district typed two ways as one place', () => {
    const rows = [
      ...paperCrowd(),
      signature({ source: 'paper.csv', given: '승경', family: '김', street: '서울특별시 금천구', city: '서울', country: 'KR' }),
      signature({ source: 'paper2.csv', given: '승경', family: '김', street: '서울특별시 강동구', city: '서울', country: 'KR' }),
      signature({ source: 'paper2.csv', given: '승경', family: '김', street: '서울 금천구', city: '서울', country: 'KR' }),
    ];
    const scorer = new PairScorer(records(rows));
    const n = rows.length;
    const apart = scorer.explain(n - 3, n - 2);
    const together = scorer.explain(n - 3, n - 1);
    expect(apart.reasons).toContainEqual(expect.objectContaining({ field: 'district', level: 'disagree' }));
    expect(apart.reasons.find((r) => r.field === 'street')?.level).toBe('disagree');
    expect(together.reasons.find((r) => r.field === 'street')?.level).not.toBe('disagree');
    expect(together.score - apart.score).toBeGreaterThan(8);
  });
});
