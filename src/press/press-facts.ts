// What the press kit says in one language, decided from the delivery's figures: pure, no disk.
// The count is the letter's (LetterFacts.signers), the countries the letter's, the chart the summary's.
import type { Campaign, Delivery } from '../campaign/campaign-schema.js';
import type { Counts } from '../types.js';
import type { LetterFacts } from '../packet/letter/letter-facts.js';
import { calendarDay } from '../packet/letter/build-letter-context.js';
import { occasionIn } from '../packet/letter/known-occasions.js';
import { organizationIn } from '../packet/letter/untranslated.js';
import { letterLanguage } from '../packet/letter/letter-language.js';
import { chooseKoreanParticles } from '../text/korean-particles.js';
import { intlLocale, localeFormat } from '../packet/pages/locale-format.js';
import { chartBuckets, type ChartSeries } from '../packet/pages/chart-buckets.js';
import { summaryLabels, type SummaryLabels } from '../packet/pages/summary-labels.js';
import { compileTemplate } from '../packet/letter/compile-template.js';
import { namesCountry } from '../tally/country-bucket.js';
import { fewestSignersNamed } from '../tally/fewest-named.js';
import type { PressTemplates } from './press-templates.js';
import { fitsQrCode } from './qr-items.js';
import { markdownInline, markdownQuoted, unescapeMarkdown } from './markdown-text.js';
import { countryInSentence } from '../text/country-in-sentence.js';

/** The poster's and cards' words, rendered. */
export interface PressWords {
  kicker: string;
  signed: string;
  countries: string;
  period: string;
  topCountries: string;
  deliveredTo: string;
  delivery: string;
  organizer: string;
  scan: string;
  chart: string;
}

export interface PressFacts {
  language: string;
  title: string;
  signers: number;
  /** The count with the language's separators. */
  count: string;
  countries: number;
  /** Some signers gave no country (LetterFacts.someWithoutCountry): one known country is not "a single country". */
  someWithoutCountry?: boolean;
  /** Countries named on the poster, largest first, in this language (see namedCountries). */
  topCountries: string[];
  /** The country (or up to three tied) most signatures came from, named in running text ("the United States"); null when more tie. */
  leaders: { names: string[]; each: string } | null;
  /** The one country every signer who gave one is from, named in running text; null with more, or when it is not named. */
  onlyCountry: { name: string; everyone: boolean } | null;
  /** The dated signatures' period; `undated`: how many paper signatures carry no date of their own (said apart), or null. */
  period: { from: string; to: string; oneDay: boolean; undated: string | null; oneUndated: boolean } | null;
  official: string;
  /**
   * The embassy the petition is handed to, when the delivery goes through one ("Embassy of the People's Republic of
   * China"): the kit then says it was delivered there, addressed to the official, never "delivered to" the official.
   */
  embassy: string | null;
  place: string;
  date: string;
  occasion: string | null;
  organization: string;
  contact: string;
  url: string | null;
  /** The URL the QR code carries: null when there is none or it is longer than a QR code holds. */
  qrUrl: string | null;
  /** The URL as the poster and cards print it (see printedUrl). */
  printedUrl: string | null;
  quote: { text: string; by: string | null } | null;
  /** The petition's one-sentence summary in this language, when the campaign gives one. */
  summary: string | null;
  /** `noLongerCounted`: signers the earlier delivery counted that this one does not (its letter says so too). */
  followUp: { previousDate: string; further: number; noLongerCounted?: number; since: boolean } | null;
  series: ChartSeries;
  words: PressWords;
  chartLabels: SummaryLabels;
}

export interface PressInput {
  campaign: Campaign;
  delivery: Delivery;
  counts: Counts;
  /** The letter's facts: its number is the one the press kit states. */
  facts: LetterFacts;
  /** The official as the letters in this language name them. */
  official: string;
  /** The embassy the delivery is handed to (embassyIn), or null when it goes to the official's office. */
  embassy?: string | null;
  templates: PressTemplates;
}

