import { describe, expect, it } from '@jest/globals';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { holdsContact, nameWithoutContact, postcodeHoldsContact, screenCity } from '../../src/normalize/contact-in-place.js';
import type { CanonicalField } from '../../src/types.js';

let nextRow = 1;
function normalizeRow(fields: Partial<Record<CanonicalField, string>>) {
  const normalizer = createNormalizer({ source: 'form.csv' });
  const row = nextRow++;
  const signature = normalizer.normalize({ source: 'form.csv', row, line: row + 1, fields, extra: {} });
  return { signature, problems: normalizer.problems() };
}

describe('contact data typed into a place cell', () => {
  it.each([
    'sara.lee@example.com', 'PARK.JI@NAVER.COM', 'sara . lee @ example . com', 'sara.lee＠example.com', 'sara.lee (at) example.com',
    '010-1234-5678', '+82 10 2345 6789', '(555) 867-5309', '555-867-5309', '555.867.5309', '+1 415 555 0199', '02 123 4567',
    '＋81 90-1234-5678', 'Seoul +82 10 2345 6789', 'Los Angeles 010 1234 5678', '+44 20 7946 0958', '01712345678',
  ])('%s holds an e-mail or phone', (cell) => {
    expect(holdsContact(cell)).toBe(true);
  });

  it.each(['San Francisco', 'St. Louis', 'Woodstock', 'Paris 15e', 'Seoul', '서울', 'Berlin', 'Winston-Salem', 'Sault Ste. Marie', 'Boston'])(
    '%s holds no contact', (cell) => {
      expect(holdsContact(cell)).toBe(false);
    });

  it.each(['PARK.JI@NAVER.COM', '010-1234-5678', '+82 10 2345 6789', '(555) 867-5309', '5558675309'])('postcode %s holds contact', (cell) => {
    expect(postcodeHoldsContact(cell)).toBe(true);
  });

  it.each(['94110', '94110-1234', 'SW1A 1AA', '100020', '01310-100', '100-0001', '03187', 'K1A 0B1'])('postcode %s is a postcode', (cell) => {
    expect(postcodeHoldsContact(cell)).toBe(false);
  });

  it.each([
    ['221 Baker Street, San Francisco', 'San Francisco'],
    ['Beijing, Chaoyang District, Jianguo Rd 88 Apt 1502', 'Chaoyang District'],
    ['Baker Street, London', 'London'],
    ['Calle Mayor 5, 3º B, Madrid', 'Madrid'],
    ['Rue de Rivoli, Paris', 'Paris'],
    ['Via Roma 12, Milano', 'Milano'],
    ['Hauptstraße 5, Berlin', 'Berlin'],
    ['Lindenweg 3, 10115 Berlin', '10115 Berlin'],
    ['Rua Augusta, Lisboa', 'Lisboa'],
    ['Busan, 101동 1203호', 'Busan'],
    ['東京都, 3丁目 5番地', '東京都'],
    ['Apt 4B, New York', 'New York'],
    ['#12, Vancouver', 'Vancouver'],
    ['221 Baker Street', ''],
    ['Unit 7 Springfield', 'Springfield'],
    ['Jianguo Rd 88 Apt 1502', ''],
    // Outside tester E, F3: streets in other languages, a third person's name, a post box.
    ['Οδός Ερμού 15, Αθήνα', 'Αθήνα'],
    ['вул. Хрещатик 22, Київ', 'Київ'],
    ['ul. Marszałkowska 10, Warszawa', 'Warszawa'],
    ['Storgatan 5, Stockholm', 'Stockholm'],
    ['c/o Smith, Leeds', 'Leeds'],
    ['Postfach 12, Bern', 'Bern'],
    // F12: the district before a Korean road is kept.
    ['서울시 강남구 테헤란로 123', '서울시 강남구'],
  ])('city %s is cut to %j', (cell, town) => {
    expect(screenCity(cell)).toEqual({ kind: 'street', town });
  });

  it.each(['San Francisco', 'St. Louis', 'Saint Paul', 'Largo', 'Fort Worth', 'Berlin 10115', 'Wien 1010', 'Sault Ste. Marie', 'Salt Lake City', 'Mexico City', '서울', 'Washington, DC', 'Camino',
    // F12: towns named with a street word or a distance; must-pass towns in other languages.
    '100 Mile House', 'Calle Larga', 'Mile End', 'Twentynine Palms', 'Sankt Gallen', 'Nowa Wieś', 'Новый Уренгой', 'Άγιος Νικόλαος',
    'Bergen', 'Vejen', 'Gata', 'Ulm', 'Cadiz'])(
    'city %s is a town', (cell) => {
      expect(screenCity(cell)).toEqual({ kind: 'clean' });
    });

  it.each([
    ['Mary Poppins 555-867-5309', 'Mary Poppins'],
    ['Sara Lee sara.lee@example.com', 'Sara Lee'],
    ['Sara Lee <sara.lee@example.com>', 'Sara Lee'],
    ['김민수 010-1234-5678', '김민수'],
    ['Kim Soo (+82 10 2345 6789)', 'Kim Soo'],
  ])('name %s loses its contact', (cell, name) => {
    expect(holdsContact(cell)).toBe(true);
    expect(nameWithoutContact(cell)).toBe(name);
  });
});

