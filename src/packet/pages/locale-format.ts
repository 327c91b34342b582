// Numbers, dates, country and language names in one language: the one formatter every part of a packet uses,
// so a country has one name and a date one style in the letter, the summary, the list and the certificate.
// Names come from the CLDR through Intl.DisplayNames (Node ships full ICU).
import { summaryLabels } from './summary-labels.js';
import { UNRECOGNISED_COUNTRY } from '../../tally/country-bucket.js';

const UNKNOWN_COUNTRY = 'unknown';

export interface LocaleFormat {
  language: string;
  number(value: number): string;
  percent(share: number): string;
  /** A calendar date (YYYY-MM-DD) or timestamp as the language's long date (UTC); unparseable input is returned as written. */
  date(value: string | number): string;
  /**
   * The CLDR name of an ISO 3166-1 code ("Russia", "러시아"); the code itself when the CLDR has none; for signers
   * who gave none ('unknown' or ''), the one label every part uses ("Country not given"); for a value naming no
   * country ('unrecognised'), "Country not recognised".
   */
  country(code: string): string;
  /** The CLDR name of a language tag; `es_ES` and `es-ES` read as `es-ES`. The tag itself when unknown. */
  languageName(code: string): string;
}

/**
 * The locale whose dates a language's letters use: English follows the UN ("2 August 2005", no comma) and so
 * reads en-GB; the others their CLDR long date (PROTOCOL.md §1).
 */
const DATE_LOCALE: Record<string, string> = { en: 'en-GB', zh: 'zh-CN' };

function safeLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language.replaceAll('_', '-'))[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The BCP 47 locale used for a letter or page language (en → en-GB, zh → zh-CN). */
export function intlLocale(language: string): string {
  const locale = safeLocale(language);
  return locale.includes('-') ? locale : DATE_LOCALE[locale] ?? locale;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const cache = new Map<string, LocaleFormat>();

export function localeFormat(language = 'en'): LocaleFormat {
  const hit = cache.get(language);
  if (hit) return hit;
  const locale = intlLocale(language);
  const numbers = new Intl.NumberFormat(locale);
  // One decimal on every share, so a column of shares reads alike ("25.0%" beside "12.5%").
  const percents = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const longDates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const languageNames = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const regionNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const formatWith = (formatter: Intl.DateTimeFormat) => (value: string | number) => {
    const time = typeof value === 'number' ? value : Date.parse(DAY.test(value) ? `${value}T00:00:00Z` : value);
    return Number.isFinite(time) ? formatter.format(new Date(time)) : String(value);
  };
  const format: LocaleFormat = {
    language: locale,
    number: (value) => numbers.format(value),
    percent: (share) => percents.format(share),
    date: formatWith(longDates),
    country(code) {
      if (!code || code === UNKNOWN_COUNTRY) return summaryLabels(language).unknownCountry;
      if (code === UNRECOGNISED_COUNTRY) return summaryLabels(language).unrecognisedCountry;
      const upper = code.toUpperCase();
      if (!/^[A-Z]{2}$/.test(upper)) return code;
      try {
        return regionNames.of(upper) ?? code;
      } catch {
        return code;
      }
    },
    languageName(code) {
      try {
        return languageNames.of(safeLocale(code)) ?? code;
      } catch {
        return code;
      }
    },
  };
  cache.set(language, format);
  return format;
}

export { UNRECOGNISED_LANGUAGE, languageGroup } from '../../normalize/language-group.js';

/**
 * Countries in the one order every part prints them: most signers first, then by name in the language's collation;
 * then values naming no country; signers who gave no country last. Entries with no signers are dropped.
 */
export function orderCountries<T extends readonly [code: string, signers: number]>(entries: Iterable<T>, language = 'en'): T[] {
  const format = localeFormat(language);
  const collator = new Intl.Collator(format.language);
  const known: Array<{ entry: T; name: string }> = [];
  const unrecognised: T[] = [];
  const unknown: T[] = [];
  for (const entry of entries) {
    if (entry[1] <= 0) continue;
    if (!entry[0] || entry[0] === UNKNOWN_COUNTRY) unknown.push(entry);
    else if (entry[0] === UNRECOGNISED_COUNTRY) unrecognised.push(entry);
    else known.push({ entry, name: format.country(entry[0]) });
  }
  known.sort((a, b) => b.entry[1] - a.entry[1] || collator.compare(a.name, b.name));
  return [...known.map(({ entry }) => entry), ...unrecognised, ...unknown];
}
