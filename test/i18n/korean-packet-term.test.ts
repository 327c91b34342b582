// The Korean UI calls the delivery packet by one name, "전달 자료", in every message and in the Korean docs: three words
// for one thing (전달 자료, 전달 꾸러미, 패킷) make a reader wonder whether they are three things.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';

const OTHER_NAMES = /꾸러미|패킷/u;

describe('the packet in Korean', () => {
  it('is "전달 자료" throughout locales/ko.json', () => {
    const catalog = JSON.parse(readFileSync('locales/ko.json', 'utf8')) as Record<string, string>;
    const others = Object.entries(catalog).filter(([, text]) => OTHER_NAMES.test(text)).map(([key]) => key);
    expect(others).toEqual([]);
    expect(Object.values(catalog).filter((text) => text.includes('전달 자료')).length).toBeGreaterThan(20);
  });

  it('is "전달 자료" in the README\'s Korean quick start', () => {
    expect(readFileSync('README.md', 'utf8')).not.toMatch(OTHER_NAMES);
  });
});
