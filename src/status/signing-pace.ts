// How fast signatures come in (new unique signers a day over the last days) and when a goal would be reached at that pace.
import type { CountBucket } from '../types.js';
import type { CampaignCalendar } from './campaign-calendar.js';

export interface Pace {
  days: number;
  /** First and last day of the window, YYYY-MM-DD, today included. */
  from: string;
  to: string;
  /** New unique signers in the window. */
  signers: number;
  perDay: number;
}

export function signingPace(byDay: Record<string, CountBucket>, calendar: CampaignCalendar, days = 7): Pace {
  const from = calendar.dayAfter(-(days - 1));
  const to = calendar.today;
  let signers = 0;
  for (const [day, bucket] of Object.entries(byDay)) {
    // byDay keys are YYYY-MM-DD (or 'unknown'), so string order is date order.
    if (day >= from && day <= to) signers += bucket.unique;
  }
  return { days, from, to, signers, perDay: signers / days };
}

/** The day a goal is reached at this pace: today when already reached, null when the pace is zero. */
export function projectedDay(have: number, goal: number, pace: Pace, calendar: CampaignCalendar): { day: string; days: number } | null {
  if (have >= goal) return { day: calendar.today, days: 0 };
  if (pace.perDay <= 0) return null;
  const days = Math.ceil((goal - have) / pace.perDay);
  return { day: calendar.dayAfter(days), days };
}