/** Countries named in a public document: at most this many. */
const TOP_COUNTRIES = 5;
export function pressFacts(input: PressInput): PressFacts {
  const { campaign, delivery, counts, facts, templates } = input;
  const language = templates.language;
  const format = localeFormat(language);
  const title = campaign.petition.title[language] ?? campaign.petition.title[campaign.petition.languages[0]];
  const from = calendarDay(facts.firstSigned, campaign.timezone);
  const to = calendarDay(facts.lastSigned, campaign.timezone);
  const period = from && to ? { from: format.date(from), to: format.date(to), oneDay: from === to, undated: facts.sheetDated ? format.number(facts.sheetDated) : null, oneUndated: facts.sheetDated === 1 } : null;
  const place = delivery.places?.[language] ?? delivery.place;
  const occasion = occasionIn(language, delivery.occasion, delivery.occasions);
  const press = campaign.press;
  const quoteText = press?.quote ? inLanguage(press.quote.text, language) : undefined;
  const quoteBy = press?.quote?.by !== undefined ? inLanguage(press.quote.by, language) ?? null : null;
  const named = publicCountries(counts, delivery);
  const topCountries = named.map((code) => format.country(code));
  const most = named.length > 0 ? counts.byCountry[named[0]].unique : 0;
  const leading = named.filter((code) => counts.byCountry[code].unique === most);
  const leaders = leading.length > 0 && leading.length <= MAX_TIED_LEADERS
    ? { names: leading.map((code) => countryInSentence(code, format.country(code), language)), each: format.number(most) }
    : null;
  // One country: "all signers are from South Korea", not "more came from South Korea than from any other country".
  const onlyCountry = facts.countries === 1 && named.length === 1 && leaders !== null
    ? { name: leaders.names[0], everyone: counts.byCountry[named[0]].unique >= facts.signers }
    : null;
  const base = {
    language,
    title,
    signers: facts.signers,
    count: format.number(facts.signers),
    countries: facts.countries,
    someWithoutCountry: facts.someWithoutCountry === true,
    topCountries,
    leaders,
    onlyCountry,
    period,
    // News style, on the poster and cards as in the release: the official by title without the letter's honorific
    // ("주석", not "주석님").
    official: plainOfficial(input.official, language),
    embassy: input.embassy ?? null,
    place,
    date: format.date(delivery.date),
    occasion,
    organization: organizationIn(campaign, language),
    contact: press?.contact ?? campaign.organizer.contact,
    url: campaign.petition.url ?? null,
    ...pressUrls(campaign.petition.url),
    quote: quoteText ? { text: quoteText, by: quoteBy } : null,
    summary: campaign.petition.summary?.[language] ?? null,
    followUp: facts.previous ? {
      previousDate: format.date(facts.previous.date), further: Math.max(0, facts.signers - facts.previous.signers), noLongerCounted: facts.previous.noLongerCounted ?? 0, since: facts.previous.furtherSignedBefore !== true,
    } : null,
    series: chartBuckets(counts.byDay),
    chartLabels: summaryLabels(language),
  };
  const context = {
    count: base.count, one: facts.signers === 1, countries: format.number(facts.countries), oneCountry: facts.countries === 1,
    // "From a single country" is not said of one signer, nor of one known country when other signers gave none.
    noSingleCountry: facts.signers === 1 || base.someWithoutCountry === true,
    onlyCountry: onlyCountry === null ? null : onlyCountry.name,
    // A label names the occasion alone: "Día de los Derechos Humanos", not the letter's "el Día …".
    from: period?.from ?? '', to: period?.to ?? '', oneDay: period?.oneDay ?? false, date: base.date, place, embassy: base.embassy, occasion: occasion?.replace(/^(the|el|la) (\p{Lu})/u, '$2') ?? null,
    organization: base.organization,
  };
  const words = Object.fromEntries(Object.entries(templates.labels).map(([key, source]) => [key, compileTemplate(source, templates.labelsFile)(context).trim()])) as unknown as PressWords;
  return { ...base, words };
}

/** A URL longer than this is not printed whole beside the QR code: it would wrap past the page's edge. */
export const PRINTED_URL_MAX = 80;

/**
 * The URL in the QR code and as printed. Too long to print whole, it is left to the QR code; too long for a QR code
 * too, it is printed visibly cut ("…"), never as if it were whole. press-url-warnings.ts says so to the organizer.
 */
function pressUrls(url: string | undefined): { qrUrl: string | null; printedUrl: string | null } {
  if (!url) return { qrUrl: null, printedUrl: null };
  const qrUrl = fitsQrCode(url) ? url : null;
  const chars = [...url];
  if (chars.length <= PRINTED_URL_MAX) return { qrUrl, printedUrl: url };
  return { qrUrl, printedUrl: qrUrl ? null : `${chars.slice(0, PRINTED_URL_MAX - 1).join('')}…` };
}

