import { describe, expect, it } from '@jest/globals';
import { digitsAt, fits, INDEXED, makePlan, zoneMinutesAt } from '../../src/normalize/date-layout.js';

function planOf(style: 'iso' | 'numeric' | 'cjk', text: string) {
  const match = INDEXED[style].exec(text);
  if (!match) throw new Error(`${text} is no ${style} date`);
  return makePlan(style, text, match);
}

describe('date layouts', () => {
  it('finds where each part sits, once, from one value', () => {
    const plan = planOf('numeric', '1/12/2025 9:05:07 PM');
    expect(plan.template).toBe('0/00/0000 0:00:00 PM');
    expect(plan.shape.source).toBe('^\\d{1}\\/\\d{2}\\/\\d{4} \\d{1}:\\d{2}:\\d{2} PM$');
    expect(plan.meridiem).toBe('P');
    const text = '3/31/2026 8:59:01 PM';
    expect(fits(text, plan)).toBe(true);
    const parts = Array.from({ length: 6 }, (_, i) => digitsAt(text, plan.spans[i * 2], plan.spans[i * 2 + 1]));
    expect(parts).toEqual([3, 31, 2026, 8, 59, 1]);
  });

  it.each([
    ['1/12/2025 9:05:07 PM', '1/12/2025 9:05:07 AM'],
    ['1/12/2025 9:05:07 PM', '12/1/2025 9:05:07 PM'],
    ['1/12/2025 9:05:07 PM', '1/12/2025 9:05:07 PM '],
    ['1/12/2025 9:05:07 PM', '1/12.2025 9:05:07 PM'],
    ['1/12/2025 9:05:07 PM', 'a/12/2025 9:05:07 PM'],
  ])('a value of another layout does not fit: %s vs %s', (first, other) => {
    expect(fits(other, planOf('numeric', first))).toBe(false);
  });

  it.each([
    ['2025-12-10T09:00:00Z', 'utc', 0],
    ['2025-12-10T09:00:00+09:00', 'offset', 540],
    ['2025-12-10T09:00:00+0530', 'offset', 330],
    ['2025-12-10T09:00:00-05', 'offset', -300],
    ['2025-12-10T09:00:00', 'none', 0],
  ])('reads the zone of %s', (text, zone, minutes) => {
    const plan = planOf('iso', text);
    expect(plan.zone).toBe(zone);
    expect(zoneMinutesAt(text, plan)).toBe(minutes);
  });

  it('keeps a Korean meridiem written before the time', () => {
    expect(planOf('cjk', '2025. 12. 10. 오후 3:04:05').meridiem).toBe('오후');
  });
});
