// How each letter language writes dates, numbers, titles, lists and the signature (PROTOCOL.md §1).
// Dates, numbers and names come from the packet's one formatter (locale-format.ts), so the summary, the list and
// the certificate write them exactly as the letter does.
import { intlLocale, localeFormat } from '../pages/locale-format.js';

export interface LetterLanguage {
  code: string;
  /** "10 December 2013", "2013년 12월 10일", "10 de diciembre de 2013", "2013年12月10日". */
  formatDate(isoDay: string): string;
  formatNumber(value: number): string;
  /** “Title” / «Título» / 《标题》 */
  quoteTitle(title: string): string;
  /** "English, Korean and Spanish" in the letter's language. */
  listLanguages(codes: readonly string[]): string;
  /** The line above the date: place and date in the language's order; place may be absent. */
  placeAndDate(place: string | undefined, date: string): string;
  /** The signatory's name as signed ("홍길동 드림" in Korean). */
  signedName(name: string): string;
  /** Joins the lines of one template paragraph (no space between lines of Chinese). */
  lineJoiner: string;
  /** Whether a place written in Latin letters (delivery.place) suits this language's letter. */
  latinScript: boolean;
}

interface Style {
  quote: [string, string];
  placeAndDate(place: string | undefined, date: string): string;
  signedName?(name: string): string;
  lineJoiner?: string;
  latinScript?: boolean;
}

const STYLES: Record<string, Style> = {
  // UN: "2 August 2005", cardinal numbers, month in full, no commas [V: UN-EWB].
  en: { quote: ['“', '”'], placeAndDate: (p, d) => (p ? `${p}, ${d}` : d) },
  // "Nueva York, 10 de diciembre de 2013": month lower case, "de 2013" [S: ES-DATE-1/2].
  es: { quote: ['«', '»'], placeAndDate: (p, d) => (p ? `${p}, ${d}` : d) },
  // 년/월/일 form for a letter to a person, no leading zeros [V: CLDR-KO; U for letters]; "○○○ 드림" [S: KR-DRIM].
  ko: { quote: ['“', '”'], placeAndDate: (p, d) => (p ? `${d}, ${p}` : d), signedName: (n) => `${n} 드림`, latinScript: false },
  // Months and days not zero-padded [S: GB9704]; "2013年12月10日于北京" [S: ZH-MFA-TPL]; document titles in 《》.
  zh: { quote: ['《', '》'], placeAndDate: (p, d) => (p ? `${d}于${p}` : d), lineJoiner: '', latinScript: false },
};

const cache = new Map<string, LetterLanguage>();

/** The style of a letter language; every language writes CLDR's long date (en as en-GB) through localeFormat. */
export function letterLanguage(code: string): LetterLanguage {
  const hit = cache.get(code);
  if (hit) return hit;
  const base = code.split('-')[0];
  const style: Style = STYLES[code] ?? STYLES[base] ?? {
    quote: ['“', '”'], placeAndDate: (p, d) => (p ? `${p}, ${d}` : d),
  };
  const format = localeFormat(code);
  // en-GB: UN style, no serial comma.
  const list = new Intl.ListFormat(intlLocale(code), { type: 'conjunction' });
  const language: LetterLanguage = {
    code,
    formatDate: (isoDay) => format.date(isoDay),
    formatNumber: (value) => format.number(value),
    quoteTitle: (title) => `${style.quote[0]}${title}${style.quote[1]}`,
    listLanguages: (codes) => list.format(codes.map((c) => format.languageName(c))),
    placeAndDate: style.placeAndDate,
    signedName: style.signedName ?? ((name) => name),
    lineJoiner: style.lineJoiner ?? ' ',
    latinScript: style.latinScript ?? true,
  };
  cache.set(code, language);
  return language;
}
