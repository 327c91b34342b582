import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { parseDateWindow } from '../../src/validate/parse-date-window.js';

describe('parseDateWindow', () => {
  it.each([
    ['2025-11-01', '2025-12-10', 'UTC', '2025-11-01T00:00:00.000Z', '2025-12-10T23:59:59.999Z'],
    ['2025-11-01', '2025-12-10', 'Asia/Seoul', '2025-10-31T15:00:00.000Z', '2025-12-10T14:59:59.999Z'],
    ['2025-11-01T09:00', '2025-12-10T18:00:30', 'UTC', '2025-11-01T09:00:00.000Z', '2025-12-10T18:00:30.000Z'],
    ['2025-11-01T09:00+09:00', '2025-12-10T18:00Z', 'Europe/Berlin', '2025-11-01T00:00:00.000Z', '2025-12-10T18:00:00.000Z'],
  ])('%s … %s in %s', (from, to, tz, fromIso, toIso) => {
    expect(parseDateWindow(from, to, tz)).toEqual({ from: Date.parse(fromIso), to: Date.parse(toIso) });
  });

  it('leaves out an end that is not given', () => {
    expect(parseDateWindow(undefined, '2025-12-10')).toEqual({ to: Date.parse('2025-12-10T23:59:59.999Z') });
    expect(parseDateWindow('2025-11-01', undefined)).toEqual({ from: Date.parse('2025-11-01T00:00:00.000Z') });
    expect(parseDateWindow(undefined, undefined)).toEqual({});
  });

  it.each([
    ['10/12/2025', undefined, /--from "10\/12\/2025" is not a date/],
    [undefined, '2025-02-30', /--to "2025-02-30" is not a date/],
    [undefined, 'soon', /--to "soon"/],
    ['2025-12-10', '2025-11-01', /ends before it starts/],
  ])('refuses %j … %j', (from, to, message) => {
    expect(() => parseDateWindow(from, to)).toThrow(UserError);
    expect(() => parseDateWindow(from, to)).toThrow(message);
  });
});
