// The date shapes petition exports write, each one regex compiled once, the checks their fields must pass, and calendar arithmetic.

/** The date shapes below, by name. */
export type DateStyle = 'iso' | 'numeric' | 'cjk' | 'serial';

/** ISO 8601 and `YYYY-MM-DD HH:MM:SS`, with or without time, fraction and zone (Z, UTC, ±HH, ±HHMM, ±HH:MM). */
export const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Day, month and year with one separator: `M/D/YYYY H:MM:SS` (Google Forms), `DD.MM.YYYY HH:MM` (German),
 * `DD/MM/YYYY`, `YYYY/MM/DD`, two-digit years, an optional AM/PM. Which of the first two is the day is the file's
 * date order. Groups: 1 first, 2 separator, 3 second, 4 third, 5 hour, 6 minute, 7 second, 8 a/p.
 */
export const NUMERIC_DATE =
  /^(\d{1,4})([./-])(\d{1,2})\2(\d{4}|\d{2})\.?(?:(?:,\s*|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?$/;

/**
 * Year-first dates as Korean Excel, Japanese and Chinese write them: `2025. 12. 10.`, `2025. 12. 10. 오후 3:04:05`,
 * `2025년 12월 10일`, `2025年12月10日 15:04`, Japanese Excel's unpadded `2025/1/5 9:05`, and Korean Excel's short `25. 11. 5.`
 * (a two-digit year only with a space after its dot, so German `25.11.03` stays day first). Groups: 1 year, 2 month, 3 day, 4 meridiem before, 5 hour, 6 minute,
 * 7 second, 8 meridiem after.
 */
export const CJK_DATE =
  /^(\d{4}|\d{2}(?=\.\s))\s*[.년年/-]\s*(\d{1,2})\s*[.월月/-]\s*(\d{1,2})\s*[.일日]?(?:\s*(오전|오후|午前|午後|上午|下午|[AaPp][Mm])?\s*(\d{1,2})(?::|시|時)\s*(\d{2})(?:(?::|분|分)\s*(\d{2}))?\s*[초秒]?\s*(오전|오후|午前|午後|上午|下午|[AaPp][Mm])?)?$/;

/** An Excel serial day number (days since 1899-12-30), optionally with the time as a fraction. */
export const EXCEL_SERIAL = /^(\d{5})(?:\.(\d+))?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS_IN_MONTH[month - 1];
}

export function isValidTime(hour: number, minute: number, second: number): boolean {
  return hour <= 23 && minute <= 59 && second <= 59;
}

/** 12-hour clock to 24-hour; -1 when the hour cannot carry a meridiem. */
export function hourOf(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  if (hour < 1 || hour > 12) return -1;
  const afternoon = meridiem === 'p' || meridiem === 'P' || meridiem === '오후' || meridiem === '午後' || meridiem === '下午' ||
    meridiem.toLowerCase() === 'pm';
  if (afternoon) return hour === 12 ? 12 : hour + 12;
  return hour === 12 ? 0 : hour;
}

const DAY = 86_400_000;
const EPOCH_DAY_OFFSET = 719_468;

/** Epoch ms of a date and time read as UTC, or null when it is no real date or time (31 April, 25:00). */
export function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number | null {
  if (!isValidDay(year, month, day) || hour < 0 || !isValidTime(hour, minute, second)) return null;
  return daysFromCivil(year, month, day) * DAY + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), without a Date object. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - EPOCH_DAY_OFFSET;
}
