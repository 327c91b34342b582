import { describe, expect, it } from '@jest/globals';
import { createDateParser } from '../../src/normalize/date-parser.js';
import { parseSignedAt } from '../../src/normalize/parse-signed-at.js';
import { createTzClock } from '../../src/normalize/tz-clock.js';

const at = (iso: string): number => Date.parse(iso);

describe('parseSignedAt', () => {
  it.each([
    // ISO 8601, with and without time and zone
    ['2025-12-10', {}, '2025-12-10T00:00:00Z'],
    ['2025-12-10T09:15:00Z', {}, '2025-12-10T09:15:00Z'],
    ['2025-12-10T09:15:00.250Z', {}, '2025-12-10T09:15:00.250Z'],
    ['2025-12-10T18:15:00+09:00', {}, '2025-12-10T09:15:00Z'],
    ['2025-12-10T18:15:00+0900', {}, '2025-12-10T09:15:00Z'],
    ['2025-12-10T04:15:00-05', {}, '2025-12-10T09:15:00Z'],
    ['2025-12-10T14:45:00+05:30', { tz: 'America/New_York' }, '2025-12-10T09:15:00Z'],
    ['2025-12-10 09:15:00 UTC', { tz: 'Asia/Seoul' }, '2025-12-10T09:15:00Z'],
    // YYYY-MM-DD HH:MM:SS without a zone: read in --tz
    ['2025-12-10 09:15:00', {}, '2025-12-10T09:15:00Z'],
    ['2025-12-10 18:15:00', { tz: 'Asia/Seoul' }, '2025-12-10T09:15:00Z'],
    ['2025-07-10 11:15:00', { tz: 'Europe/Berlin' }, '2025-07-10T09:15:00Z'],
    ['2025-12-10 10:15:00', { tz: 'Europe/Berlin' }, '2025-12-10T09:15:00Z'],
    // Google Forms, M/D/YYYY H:MM:SS
    ['12/10/2025 9:15:00', { order: 'MDY' as const }, '2025-12-10T09:15:00Z'],
    ['1/2/2025 9:05:07', { order: 'MDY' as const }, '2025-01-02T09:05:07Z'],
    ['12/10/2025 3:04:05 PM', { order: 'MDY' as const }, '2025-12-10T15:04:05Z'],
    ['12/10/2025 12:04:05 AM', { order: 'MDY' as const }, '2025-12-10T00:04:05Z'],
    // German DD.MM.YYYY HH:MM
    ['10.12.2025 10:15', { tz: 'Europe/Berlin' }, '2025-12-10T09:15:00Z'],
    ['10.12.2025', {}, '2025-12-10T00:00:00Z'],
    // DD/MM/YYYY, two-digit years
    ['10/12/2025', {}, '2025-12-10T00:00:00Z'],
    ['10/12/25', {}, '2025-12-10T00:00:00Z'],
    ['10-12-1999', {}, '1999-12-10T00:00:00Z'],
    // Korean Excel, year first
    ['2025. 12. 10.', {}, '2025-12-10T00:00:00Z'],
    ['2025. 12. 10. 오후 6:15:00', { tz: 'Asia/Seoul' }, '2025-12-10T09:15:00Z'],
    ['2025. 12. 10. 오전 12:15:00', { tz: 'Asia/Seoul' }, '2025-12-09T15:15:00Z'],
    ['2025년 12월 10일', {}, '2025-12-10T00:00:00Z'],
    ['2025年12月10日 18:15', { tz: 'Asia/Tokyo' }, '2025-12-10T09:15:00Z'],
    ['2025/12/10 09:15', {}, '2025-12-10T09:15:00Z'],
    ['2025/1/5 9:05', { tz: 'Asia/Tokyo' }, '2025-01-05T00:05:00Z'],
    // Excel serial numbers (days since 1899-12-30)
    ['45636', {}, '2024-12-10T00:00:00Z'],
    ['45636.25', {}, '2024-12-10T06:00:00Z'],
    ['45636.25', { tz: 'Asia/Seoul' }, '2024-12-09T21:00:00Z'],
    // Written-out months (date-fns, English)
    ['December 10, 2025', {}, '2025-12-10T00:00:00Z'],
    ['Dec 10, 2025 9:15 AM', {}, '2025-12-10T09:15:00Z'],
    ['10 December 2025', { tz: 'Asia/Seoul' }, '2025-12-09T15:00:00Z'],
    // NFKC: full-width digits
    ['２０２５-１２-１０', {}, '2025-12-10T00:00:00Z'],
  ])('%j %j → %s', (text, options, expected) => {
    expect(parseSignedAt(text, options)).toBe(at(expected));
  });

  it.each([
    ['', {}], ['soon', {}], ['31/04/2025', {}], ['2025-02-29', {}], ['2024-13-01', {}], ['2025-12-10 25:00', {}],
    ['13/13/2025', {}], ['12/10/2025 13:04:05 PM', { order: 'MDY' as const }], ['12345', {}], ['December 40, 2025', {}],
  ])('%j is no date', (text, options) => {
    expect(parseSignedAt(text, options)).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseSignedAt('2024-02-29')).toBe(at('2024-02-29T00:00:00Z'));
  });
});

describe('createDateParser', () => {
  const clock = createTzClock('UTC');

  it('reads a value that only fits the other way round, and says so', () => {
    const parser = createDateParser({ order: 'MDY', clock, style: 'numeric' });
    expect(parser.parse('12/10/2025')).toBe(at('2025-12-10T00:00:00Z'));
    expect(parser.swapped).toBe(false);
    expect(parser.parse('25/12/2025')).toBe(at('2025-12-25T00:00:00Z'));
    expect(parser.swapped).toBe(true);
    expect(parser.parse('12/11/2025')).toBe(at('2025-12-11T00:00:00Z'));
    expect(parser.swapped).toBe(false);
  });

  it('reads many layouts of one file the same as each would be read alone', () => {
    const parser = createDateParser({ order: 'MDY', clock, style: 'numeric' });
    const values = ['1/2/2025 9:05:07', '12/10/2025 10:15:00', '1/12/2025 9:05:07', '12/1/2025 23:59:59', '2025-12-10T09:15:00+09:00',
      '1/2/2025 9:05:08', '2/3/2026 1:02:03', '31/12/2025 1:02:03'];
    const expected = ['2025-01-02T09:05:07Z', '2025-12-10T10:15:00Z', '2025-01-12T09:05:07Z', '2025-12-01T23:59:59Z',
      '2025-12-10T00:15:00Z', '2025-01-02T09:05:08Z', '2026-02-03T01:02:03Z', '2025-12-31T01:02:03Z'];
    for (let round = 0; round < 3; round++) {
      values.forEach((value, i) => expect(parser.parse(value)).toBe(at(expected[i])));
    }
  });

  it('follows the order it was given for values that fit both ways', () => {
    const dmy = createDateParser({ order: 'DMY', clock });
    const mdy = createDateParser({ order: 'MDY', clock });
    expect(dmy.parse('03/04/2025')).toBe(at('2025-04-03T00:00:00Z'));
    expect(mdy.parse('03/04/2025')).toBe(at('2025-03-04T00:00:00Z'));
  });
});
