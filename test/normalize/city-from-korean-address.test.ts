import { describe, expect, it } from '@jest/globals';
import { cityFromKoreanAddress } from '../../src/normalize/city-from-korean-address.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';

describe('cityFromKoreanAddress', () => {
  it.each([
    ['서울특별시 종로구 세종대로 175', '서울'],
    ['서울', '서울'],
    ['서울시 마포구', '서울'],
    ['대구광역시 중구', '대구'],
    ['세종특별자치시 한누리대로 2130', '세종'],
    ['경기도 수원시 팔달구', '수원'],
    ['경기 수원시', '수원'],
    ['강원특별자치도 춘천시', '춘천'],
    ['경기도 양평군 양평읍', '양평군'],
    ['수원시 팔달구', '수원'],
    ['경기도', ''],
    ['1200 Example Avenue NW', ''],
    ['', ''],
  ])('%s → %s', (address, city) => {
    expect(cityFromKoreanAddress(address)).toBe(city);
  });
});

describe('a paper sheet with only an address column', () => {
  it('gets its city from the address, so the name-and-city rule can match it', () => {
    const normalizer = createNormalizer({ source: 'seoul-paper.csv', defaultCountry: 'KR' });
    const signature = normalizer.normalize({ source: 'seoul-paper.csv', row: 4, line: 5, fields: { name: '김민준', street: '서울특별시 종로구' }, extra: {} });
    expect(signature).toMatchObject({ city: '서울', street: '서울특별시 종로구', country: 'KR' });
    expect(signature.cityKey).toBe('서울');
  });

  it('keeps a city of its own over the address', () => {
    const normalizer = createNormalizer({ source: 'x.csv' });
    const signature = normalizer.normalize({ source: 'x.csv', row: 1, line: 2, fields: { name: '김민준', city: 'Busan', street: '서울특별시 종로구' }, extra: {} });
    expect(signature.city).toBe('Busan');
  });
});
