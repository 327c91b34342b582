// How each letter language writes dates, numbers, titles, lists and the signature (PROTOCOL.md §1).
// Single-function and single-locale entry points: the package indexes load every locale (about a second).
import { format } from 'date-fns/format';
import type { Locale } from 'date-fns/locale';
import { enGB } from 'date-fns/locale/en-GB';
import { es } from 'date-fns/locale/es';
import { ko } from 'date-fns/locale/ko';
import { zhCN } from 'date-fns/locale/zh-CN';

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
  /** The BCP 47 tag used for Intl (en-GB: UN style, no serial comma). */
  intl: string;
  locale?: Locale;
  datePattern?: string;
  quote: [string, string];
  placeAndDate(place: string | undefined, date: string): string;
  signedName?(name: string): string;
  lineJoiner?: string;
  latinScript?: boolean;
}

const STYLES: Record<string, Style> = {
  // UN: "2 August 2005", cardinal numbers, month in full, no commas [V: UN-EWB].
  en: { intl: 'en-GB', locale: enGB, datePattern: 'd MMMM yyyy', quote: ['“', '”'], placeAndDate: (p, d) => (p ? `${p}, ${d}` : d) },
  // "Nueva York, 10 de diciembre de 2013": month lower case, "de 2013" [S: ES-DATE-1/2].
  es: { intl: 'es', locale: es, datePattern: "d 'de' MMMM 'de' yyyy", quote: ['«', '»'], placeAndDate: (p, d) => (p ? `${p}, ${d}` : d) },
  // 년/월/일 form for a letter to a person, no leading zeros [V: CLDR-KO; U for letters]; "○○○ 드림" [S: KR-DRIM].
  ko: { intl: 'ko', locale: ko, datePattern: 'yyyy년 M월 d일', quote: ['“', '”'], placeAndDate: (p, d) => (p ? `${d}, ${p}` : d), signedName: (n) => `${n} 드림`, latinScript: false },
  // Months and days not zero-padded [S: GB9704]; "2013年12月10日于北京" [S: ZH-MFA-TPL]; document titles in 《》.
  zh: { intl: 'zh-CN', locale: zhCN, datePattern: 'yyyy年M月d日', quote: ['《', '》'], placeAndDate: (p, d) => (p ? `${d}于${p}` : d), lineJoiner: '', latinScript: false },
};

const cache = new Map<string, LetterLanguage>();

/** The style of a letter language; languages without a built-in style use CLDR's long date through Intl. */
export function letterLanguage(code: string): LetterLanguage {
  const hit = cache.get(code);
  if (hit) return hit;
  const base = code.split('-')[0];
  const style: Style = STYLES[code] ?? STYLES[base] ?? {
    intl: code, quote: ['“', '”'], placeAndDate: (p, d) => (p ? `${p}, ${d}` : d),
  };
  const numbers = new Intl.NumberFormat(style.intl);
  const names = new Intl.DisplayNames([style.intl], { type: 'language' });
  const list = new Intl.ListFormat(style.intl, { type: 'conjunction' });
  const intlDate = new Intl.DateTimeFormat(style.intl, { dateStyle: 'long', timeZone: 'UTC' });
  const language: LetterLanguage = {
    code,
    formatDate: (isoDay) => {
      const [year, month, day] = isoDay.split('-').map(Number);
      if (style.locale && style.datePattern) return format(new Date(year, month - 1, day), style.datePattern, { locale: style.locale });
      return intlDate.format(new Date(Date.UTC(year, month - 1, day)));
    },
    formatNumber: (value) => numbers.format(value),
    quoteTitle: (title) => `${style.quote[0]}${title}${style.quote[1]}`,
    listLanguages: (codes) => list.format(codes.map((c) => names.of(c) ?? c)),
    placeAndDate: style.placeAndDate,
    signedName: style.signedName ?? ((name) => name),
    lineJoiner: style.lineJoiner ?? ' ',
    latinScript: style.latinScript ?? true,
  };
  cache.set(code, language);
  return language;
}
