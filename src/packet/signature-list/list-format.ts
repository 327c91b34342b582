// How numbers, dates and countries read on the printed list: 178,921 · 10 December 2026 · South Korea. Dates and
// country names come from the packet's one formatter (locale-format.ts) in the list's language, so the list
// names a country and writes a date as the letter and the summary do.
import { localeFormat } from '../pages/locale-format.js';
import { UNRECOGNISED_COUNTRY } from '../../tally/country-bucket.js';
import { createTzClock, type TzClock } from '../../normalize/tz-clock.js';

const numberFormat = new Intl.NumberFormat('en-US');

export function formatCount(value: number): string {
  return numberFormat.format(value);
}

const dayCaches = new Map<string, Map<string, string>>();
const clocks = new Map<string, TzClock>();

/**
 * `YYYY-MM-DD` of a signing instant in the campaign's time zone (UTC without one): the day the letter counts
 * from (build-letter-context.ts calendarDay), so the list, the certificate and the summary print the same days.
 */
export function signingDay(signedAt: number, timezone = 'UTC'): string {
  let clock = clocks.get(timezone);
  if (!clock) clocks.set(timezone, clock = createTzClock(timezone));
  return clock.dayOf(signedAt);
}

/** The signing day (in the campaign's time zone) in the language's one date style (the letter's), for the list's date column; '' when unknown. */
export function formatDate(signedAt: number | null, language = 'en', timezone?: string): string {
  if (signedAt === null || !Number.isFinite(signedAt)) return '';
  const day = signingDay(signedAt, timezone);
  const cacheKey = `${language} ${timezone ?? 'UTC'}`;
  let cache = dayCaches.get(cacheKey);
  if (!cache) dayCaches.set(cacheKey, cache = new Map());
  let text = cache.get(day);
  if (text === undefined) {
    text = localeFormat(language).date(day);
    if (cache.size < 100_000) cache.set(day, text);
  }
  return text;
}

/**
 * A day in the language's long date, as the letter writes it: for sentences ("between 1 November 2026 and …").
 * A signing instant is read in the campaign's `timezone`; a calendar day (a delivery's date at 00:00Z) in UTC.
 */
export function formatLongDate(at: number, language = 'en', timezone?: string): string {
  return localeFormat(language).date(signingDay(at, timezone));
}

const countryCaches = new Map<string, Map<string, string>>();

/** The CLDR name of an ISO code in the language (locale-format.ts), "Country not given" for 'unknown' or '', "Country not recognised" for 'unrecognised'. */
export function countryName(code: string, language = 'en'): string {
  let cache = countryCaches.get(language);
  if (!cache) countryCaches.set(language, cache = new Map());
  let name = cache.get(code);
  if (name !== undefined) return name;
  name = localeFormat(language).country(code);
  cache.set(code, name);
  return name;
}

/** What the list sorts countries by: the name; values naming no country after every country, then signers who gave none. */
/**
 * How the list compares the names or country names it sorts by: the collation of the list's language (Chinese by
 * pinyin, Korean Hangul first), the sort keys' sentinels ("\ufffe", "\uffff": no country, anonymous) last, and code
 * points where the collation sees no difference, so the order is fully determined.
 */
export function listTextCompare(language = 'en'): (a: string, b: string) => number {
  const collator = new Intl.Collator(language);
  const sentinel = (text: string) => (text === '\uffff' ? 2 : text === '\ufffe' ? 1 : 0);
  return (a, b) => sentinel(a) - sentinel(b) || collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function countrySortKey(code: string, language = 'en'): string {
  if (!code || code === 'unknown') return '\uffff';
  return code === UNRECOGNISED_COUNTRY ? '\ufffe' : countryName(code, language);
}
