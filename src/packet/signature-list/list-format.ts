// How numbers, dates and countries read on the printed list: 178,921 · 2026-12-10 · South Korea.
import countries from 'i18n-iso-countries';

const numberFormat = new Intl.NumberFormat('en-US');

export function formatCount(value: number): string {
  return numberFormat.format(value);
}

const dayCache = new Map<number, string>();
const DAY = 86_400_000;

/** ISO date (UTC) of a signing time; '' when unknown. */
export function formatDate(signedAt: number | null): string {
  if (signedAt === null || !Number.isFinite(signedAt)) return '';
  const day = Math.floor(signedAt / DAY);
  let text = dayCache.get(day);
  if (text === undefined) {
    text = new Date(day * DAY).toISOString().slice(0, 10);
    if (dayCache.size < 100_000) dayCache.set(day, text);
  }
  return text;
}

// Short names an official reads without pause; the library's first English name is sometimes a formal or
// contested one ("Taiwan, Province of China", "Korea, Republic of").
const PREFERRED: Record<string, string> = {
  TW: 'Taiwan', CN: 'China', US: 'United States', GB: 'United Kingdom', KR: 'South Korea', KP: 'North Korea',
  RU: 'Russia', VA: 'Vatican City', IR: 'Iran', SY: 'Syria', VE: 'Venezuela', BO: 'Bolivia', TZ: 'Tanzania',
  MD: 'Moldova', LA: 'Laos', VN: 'Vietnam', FM: 'Micronesia', PS: 'Palestine', CD: 'DR Congo', CG: 'Congo',
};

const countryCache = new Map<string, string>();

/** English name of an ISO code; the code itself when unknown, and "Unknown" for 'unknown' or ''. */
export function countryName(code: string): string {
  let name = countryCache.get(code);
  if (name !== undefined) return name;
  const upper = code.toUpperCase();
  if (!code || code === 'unknown') name = 'Unknown';
  else name = PREFERRED[upper] ?? countries.getName(upper, 'en') ?? upper;
  countryCache.set(code, name);
  return name;
}
