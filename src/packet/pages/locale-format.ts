// Numbers, dates, country and language names in the language of the page.
import countries from 'i18n-iso-countries';
import { primaryLanguage } from './writing-direction.js';

export interface LocaleFormat {
  language: string;
  number(value: number): string;
  percent(share: number): string;
  /** A calendar date or timestamp as a long date (UTC); unparseable input is returned as written. */
  date(value: string): string;
  country(code: string): string;
  languageName(code: string): string;
}

function safeLocale(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function localeFormat(language = 'en'): LocaleFormat {
  const locale = safeLocale(language);
  const numbers = new Intl.NumberFormat(locale);
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const languageNames = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' });
  const countryLanguage = primaryLanguage(locale);
  return {
    language: locale,
    number: (value) => numbers.format(value),
    percent: (share) => percents.format(share),
    date(value) {
      const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
      return Number.isNaN(time) ? value : dates.format(new Date(time));
    },
    country(code) {
      const upper = code.toUpperCase();
      return countries.getName(upper, countryLanguage) ?? countries.getName(upper, 'en') ?? code;
    },
    languageName(code) {
      try {
        return languageNames.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
