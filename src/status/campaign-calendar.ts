// Calendar arithmetic in the campaign's time zone (date-fns with @date-fns/tz): today, days left, a day n days away.
import { TZDate, tz } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, subDays } from 'date-fns';

export interface CampaignCalendar {
  /** YYYY-MM-DD of `now` in the zone. */
  today: string;
  /** Calendar days from today to a YYYY-MM-DD day: 0 today, negative when past. */
  daysUntil(day: string): number;
  /** YYYY-MM-DD `days` after today (negative: before). */
  dayAfter(days: number): string;
  /** YYYY-MM-DD in the zone of an instant (an ISO date-time), as the campaign's people lived it. */
  dayOf(instant: string): string;
}

export function campaignCalendar(now: Date, zone: string): CampaignCalendar {
  const inZone = { in: tz(zone) };
  return {
    today: format(now, 'yyyy-MM-dd', inZone),
    daysUntil(day) {
      const [year, month, date] = day.split('-').map(Number);
      return differenceInCalendarDays(new TZDate(year, month - 1, date, zone), now, inZone);
    },
    dayAfter(days) {
      return format(days >= 0 ? addDays(now, days, inZone) : subDays(now, -days, inZone), 'yyyy-MM-dd', inZone);
    },
    dayOf(instant) {
      return format(new Date(instant), 'yyyy-MM-dd', inZone);
    },
  };
}
