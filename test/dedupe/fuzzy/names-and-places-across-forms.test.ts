// One person whose two signatures write the name or the place differently: a double family name split two ways,
// only its first half given, a postcode on one export and the city on the other.
import { describe, expect, it } from '@jest/globals';
import { fillCitiesFromPostcodePrefixes, fillCitiesFromPostcodes } from '../../../src/dedupe/fuzzy/city-from-postcode.js';
import { findFuzzyMatches } from '../../../src/dedupe/fuzzy/refine-with-fuzzy.js';
import { PairScorer } from '../../../src/dedupe/fuzzy/pair-scorer.js';
import { splitName } from '../../../src/normalize/split-name.js';
import type { Signature } from '../../../src/types.js';
import { alone, fuzzyRecords as records, signature } from './signature-factory.js';

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** Spanish signers of a city: each with a given name and two family names, in their own postcode. */
function madrid(): Signature[] {
  const random = seeded(7);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const given = ['María', 'José', 'Carmen', 'Antonio', 'Lucía', 'Manuel', 'Elena', 'Pablo', 'Sara', 'Javier', 'Marta', 'David'];
  const family = ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández',
    'Díaz', 'Moreno', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos'];
  return Array.from({ length: 400 }, (_, i) => signature({
    source: 'an.csv', given: pick(given), family: `${pick(family)} ${pick(family)}`, email: `firma${i}@correo.example`,
    postcode: String(28001 + Math.floor(random() * 120)).padStart(5, '0'), city: 'Madrid', country: 'ES',
  }));
}

