// Values of a read row as inspect and init's preview show them to a person: in the organizer's language, and dates as
// the calendar day (and time) read from the file. --json keeps the raw English and ISO forms.
import type { Translator } from './translator.js';

/** The country code, or a translated "(no country)" for the placeholder a row without one gets. */
export function shownCountry(country: string, words: Translator): string {
  return country === 'unknown' ? words.t('inspect.country-none') : country;
}

/** A format's name: product formats (google-forms, change-org) as they are, the generic reader's in the language. */
export function shownFormat(format: string, words: Translator): string {
  return words.known(`inspect.format.${format}`) ?? format;
}

/**
 * "2025-11-01", or "2025-11-03 09:15:22" when the file gave a time. The instant holds the wall-clock time read from
 * the file (the campaign's zone applies later), so no "Z": that would claim a zone nobody chose.
 */
export function shownWhen(signedAt: number): string {
  const iso = new Date(signedAt).toISOString();
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
