import { describe, expect, it } from '@jest/globals';
import { campaignCalendar } from '../../src/status/campaign-calendar.js';

describe('campaignCalendar', () => {
  it.each([
    // 03:00 UTC on the 23rd is still the 22nd in New York and already the 23rd in Seoul.
    ['2026-11-23T03:00:00Z', 'America/New_York', '2026-11-22', 18],
    ['2026-11-23T03:00:00Z', 'Asia/Seoul', '2026-11-23', 17],
    ['2026-12-10T04:59:00Z', 'America/New_York', '2026-12-09', 1],
    ['2026-12-10T05:00:00Z', 'America/New_York', '2026-12-10', 0],
    ['2026-12-11T12:00:00Z', 'UTC', '2026-12-11', -1],
  ])('at %s in %s today is %s and 2026-12-10 is %i days away', (now, zone, today, days) => {
    const calendar = campaignCalendar(new Date(now), zone);
    expect(calendar.today).toBe(today);
    expect(calendar.daysUntil('2026-12-10')).toBe(days);
  });

  it('counts days across a change of clocks and a year end', () => {
    const calendar = campaignCalendar(new Date('2026-10-30T12:00:00Z'), 'Europe/Berlin');
    expect(calendar.dayAfter(3)).toBe('2026-11-02');
    expect(calendar.dayAfter(-6)).toBe('2026-10-24');
    expect(campaignCalendar(new Date('2026-12-30T12:00:00Z'), 'UTC').dayAfter(5)).toBe('2027-01-04');
  });
});
