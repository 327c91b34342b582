// createTzClock: wall-clock time ↔ epoch in one IANA time zone, and the calendar day of an instant there, memoized.
import { tzOffset } from '@date-fns/tz';
import { UserError } from '../errors.js';
import { msg } from '../i18n/message.js';

export interface TzClock {
  readonly zone: string;
  /** A wall-clock time in the zone, given as if it were UTC epoch ms (Date.UTC of its fields) → the real epoch ms. */
  wallToEpoch(wallMs: number): number;
  /** The zone's UTC offset in minutes at an instant (Asia/Seoul: 540). */
  offsetAt(epochMs: number): number;
  /** YYYY-MM-DD of an instant in the zone. */
  dayOf(epochMs: number): string;
}

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Offsets change on quarter-hour boundaries in every zone in use since 1970, so one lookup per quarter hour suffices. */
const QUARTER_HOUR = 900_000;
const CACHE_LIMIT = 200_000;
const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Z', 'UCT', 'Etc/UCT', 'Zulu', 'Etc/Zulu']);

/** Throws a UserError for a name the time zone database does not know. */
export function createTzClock(zone = 'UTC'): TzClock {
  const isUtc = UTC_NAMES.has(zone);
  if (!isUtc && Number.isNaN(tzOffset(zone, new Date(0)))) {
    throw new UserError(msg('tz.unknown', { zone }));
  }
  const offsets = new Map<number, number>();
  const wallOffsets = new Map<number, number>();
  const days = new Map<number, string>();

  const offsetAt = (epochMs: number): number => {
    if (isUtc) return 0;
    const quarter = Math.floor(epochMs / QUARTER_HOUR) | 0; // | 0 keeps the Map key a small integer
    let offset = offsets.get(quarter);
    if (offset === undefined) {
      offset = tzOffset(zone, new Date(quarter * QUARTER_HOUR));
      if (offsets.size >= CACHE_LIMIT) offsets.clear();
      offsets.set(quarter, offset);
    }
    return offset;
  };

  return {
    zone,
    offsetAt,
    wallToEpoch(wallMs: number): number {
      if (isUtc) return wallMs;
      const quarter = Math.floor(wallMs / QUARTER_HOUR) | 0;
      let offset = wallOffsets.get(quarter);
      if (offset === undefined) {
        // Guess with the offset at the wall time read as UTC, then correct once with the offset at the guess.
        const start = quarter * QUARTER_HOUR;
        offset = offsetAt(start - offsetAt(start) * MINUTE);
        if (wallOffsets.size >= CACHE_LIMIT) wallOffsets.clear();
        wallOffsets.set(quarter, offset);
      }
      return wallMs - offset * MINUTE;
    },
    dayOf(epochMs: number): string {
      const dayNumber = Math.floor((epochMs + offsetAt(epochMs) * MINUTE) / DAY) | 0;
      let day = days.get(dayNumber);
      if (day === undefined) {
        day = new Date(dayNumber * DAY).toISOString().slice(0, 10);
        if (days.size >= CACHE_LIMIT) days.clear();
        days.set(dayNumber, day);
      }
      return day;
    },
  };
}
