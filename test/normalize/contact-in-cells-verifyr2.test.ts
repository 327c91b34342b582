// Contact data the outside tester verifyR2 found printed in the signature list or written into the packet's manifest
// (F6, F7, F9): flat numbers of 3-4 digits beside a town, phone numbers in Chinese and Korean numerals written in groups,
// e-mails written with "#", "(собачка)" or "-at-" for "@", phone numbers in a Korean postcode cell, and an e-mail typed
// into the language column.
import { describe, expect, it } from '@jest/globals';
import { nameHoldsContact, nameWithoutContact, screenCity, screenRegion } from '../../src/normalize/contact-in-place.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { printedPlace } from '../../src/normalize/printed-place.js';

describe('a flat, unit or street number of any length beside a town is not printed (F6)', () => {
  it.each([
    ['London SW1A 1AA, flat 1203', 'London SW1A 1AA'], ['London SW1A 1AA, flat 7734', 'London SW1A 1AA'],
    ['Toronto, Unit 1203', 'Toronto'], ['Sydney, Apt 1203', 'Sydney'], ['New York, Apt 1203', 'New York'],
    ['Hong Kong, Flat 1203', 'Hong Kong'], ['Chicago, Suite 1203', 'Chicago'], ['Dublin, Apt 7734', 'Dublin'],
    ['Toronto, Unit 123', 'Toronto'], ['Köln, Hohe Str. 1203', 'Köln'],
    // A street with no street word beside its town, in either order (verifyR2 leftover).
    ['Amsterdam, Damrak 1203', 'Amsterdam'], ['Damrak 1203, Amsterdam', 'Amsterdam'], ['Oslo, Storgata 12', 'Oslo'],
    ['Athina, Ermou 15', 'Athina'],
  ])('the city %j prints as %j', (cell, town) => {
    expect(printedPlace('city', cell)).toBe(town);
  });

  it.each([
    ['Noord-Holland, Damrak 1203', 'Noord-Holland'], ['Noord-Holland, Damrak 7734', 'Noord-Holland'], ['NSW, Apt 1203', 'NSW'],
    ['Texas, Suite 1203', 'Texas'], ['부산 해운대구 qzroad 7734', '부산 해운대구'],
  ])('the region %j prints as %j', (cell, region) => {
    expect(printedPlace('region', cell)).toBe(region);
  });

  it.each(['Wien 1010', 'Berlin 10115', 'Dublin 8', 'Neustadt an der Weinstraße 67433', '서울 강남구', 'London SW1A 1AA'])(
    'the town with its district or postcode %j prints whole', (cell) => {
      expect(printedPlace('city', cell)).toBe(cell);
    },
  );

  it.each(['Dublin 8, Ireland', 'Wien 1010, Österreich', 'Stockholm 111 22, Sverige'])('the town with its district beside its country %j prints whole', (cell) => {
    expect(printedPlace('city', cell)).toBe(cell);
  });

  it('a number left alone is no place', () => {
    expect(printedPlace('city', '7734')).toBe('');
  });
});

describe('a phone number in Chinese, Japanese or Korean numerals written in groups is contact data (F6, F9)', () => {
  it.each([
    ['Wen Li 七七三四 五五五五', 'Wen Li'], ['佐藤花子 〇九〇‐一二三四‐五六七八', '佐藤花子'], ['王伟 一三八 一二三四 五六七八', '王伟'], ['Wang Li 壹叁捌 壹贰叁肆 伍陆柒捌', 'Wang Li'],
    ['Yoon Ji 공일공 칠칠삼사 육육육육', 'Yoon Ji'], ['Yoon Ji 공일공-칠칠삼사-육육육육', 'Yoon Ji'],
  ])('the name %j prints as %j', (cell, name) => {
    expect(nameHoldsContact(cell)).toBe(true);
    expect(nameWithoutContact(cell)).toBe(name);
  });

  it.each(['이영일', '김 영일', '이사 오이', '中村一郎', '王一 二三', '张三'])('the name %j, with a few numerals, prints whole', (name) => {
    expect(nameHoldsContact(name)).toBe(false);
    expect(nameWithoutContact(name)).toBe(name);
  });

  it.each([['Seoul 공일공 칠칠삼사 일이삼사', 'Seoul'], ['北京 一三八 一二三四 五六七八', '北京']])('the place %j keeps only %j', (cell, town) => {
    expect(screenCity(cell)).toEqual({ kind: 'contact', town });
    expect(screenRegion(cell)).toEqual({ kind: 'contact', town });
  });
});

