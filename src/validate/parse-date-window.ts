// parseDateWindow: the user's --from / --to into the epoch-ms window validateSignature checks.
import { UserError } from '../errors.js';
import { createTzClock } from '../normalize/tz-clock.js';
import type { DateWindow } from './validate-signature.js';
import { msg } from '../i18n/message.js';

const DAY = 86_400_000;
/** YYYY-MM-DD, optionally with a time (and a zone); anything vaguer is refused rather than guessed. */
const WINDOW_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A date alone means the whole day in the zone: `--from 2025-11-01` starts at its first instant, `--to 2025-12-10`
 * ends at its last millisecond. Both ends are inclusive. Throws a UserError for an unreadable value or a window
 * that ends before it starts.
 */
export function parseDateWindow(from: string | undefined, to: string | undefined, tz = 'UTC'): DateWindow {
  const clock = createTzClock(tz);
  const window: DateWindow = {};
  if (from !== undefined && from !== '') window.from = instant(from, '--from', false, clock.wallToEpoch);
  if (to !== undefined && to !== '') window.to = instant(to, '--to', true, clock.wallToEpoch);
  if (window.from !== undefined && window.to !== undefined && window.from > window.to) {
    throw new UserError(msg('window.backwards', { from: from ?? '', to: to ?? '' }));
  }
  return window;
}

function instant(text: string, flag: string, endOfDay: boolean, wallToEpoch: (wallMs: number) => number): number {
  const m = WINDOW_DATE.exec(text.trim());
  const wall = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) : NaN;
  // Date.UTC rolls 2025-02-30 over into March: compare back to catch dates that do not exist.
  if (!m || Number.isNaN(wall) || new Date(wall).getUTCDate() !== Number(m[3]) || Number(m[4] ?? 0) > 23) {
    throw new UserError(msg('window.not-date', { flag, text }));
  }
  if (m[7]) {
    const zone = m[7];
    if (zone === 'Z') return wall;
    const digits = zone.slice(1).replace(':', '');
    const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2));
    return wall - (zone[0] === '-' ? -minutes : minutes) * 60_000;
  }
  if (m[4] === undefined && endOfDay) return wallToEpoch(wall + DAY) - 1;
  return wallToEpoch(wall);
}