describe('createNormalizer: place and name cells holding contact data', () => {
  it('blanks a city holding an e-mail and warns naming the row and column', () => {
    const { signature, problems } = normalizeRow({ name: 'Sara Lee', city: 'sara.lee@example.com', country: 'US' });
    expect(signature.city).toBe('');
    expect(signature.cityKey).toBe('');
    expect(problems).toEqual([expect.objectContaining({ code: 'contact_in_place', column: 'city', row: signature.row })]);
    expect(JSON.stringify(problems)).not.toContain('sara.lee');
  });

  it('blanks a region holding a phone and a postcode holding an e-mail', () => {
    const { signature, problems } = normalizeRow({ name: 'Kim Young', city: 'Los Angeles', region: '010-1234-5678', postcode: 'PARK.JI@NAVER.COM', country: 'US' });
    expect(signature.city).toBe('Los Angeles');
    expect(signature.region).toBe('');
    expect(signature.postcode).toBe('');
    expect(signature.postcodeKey).toBe('');
    expect(problems.map((p) => p.column).sort()).toEqual(['postcode', 'region']);
  });

  it('cuts a city holding a street address to its town', () => {
    const { signature, problems } = normalizeRow({ name: 'Tom Baker', city: '221 Baker Street, San Francisco', region: 'CA', postcode: '94110', country: 'US' });
    expect(signature.city).toBe('San Francisco');
    expect(signature.cityKey).toBe('san francisco');
    expect(problems).toEqual([expect.objectContaining({ code: 'street_in_city', column: 'city' })]);
  });

  it('takes a phone number out of a name cell', () => {
    const { signature, problems } = normalizeRow({ name: 'Mary Poppins 555-867-5309', city: 'London', country: 'GB' });
    expect(signature.name).toBe('Mary Poppins');
    expect(problems).toEqual([expect.objectContaining({ code: 'contact_in_name', column: 'name' })]);
  });

  it('leaves ordinary cells alone without a word', () => {
    const { signature, problems } = normalizeRow({ name: 'Ann Lee', city: 'Woodstock IL 60098-1234', postcode: '', country: 'US' });
    expect(signature.city).toBe('Woodstock');
    expect(signature.postcode).toBe('60098-1234');
    expect(problems).toEqual([]);
  });
});

describe('createNormalizer: a name that is only an e-mail', () => {
  it('is kept whole, for the name check to reject with its own reason', () => {
    const { signature, problems } = normalizeRow({ name: 'john.doe@example.com', city: 'Boston', country: 'US' });
    expect(signature.name).toBe('john.doe@example.com');
    expect(problems).toEqual([]);
  });
});