/** The release as Markdown, from the language's template. */
export function releaseMarkdown(facts: PressFacts, templates: PressTemplates): string {
  const style = letterLanguage(facts.language);
  const format = localeFormat(facts.language);
  const list = new Intl.ListFormat(intlLocale(facts.language), { type: 'conjunction' });
  const inline = markdownInline;
  const title = inline(facts.title);
  const leaders = facts.leaders ? list.format(facts.leaders.names) : null;
  const context = {
    title,
    quotedTitle: style.quoteTitle(title),
    count: facts.count,
    one: facts.signers === 1,
    countries: format.number(facts.countries),
    oneCountry: facts.countries === 1,
    onlyCountry: facts.onlyCountry === null ? null : { name: inline(facts.onlyCountry.name), everyone: facts.onlyCountry.everyone },
    /** The one country every signer is from, when the kit may name it: "signed by 12 people from South Korea". */
    countryName: facts.onlyCountry?.everyone ? inline(facts.onlyCountry.name) : null,
    // One signer from a country the kit may not name is not said to come from "a single country": the clause goes.
    countriesKnown: facts.countries > 0 && !(facts.signers === 1 && !facts.onlyCountry?.everyone) && !(facts.countries === 1 && facts.someWithoutCountry === true),
    period: facts.period,
    official: inline(plainOfficial(facts.official, facts.language)),
    embassy: facts.embassy === null ? null : inline(facts.embassy),
    place: inline(facts.place),
    placeUpper: inline(facts.place.toLocaleUpperCase(intlLocale(facts.language))),
    date: facts.date,
    occasion: facts.occasion === null ? null : inline(facts.occasion),
    organization: inline(facts.organization),
    summary: facts.summary === null ? null : inline(facts.summary),
    quote: facts.quote ? {
      text: markdownQuoted(facts.quote.text),
      /** Without its closing full stop, for languages that close the sentence after the quotation mark: «… hoy». */
      sentence: markdownQuoted(facts.quote.text.replace(/\.\s*$/u, '')),
      by: facts.quote.by === null ? null : inline(facts.quote.by),
    } : null,
    url: facts.url === null ? null : inline(facts.url),
    contact: inline(facts.contact),
    /** The countries the poster names, largest first, as a list: "the United States, South Korea and Germany". */
    topCountries: facts.topCountries.length > 0 ? inline(list.format(facts.topCountries)) : null,
    leaders: leaders === null ? null : inline(leaders),
    /** The list opening a sentence: "The United States and South Korea gave …". */
    leadersOpening: leaders === null ? null : inline(capitalized(leaders, facts.language)),
    tied: (facts.leaders?.names.length ?? 0) > 1,
    leaderCount: facts.leaders?.each ?? null,
    followUp: facts.followUp ? {
      previousDate: facts.followUp.previousDate, further: format.number(facts.followUp.further), grew: facts.followUp.further > 0, oneFurther: facts.followUp.further === 1, since: facts.followUp.since,
      noLongerCounted: facts.followUp.noLongerCounted ? format.number(facts.followUp.noLongerCounted) : null, oneNoLongerCounted: facts.followUp.noLongerCounted === 1,
    } : null,
  };
  const rendered = compileTemplate(templates.release, templates.releaseFile)(context).replace(/\r\n?/g, '\n');
  const release = `${rendered.replace(/\n{3,}/g, '\n\n').trim()}\n`;
  return facts.language === 'ko' ? chooseKoreanParticles(release) : release;
}

/** The release as plain text: the Markdown without its markup. */
export function releaseText(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => unescapeMarkdown(line.replace(/^#{1,6}\s+/, '').replace(/^>\s?/, '    ').replace(/(?<!\\)\*\*(.+?)(?<!\\)\*\*/g, '$1')))
    .join('\n');
}

/** The text in `language`, else the first one given (a quote is printed in the words it was said in). */
function inLanguage(value: string | Record<string, string>, language: string): string | undefined {
  return typeof value === 'string' ? value : value[language] ?? Object.values(value)[0];
}

/** More countries tied for the most signatures than this, and no country is named as the one most came from. */
const MAX_TIED_LEADERS = 3;

function capitalized(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(intlLocale(language)) + text.slice(1);
}


/** ISO codes of the countries the kit names for this delivery, largest first. */
export function publicCountries(counts: Counts, delivery: Pick<Delivery, 'privacy'>): string[] {
  return namedCountries(counts, fewestSignersNamed(delivery.privacy, 'public'));
}

/** ISO codes of the countries a public document may name, largest first. */
function namedCountries(counts: Counts, minimum: number): string[] {
  return Object.entries(counts.byCountry)
    .filter(([code, bucket]) => namesCountry(code) && bucket.unique >= minimum)
    .sort(([a, x], [b, y]) => y.unique - x.unique || (a < b ? -1 : 1))
    .slice(0, TOP_COUNTRIES)
    .map(([code]) => code);
}

/** The diplomatic honorifics a letter puts before an official's name, which news style leaves out. */
const HONORIFIC: Record<string, RegExp> = {
  en: /^(?:(?:His|Her|Their) Excellency|H\.\s?E\.)(?:\s+(?:Mr|Ms|Mrs|Mx)\.?|\s+Madam)?\s+/u,
  es: /^(?:Su Excelencia|S\.\s?E\.)(?:\s+(?:el señor|la señora|señor|señora|Sr\.|Sra\.))?\s+/u,
};

/**
 * News style names an official by title without the letter's honorific: "주석에게", not "주석님에게"; "Xi Jinping,
 * President of …", not "His Excellency Mr. Xi Jinping, …"; in Spanish a title after the name in lower case.
 */
function plainOfficial(official: string, language: string): string {
  if (language === 'ko') return official.replace(/\s*님$/u, '');
  const honorific = HONORIFIC[language];
  if (honorific === undefined || !honorific.test(official)) return official;
  const plain = official.replace(honorific, '');
  // RAE: a title in running text is lower case ("secretario general de las Naciones Unidas"); the words from the first
  // lower-case one on ("de las Naciones Unidas", "de Asuntos Exteriores") name an institution and keep their capitals.
  return language === 'es' ? plain.replace(/, ((?:\p{Lu}\p{Ll}*)(?:[ -]\p{Lu}\p{Ll}*)*)(?= \p{Ll}|$)/u, (_all, title: string) => `, ${title.toLocaleLowerCase('es')}`) : plain;
}