describe('an e-mail written without an at sign is contact data in a name or a place (F9)', () => {
  it.each([
    ['王伟 qzwangwei#qq.com', '王伟'], ['Ivan qzivan(собачка)mail.ru', 'Ivan'], ['Mia qzmia-at-gmail-dot-com', 'Mia'],
    ['Mia qzmia~gmail~com', 'Mia'], ['Ana qzana[arroba]gmail.com', 'Ana'], ['Jan qzjan(małpa)wp.pl', 'Jan'], ['Lu qzlu/qq.com', 'Lu'],
  ])('the name %j prints as %j', (cell, name) => {
    expect(nameHoldsContact(cell)).toBe(true);
    expect(nameWithoutContact(cell)).toBe(name);
  });

  it.each([
    ['Seoul qzkim#naver.com', 'Seoul'], ['Moskva qzivan(собачка)mail.ru', 'Moskva'], ['Berlin qzmia-at-gmail-dot-com', 'Berlin'],
  ])('the place %j keeps only %j', (cell, town) => {
    expect(screenCity(cell)).toEqual({ kind: 'contact', town });
    expect(screenRegion(cell)).toEqual({ kind: 'contact', town });
  });

  it.each(['Anna-Mail Berg', 'Jean-Pierre Dot', 'Tom Gmail-Smith', 'Ata Demir'])('the name %j prints whole', (name) => {
    expect(nameHoldsContact(name)).toBe(false);
  });

  it.each(['Singapore, #12-1203', 'Stratford-upon-Avon'])('the place %j is no e-mail', (cell) => {
    expect(screenCity(cell).kind).not.toBe('contact');
  });
});

describe('a row with contact data in its language and postcode cells (F6, F7)', () => {
  const read = (fields: Record<string, string>) => {
    const normalizer = createNormalizer({ source: 'form.csv' });
    const signature = normalizer.normalize({ source: 'form.csv', row: 1, line: 2, extra: {}, fields: { name: 'Jae Ko', ...fields } });
    return { signature, problems: normalizer.problems() };
  };

  it.each(['qzjae@naver.com', 'Korean, call 010-7734-1234', '김철수 010-7734-1234', 'zz'])(
    'the language %j is counted as unknown, and said masked with its row and column', (language) => {
      const { signature, problems } = read({ language, country: 'KR' });
      expect(signature.language).toBe('');
      const said = problems.filter((problem) => problem.code === 'unknown_language');
      expect(said.map((problem) => [problem.column, problem.row])).toEqual([['language', 1]]);
      expect(JSON.stringify(problems)).not.toMatch(/qzjae@naver|7734-1234/u);
    },
  );

  it.each(['ko_KR', 'ko', 'Korean', '한국어', 'español'])('the language %j is kept as written', (language) => {
    expect(read({ language }).signature.language).toBe(language);
  });

  it.each(['555-0100', '7734-1234', '77341234'])('the Korean postcode %j, a phone number, is blanked and said', (postcode) => {
    const { signature, problems } = read({ postcode, country: 'KR' });
    expect(signature.postcode).toBe('');
    expect(problems.filter((problem) => problem.code === 'contact_in_place').map((problem) => problem.column)).toEqual(['postcode']);
  });

  it.each([['04524', 'KR'], ['123-456', 'KR'], ['02134-1234', 'US'], ['2134-1234', 'US'], ['555-0100', 'DE']])(
    'the postcode %j in %s is kept', (postcode, country) => {
      expect(read({ postcode, country }).signature.postcode).not.toBe('');
    },
  );
});
