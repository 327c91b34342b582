import { describe, expect, it } from '@jest/globals';
import { campaignCalendar } from '../../src/status/campaign-calendar.js';
import { projectedDay, signingPace } from '../../src/status/signing-pace.js';
import type { CountBucket } from '../../src/types.js';

const bucket = (unique: number): CountBucket => ({ rows: unique, rejected: 0, accepted: unique, duplicates: 0, unique });
const calendar = campaignCalendar(new Date('2026-11-23T12:00:00Z'), 'UTC');

describe('signingPace', () => {
  it('adds the new signers of the last 7 days, today included, and nothing older or unknown', () => {
    const pace = signingPace({ '2026-11-16': bucket(1000), '2026-11-17': bucket(70), '2026-11-20': bucket(300), '2026-11-23': bucket(330), unknown: bucket(9) }, calendar);
    expect(pace).toEqual({ days: 7, from: '2026-11-17', to: '2026-11-23', signers: 700, perDay: 100 });
  });
});

describe('projectedDay', () => {
  const pace = { days: 7, from: '2026-11-17', to: '2026-11-23', signers: 700, perDay: 100 };
  it.each([
    ['reached already', 5000, 5000, { day: '2026-11-23', days: 0 }],
    ['one day short by one signer', 4999, 5000, { day: '2026-11-24', days: 1 }],
    ['17 days and a bit: the day it is passed', 3250, 5000, { day: '2026-12-11', days: 18 }],
  ])('%s', (_label, have, goal, expected) => {
    expect(projectedDay(have, goal, pace, calendar)).toEqual(expected);
  });

  it('gives no day when nobody signed lately', () => {
    expect(projectedDay(10, 20, { ...pace, signers: 0, perDay: 0 }, calendar)).toBeNull();
  });
});
