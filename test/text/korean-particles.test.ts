import { describe, expect, it } from '@jest/globals';
import { chooseKoreanParticles } from '../../src/text/korean-particles.js';

describe('Korean particles after a value', () => {
  it('picks the form by the final consonant of a Hangul word', () => {
    expect(chooseKoreanParticles('안전한 길 연대은(는) 오늘 안전한 길 연대이(가) 진행했다')).toBe('안전한 길 연대는 오늘 안전한 길 연대가 진행했다');
    expect(chooseKoreanParticles('지문와(과) 대장와(과) 서명지을(를)')).toBe('지문과 대장과 서명지를');
    expect(chooseKoreanParticles('서울(으)로, 대전(으)로, 서울시청(으)로')).toBe('서울로, 대전으로, 서울시청으로');
  });

  it('reads digits as they are said, and past closing quotes and brackets', () => {
    expect(chooseKoreanParticles('1행와(과) 2행와(과) 3행은(는)')).toBe('1행과 2행과 3행은');
    expect(chooseKoreanParticles('줄 1은(는), 줄 2은(는), 36(으)로, 37(으)로')).toBe('줄 1은, 줄 2는, 36으로, 37로');
    expect(chooseKoreanParticles('"서명지"은(는) (대한민국)이(가)')).toBe('"서명지"는 (대한민국)이');
  });

  it('keeps both forms after Latin letters, where the reading is unsure', () => {
    expect(chooseKoreanParticles('Safe Passage Coalition은(는) "a.csv"이(가)')).toBe('Safe Passage Coalition은(는) "a.csv"이(가)');
  });
});
