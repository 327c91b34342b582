import { describe, expect, it } from '@jest/globals';
import { calendarDay } from '../../../src/packet/letter/build-letter-context.js';
import { occasionIn } from '../../../src/packet/letter/known-occasions.js';
import { letterLanguage } from '../../../src/packet/letter/letter-language.js';

describe('letterLanguage', () => {
  it.each([
    ['en', '10 December 2013', '191,329', '“T”', 'English, Korean and Spanish'],
    ['ko', '2013년 12월 10일', '191,329', '“T”', '영어, 한국어 및 스페인어'],
    ['es', '10 de diciembre de 2013', '191.329', '«T»', 'inglés, coreano y español'],
    ['zh', '2013年12月10日', '191,329', '《T》', '英语、韩语和西班牙语'],
    ['de', '10. Dezember 2013', '191.329', '“T”', 'Englisch, Koreanisch und Spanisch'],
  ])('%s', (code, date, number, quoted, list) => {
    const language = letterLanguage(code);
    expect(language.formatDate('2013-12-10')).toBe(date);
    expect(language.formatNumber(191329)).toBe(number);
    expect(language.quoteTitle('T')).toBe(quoted);
    expect(language.listLanguages(['en', 'ko', 'es'])).toBe(list);
  });

  it('does not pad day or month', () => {
    expect(letterLanguage('zh').formatDate('2026-03-01')).toBe('2026年3月1日');
    expect(letterLanguage('ko').formatDate('2026-03-01')).toBe('2026년 3월 1일');
  });
});

describe('calendarDay', () => {
  it.each([
    ['2026-03-01', undefined, '2026-03-01'],
    ['2026-03-01T20:00:00Z', undefined, '2026-03-01'],
    ['2026-03-01T20:00:00Z', 'Asia/Seoul', '2026-03-02'],
    ['2026-03-01T02:00:00Z', 'America/New_York', '2026-02-28'],
    [null, undefined, null],
    ['not a date', undefined, null],
  ])('%s in %s → %s', (value, zone, expected) => {
    expect(calendarDay(value, zone)).toBe(expected);
  });
});

describe('occasionIn', () => {
  it.each([
    ['ko', 'Human Rights Day', undefined, '세계 인권의 날'],
    ['es', 'human-rights-day', undefined, 'el Día de los Derechos Humanos'],
    ['zh', 'World Refugee Day', undefined, '世界难民日'],
    ['ko', 'Founding Day', { ko: '창립 기념일' }, '창립 기념일'],
    ['es', 'Founding Day', undefined, 'Founding Day'],
  ])('%s %s', (language, occasion, translations, expected) => {
    expect(occasionIn(language, occasion, translations)).toBe(expected);
  });
});
