import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { createTzClock } from '../../src/normalize/tz-clock.js';

describe('createTzClock', () => {
  it.each([
    // instant, zone, day there
    ['2025-12-10T16:30:00Z', 'UTC', '2025-12-10'],
    ['2025-12-10T16:30:00Z', 'Asia/Seoul', '2025-12-11'],
    ['2025-12-10T14:59:59Z', 'Asia/Seoul', '2025-12-10'],
    ['2025-12-10T15:00:00Z', 'Asia/Seoul', '2025-12-11'],
    ['2025-12-10T03:00:00Z', 'America/Los_Angeles', '2025-12-09'],
    ['2025-07-10T22:30:00Z', 'Europe/Berlin', '2025-07-11'],
    ['2025-12-10T22:30:00Z', 'Europe/Berlin', '2025-12-10'],
    ['2025-12-10T18:30:00Z', 'Asia/Kathmandu', '2025-12-11'],
    ['2025-12-10T16:30:00Z', '+09:00', '2025-12-11'],
    ['1969-12-31T23:00:00Z', 'UTC', '1969-12-31'],
  ])('%s in %s is on %s', (instant, zone, day) => {
    expect(createTzClock(zone).dayOf(Date.parse(instant))).toBe(day);
  });

  it.each([
    ['2025-12-10T09:00:00Z', 'Asia/Seoul', '2025-12-10T00:00:00Z'],
    ['2025-03-30T01:59:00Z', 'Europe/Berlin', '2025-03-30T00:59:00Z'],
    ['2025-03-30T03:00:00Z', 'Europe/Berlin', '2025-03-30T01:00:00Z'],
    ['2025-10-26T04:00:00Z', 'Europe/Berlin', '2025-10-26T03:00:00Z'],
    ['2025-11-02T12:00:00Z', 'America/New_York', '2025-11-02T17:00:00Z'],
    ['2025-12-10T09:00:00Z', 'UTC', '2025-12-10T09:00:00Z'],
  ])('wall time %s in %s is the instant %s', (wall, zone, instant) => {
    expect(createTzClock(zone).wallToEpoch(Date.parse(wall))).toBe(Date.parse(instant));
  });

  it('refuses a zone name the database does not know, as the user\'s mistake', () => {
    expect(() => createTzClock('Mars/Olympus_Mons')).toThrow(UserError);
    expect(() => createTzClock('Mars/Olympus_Mons')).toThrow(/Unknown time zone "Mars\/Olympus_Mons"/);
  });

  it('defaults to UTC', () => {
    expect(createTzClock().zone).toBe('UTC');
  });
});
