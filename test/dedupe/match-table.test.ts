import { describe, expect, it } from '@jest/globals';
import { MatchTable } from '../../src/dedupe/match-table.js';
import { makeSignature, utcDay } from './make-signature.js';

describe('MatchTable', () => {
  it('numbers rows in the order they are added and keeps what tally and the CLI read back', () => {
    const table = new MatchTable({ dayOf: utcDay });
    expect(table.add(makeSignature({ name: 'Jane Smith', email: 'Jane@Example.org', postcode: 'SW1A 1AA', city: 'London', country: 'GB', at: '2026-12-10T23:30:00Z', source: 'a.csv', row: 7, language: 'en' }))).toBe(0);
    expect(table.add(makeSignature({ name: '박민준', source: 'b.csv', row: 3, country: 'unknown' }))).toBe(1);
    expect(table.size).toBe(2);
    expect([table.sources.name(table.source(0)), table.row(0), table.sources.name(table.source(1)), table.row(1)]).toEqual(['a.csv', 7, 'b.csv', 3]);
    expect(table.countries.name(table.country(0))).toBe('GB');
    expect(table.postcodes.name(table.postcode(0))).toBe('sw1a1aa');
    expect(table.cities.name(table.city(0))).toBe('london');
    expect(table.languages.name(table.language(0))).toBe('en');
    expect(table.languages.name(table.language(1))).toBe('unknown');
    expect(table.days.name(table.day(0))).toBe('2026-12-10');
    expect(table.signedAt(0)).toBe(Date.parse('2026-12-10T23:30:00Z'));
    expect([table.hasEmail(0), table.hasEmail(1), table.hasName(1)]).toEqual([true, false, true]);
    expect([table.postcode(1), table.city(1), table.signedAt(1), table.days.name(table.day(1))]).toEqual([0, 0, null, 'unknown']);
  });

  it('asks for the day in the campaign time zone, once per quarter hour', () => {
    const asked: number[] = [];
    const seoulDay = (ms: number) => {
      asked.push(ms);
      return utcDay(ms + 9 * 3_600_000);
    };
    const table = new MatchTable({ dayOf: seoulDay });
    const t = Date.parse('2026-12-09T15:01:00Z'); // 00:01 on 10 December in Seoul
    table.add(makeSignature({ name: 'A B', signedAt: t }));
    table.add(makeSignature({ name: 'C D', signedAt: t + 60_000 }));
    expect(table.days.name(table.day(1))).toBe('2026-12-10');
    expect(asked).toHaveLength(1);
  });

  it('stores ids of more than 255 and more than 65,535 distinct values', () => {
    const table = new MatchTable({ dayOf: utcDay });
    for (let i = 0; i < 70_000; i++) table.add(makeSignature({ name: 'A B', postcode: `P${i}`, row: i + 1 }));
    for (const i of [0, 254, 255, 256, 65_534, 65_535, 65_536, 69_999]) {
      expect(table.postcodes.name(table.postcode(i))).toBe(`p${i}`);
      expect(table.row(i)).toBe(i + 1);
    }
  });

  it('tells equal emails and names apart from different ones by their hashes', () => {
    const table = new MatchTable({ dayOf: utcDay });
    table.add(makeSignature({ name: 'Jane Smith', email: 'j.ane@gmail.com' }));
    table.add(makeSignature({ name: 'Smith Jane', email: 'jane+x@googlemail.com' }));
    table.add(makeSignature({ name: 'Jane Smyth', email: 'jane@example.org' }));
    expect([table.sameEmail(0, 1), table.sameEmail(0, 2)]).toEqual([true, false]);
    expect([table.nameHi(0) === table.nameHi(1) && table.nameLo(0) === table.nameLo(1), table.nameLo(0) === table.nameLo(2)]).toEqual([true, false]);
  });
});

describe('MatchTable signing times', () => {
  it.each([
    ['whole seconds', [Date.UTC(2026, 0, 1), null, Date.UTC(2025, 11, 31, 23, 59, 59), Date.UTC(2026, 11, 10)]],
    ['milliseconds after whole seconds', [Date.UTC(2026, 0, 1), null, Date.UTC(2026, 0, 1, 0, 0, 0, 1), Date.UTC(2026, 0, 1) - 0.5]],
    ['more than 68 years apart', [Date.UTC(2026, 0, 1), Date.UTC(1900, 0, 1), null, Date.UTC(2200, 0, 1)]],
  ])('gives back %s exactly, across chunks', (_title, times) => {
    const table = new MatchTable({ dayOf: utcDay });
    const n = 70_000; // more than one chunk of 65,536 rows
    for (let i = 0; i < n; i++) table.add(makeSignature({ name: 'A B', signedAt: i < n - times.length ? Date.UTC(2026, 0, 2) + i * 1000 : times[i - (n - times.length)] }));
    times.forEach((t, k) => expect(table.signedAt(n - times.length + k)).toBe(t));
    expect(table.signedAt(0)).toBe(Date.UTC(2026, 0, 2));
    expect(table.signedAt(66_000)).toBe(Date.UTC(2026, 0, 2) + 66_000_000);
  });
});
