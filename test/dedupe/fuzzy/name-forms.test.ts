import { describe, expect, it } from '@jest/globals';
import { nameForm, placeKey } from '../../../src/dedupe/fuzzy/name-forms.js';
import { koreanSkeleton } from '../../../src/normalize/korean-skeleton.js';
import { areNicknames } from '../../../src/dedupe/fuzzy/nicknames.js';
import { koreanSurname } from '../../../src/dedupe/fuzzy/korean-surnames.js';

describe('nameForm', () => {
  it('romanizes Hangul syllable by syllable, as names are romanized (민준 → minjun, not a sound-changed form)', () => {
    expect(nameForm('민준').compact).toBe('minjun');
    expect(nameForm('Min-jun').compact).toBe('minjun');
    expect(nameForm('Min Jun').compact).toBe('minjun');
  });

  it.each([
    [['박', 'Park', 'Pak', 'Bak', 'PARK'], '박'],
    [['이', 'Lee', 'Yi', 'Rhee', '리'], '이'],
    [['최', 'Choi', 'Choe'], '최'],
    [['정', 'Jung', 'Jeong', 'Chung'], '정'],
    [['김', 'Kim', 'Gim'], '김'],
    [['류', 'Ryu', 'Yoo', '유'], '유'],
  ])('spellings %j of one Korean family name share one canonical form', (spellings, hangul) => {
    for (const spelling of spellings) expect(nameForm(spelling).canonical).toBe(hangul);
  });

  it('keeps other family names as their folded letters', () => {
    expect(nameForm('Müller').canonical).toBe('muller');
    expect(nameForm('Smith').korean).toBe(false);
  });

  it('writes Chinese names in toneless pinyin', () => {
    expect(nameForm('张').compact).toBe('zhang');
    expect(nameForm('伟').compact).toBe('wei');
  });

  it('knows how common a Korean family name is: Kim, Lee and Park cover about half of Korea', () => {
    const share = ['Kim', 'Lee', 'Park'].reduce((sum, name) => sum + nameForm(name).surnameShare, 0);
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.5);
    expect(nameForm('Namgoong').surnameShare).toBeLessThan(0.001);
  });
});

describe('koreanSkeleton', () => {
  it.each([
    ['minjun', 'minjoon'],
    ['seoyeon', 'soyeon'],
    ['jiu', 'jiwoo'],
    ['hyejin', 'hyechin'],
  ])('%s and %s are one spelling family', (a, b) => {
    expect(koreanSkeleton(a)).toBe(koreanSkeleton(b));
  });

  it('keeps different names apart', () => {
    expect(koreanSkeleton('minjun')).not.toBe(koreanSkeleton('minseo'));
  });
});

describe('placeKey', () => {
  it.each([
    ['서울', 'seoul'],
    ['서울특별시', 'seoul'],
    ['부산광역시', 'busan'],
    ['seoul', 'seoul'],
    ['new york', 'new york'],
    // A Korean address gives its city; districts and provinces are not another city.
    ['서울 강남구', 'seoul'],
    ['경기도 용인시 기흥구', 'yongin'],
    // A city written in Han, kana or the local language compares with its English name.
    ['東京', 'tokyo'],
    ['大阪市', 'osaka'],
    ['臺北', 'taipei'],
    ['台北', 'taipei'],
    ['沈阳', 'shenyang'],
    ['munchen', 'munich'],
    ['ciudad de mexico', 'mexico city'],
  ])('%s compares as %s', (city, key) => {
    expect(placeKey(city)).toBe(key);
  });
});

describe('koreanSurname', () => {
  it('finds a surname by any listed spelling, and only Korean ones', () => {
    expect(koreanSurname('rhee')?.hangul).toBe('이');
    expect(koreanSurname('남궁')?.share).toBeLessThan(0.001);
    expect(koreanSurname('smith')).toBeUndefined();
  });
});

describe('areNicknames', () => {
  it.each([
    ['bob', 'robert', true],
    ['robert', 'bob', true],
    ['bill', 'william', true],
    ['kate', 'katherine', true],
    ['jon', 'john', true],
    ['william', 'robert', false], // both are listed under "bill", which must not make them one name
    ['anna', 'zoe', false],
  ])('%s / %s → %s', (a, b, expected) => {
    expect(areNicknames(a, b)).toBe(expected);
  });
});