/** Whether the last two rows, added to the city's signers, are made one signer. */
function linked(first: Signature, second: Signature): boolean {
  const rows = [...madrid(), first, second];
  const result = findFuzzyMatches(records(rows), alone(rows.length));
  const [a, b] = [rows.length - 2, rows.length - 1];
  return result.links.some((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
}

/** A Change.org row: one name cell, split as the reader splits it (the last word is the family name). */
function fullNameRow(name: string, fields: Partial<Signature>): Signature {
  const { given, family } = splitName(name);
  return signature({ source: 'change.csv', ...fields, given, family, name });
}

describe('a double family name', () => {
  it('matches its other split: "Laura Giménez Gallego" in one cell and Laura / Giménez Gallego in two', () => {
    const whole = fullNameRow('Lqura Giménez Gallego', { postcode: '08034', city: 'Madrid', country: 'ES' });
    expect(whole.family).toBe('Gallego');
    const parts = signature({ source: 'eff.csv', given: 'Laura', family: 'Giménez Gallego', email: 'laura.gimenez@hotmail.es', postcode: '08034', country: 'ES' });
    expect(linked(whole, parts)).toBe(true);
  });

  it('matches the first family name given alone at the same postcode', () => {
    const whole = fullNameRow('Juan Nieto Gallego', { postcode: '28044', city: 'Madrid', country: 'ES' });
    const firstOnly = signature({ source: 'eff.csv', given: 'Juan', family: 'Nieto', email: 'juan95@gmail.com', postcode: '28044', country: 'ES' });
    expect(linked(whole, firstOnly)).toBe(true);
  });

  it('does not join two people who only share a family name and a postcode', () => {
    const whole = fullNameRow('Marta Nieto Gallego', { postcode: '28044', city: 'Madrid', country: 'ES' });
    const other = signature({ source: 'eff.csv', given: 'Pablo', family: 'Nieto', email: 'pablo@gmail.com', postcode: '28044', country: 'ES' });
    expect(linked(whole, other)).toBe(false);
  });
});

describe('fillCitiesFromPostcodes', () => {
  // Rows of two cells: postcode id, city id (-1 for none).
  const cellsOf = (rows: Array<[number, number]>) => Int32Array.from(rows.flat());

  it("gives a row without a city its postcode's city, when the postcode's rows agree on one", () => {
    const cells = cellsOf([[5, 1], [5, 1], [5, 1], [5, -1], [7, 2], [7, -1]]);
    const filled = fillCitiesFromPostcodes(cells, 2, 0, 1);
    expect(cells[3 * 2 + 1]).toBe(1);
    expect(Array.from(filled)).toEqual([0, 0, 0, 1, 0, 0]);
    // One row alone does not tell a postcode's city.
    expect(cells[5 * 2 + 1]).toBe(-1);
  });

  it('leaves the city unknown where the postcode spans cities', () => {
    const cells = cellsOf([[5, 1], [5, 1], [5, 2], [5, 2], [5, -1]]);
    fillCitiesFromPostcodes(cells, 2, 0, 1);
    expect(cells[4 * 2 + 1]).toBe(-1);
  });
});

describe('fillCitiesFromPostcodePrefixes', () => {
  // Rows of three cells: postcode id, city id, country id; postcode texts by id.
  const postcodes = ['05485', '05069', '05405', '05725', '05193', '05428', '42169', '42011', '42870', '42520', '42311', '02139', '02144'];
  const at = { postcode: 0, city: 1, country: 2 };
  const SEOUL = 1;
  const DAEGU = 2;
  const KR = 0;

  it("gives an EFF row with only '05485' the city Seoul, which every other row of a 05… code in Korea names", () => {
    const cells = Int32Array.from([[0, -1, KR], [1, SEOUL, KR], [2, SEOUL, KR], [3, SEOUL, KR], [4, SEOUL, KR], [5, SEOUL, KR], [6, -1, KR],
      [7, DAEGU, KR], [8, DAEGU, KR], [9, DAEGU, KR], [10, DAEGU, KR], [7, DAEGU, KR]].flat());
    const filled = new Uint8Array(12);
    fillCitiesFromPostcodePrefixes(cells, 3, at, postcodes, filled);
    expect([cells[1], cells[6 * 3 + 1]]).toEqual([SEOUL, DAEGU]);
    expect(Array.from(filled)).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('fills nothing where a prefix spans cities (Boston and Cambridge share 021), or too few rows tell, or the country differs', () => {
    const BOSTON = 3;
    const CAMBRIDGE = 4;
    const US = 1;
    const cells = Int32Array.from([[11, -1, US], [11, BOSTON, US], [11, BOSTON, US], [12, CAMBRIDGE, US], [12, CAMBRIDGE, US], [11, BOSTON, US],
      [0, -1, US], [1, SEOUL, KR], [2, SEOUL, KR], [3, SEOUL, KR], [4, SEOUL, KR], [5, SEOUL, KR]].flat());
    const filled = new Uint8Array(12);
    fillCitiesFromPostcodePrefixes(cells, 3, at, postcodes, filled);
    expect(cells[1]).toBe(-1);
    expect(cells[6 * 3 + 1]).toBe(-1);
    expect(filled.every((x) => x === 0)).toBe(true);
  });

  it('joins 박서준 with only the postcode 42169 on Change.org and 박서준 of 대구 on a paper sheet', () => {
    const score = (crowdGivesPostcodes: boolean): { score: number; city?: string } => {
      const daegu = ['민준', '서연', '지훈', '하은', '도윤', '예은'].map((given, i) => signature({ source: 'change.csv', given, family: '김',
        postcode: crowdGivesPostcodes ? `4201${i}` : '', city: 'Daegu', cityKey: '대구', country: 'KR' }));
      const online = signature({ source: 'change.csv', given: '서준', family: '박', postcode: '42169', country: 'KR' });
      const paper = signature({ source: 'paper.csv', given: '서준', family: '박', city: '대구', cityKey: '대구', street: '대구광역시 수성구', country: 'KR' });
      const rows = [...daegu, online, paper];
      const explained = new PairScorer(records(rows)).explain(rows.length - 2, rows.length - 1);
      return { score: explained.score, city: explained.reasons.find((r) => r.field === 'city')?.level };
    };
    const learned = score(true);
    const unknown = score(false);
    expect(learned.city).toBe('exact-by-postcode');
    expect(unknown.city).toBeUndefined();
    expect(learned.score - unknown.score).toBeGreaterThan(2);
  });
});

describe('a Korean name written family first in one name cell', () => {
  it('matches "Park Seo Yun" in one cell with Seo Yun / Park in two, at the same postcode', () => {
    const whole = fullNameRow('Park Seo Yun', { postcode: '28044', city: 'Madrid', country: 'ES' });
    expect(whole.family).toBe('Yun');
    const parts = signature({ source: 'eff.csv', given: 'Seoyun', family: 'Park', email: 'sy.park@naver.com', postcode: '28044', country: 'ES' });
    expect(linked(whole, parts)).toBe(true);
  });

  it('does not join Park Seo Yun with Park Ji Hoon of the same postcode', () => {
    const whole = fullNameRow('Park Seo Yun', { postcode: '28044', city: 'Madrid', country: 'ES' });
    const other = signature({ source: 'eff.csv', given: 'Jihoon', family: 'Park', email: 'jh.park@naver.com', postcode: '28044', country: 'ES' });
    expect(linked(whole, other)).toBe(false);
  });
});

describe('a Chinese name in Han characters and in Wade–Giles', () => {
  it('matches 陳曉明 with "Hsiao-ming Chen" and 高紅安 with "Hung-an Kao" at the same postcode', () => {
    for (const [family, given, latinGiven, latinFamily] of [['陳', '曉明', 'Hsiao-ming', 'Chen'], ['高', '紅安', 'Hung-an', 'Kao'], ['何', '靜慧', 'Ching-hui', 'Ho']]) {
      const han = signature({ source: 'change.csv', given, family, postcode: '28044', city: 'Madrid', country: 'ES' });
      const latin = signature({ source: 'eff.csv', given: latinGiven, family: latinFamily, email: 'tw.signer@gmail.com', postcode: '28044', country: 'ES' });
      expect([family, linked(han, latin)]).toEqual([family, true]);
    }
  });

  it('keeps 陳曉明 apart from "Hsiao-wei Chen" of the same postcode', () => {
    const han = signature({ source: 'change.csv', given: '曉明', family: '陳', postcode: '28044', city: 'Madrid', country: 'ES' });
    const latin = signature({ source: 'eff.csv', given: 'Hsiao-wei', family: 'Chen', email: 'hw.chen@gmail.com', postcode: '28044', country: 'ES' });
    expect(linked(han, latin)).toBe(false);
  });
});
