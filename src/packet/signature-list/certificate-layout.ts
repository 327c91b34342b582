// The count-only profile: no names, a certificate of how many signed, from where and when, with a table by country.
import { fewestSignersNamed } from '../../tally/fewest-named.js';
import type { ListEntry, ListOptions } from './list-types.js';
import type { Geometry } from './page-geometry.js';
import type { PageModel, TextMeasure } from './page-model.js';
import { countryName, formatLongDate } from './list-format.js';
import { keepTogether } from '../pages/keep-together.js';
import { localeFormat, orderCountries } from '../pages/locale-format.js';
import { countWords, fillWords, labelled, packetWords, pageLabel } from '../pages/packet-words.js';
import { fillCount, summaryLabels } from '../pages/summary-labels.js';
import { countryLines, NAMED_COUNTRIES } from '../pages/country-lines.js';
import { countriesWithSigners, fromOneCountry, onlyCountryOf } from '../../tally/countries-with-signers.js';
import { countryInSentence } from '../../text/country-in-sentence.js';
import { framedPage, footer, INK, MUTED, RULE, SUMMARY_SIZE, type FrameText } from './page-frame.js';
import type { PageNumbering } from './list-layout.js';

const ROW = 14;
const WORD_JOINER = '\u2060';
const BLOCK = 400;

export interface CountryCount {
  country: string;
  count: number;
}

export interface CertificateFacts {
  total: number;
  anonymous: number;
  first: number | null;
  last: number | null;
  byCountry: CountryCount[];
  /** Countries the packet's summary folds: folded here too (countryLines). */
  alsoFolded?: readonly string[];
}

/** Counts by country (in the order of orderCountries) and the signing period. */
export function certificateFacts(entries: readonly ListEntry[]): CertificateFacts {
  const counts = new Map<string, number>();
  let anonymous = 0;
  let first: number | null = null;
  let last: number | null = null;
  for (const entry of entries) {
    counts.set(entry.country, (counts.get(entry.country) ?? 0) + 1);
    // At their own request: a paper signer withheld as their sheet promised did not ask.
    if (entry.anonymous && !entry.withheld) anonymous++;
    if (entry.signedAt !== null) {
      if (first === null || entry.signedAt < first) first = entry.signedAt;
      if (last === null || entry.signedAt > last) last = entry.signedAt;
    }
  }
  return certificateFactsFromCounts({ total: entries.length, anonymous, first, last, countries: counts });
}

/** The same facts from counts already made (a spooled list that is not in memory). */
export function certificateFactsFromCounts(input: {
  total: number; anonymous: number; first: number | null; last: number | null; countries: ReadonlyMap<string, number>;
}): CertificateFacts {
  const byCountry = orderCountries(input.countries.entries()).map(([country, count]) => ({ country, count }));
  return { total: input.total, anonymous: input.anonymous, first: input.first, last: input.last, byCountry };
}

export function certificatePageCount(facts: CertificateFacts, geometry: Geometry): number {
  const { first, next } = capacity(geometry);
  return 1 + Math.max(0, Math.ceil((countryRows(facts, 'en').length - first) / next));
}

/** The table's lines: named countries, the rest in one line, then no country; grouped as the summary groups them. */
function countryRows(facts: CertificateFacts, language = 'en'): Array<readonly [label: string, signers: number]> {
  // The certificate is the count-only packet's list: small countries are summed as in its summary (fewestSignersNamed).
  const lines = countryLines(facts.byCountry.map(({ country, count }) => [country, count] as const), language, NAMED_COUNTRIES, fewestSignersNamed('count-only', 'official'), facts.alsoFolded);
  const others = lines.others;
  return [
    ...lines.named.map(([country, count]) => [countryName(country, language), count] as const),
    ...(others ? [[fillCount(summaryLabels(language).otherCountries, localeFormat(language).number(others.countries)), others.signers] as const] : []),
    ...lines.unnamed.map(([country, count]) => [countryName(country, language), count] as const),
  ];
}

/**
 * "Of the people counted in the delivery of 20 June 2026, 2 are no longer counted: …": what the follow-up's letters say
 * of signers withdrawn or merged on review since, said on the certificate and the list's volume covers too; '' if none.
 */
export function noLongerCountedStatement(options: Pick<ListOptions, 'previousDate' | 'previousNoLongerCounted'>, language: string | undefined): string {
  const gone = options.previousNoLongerCounted ?? 0;
  if (gone <= 0 || options.previousDate === undefined) return '';
  const format = localeFormat(language ?? 'en');
  return countWords(packetWords(language).noLongerCounted, gone, language, { n: format.number(gone), date: keepTogether(format.date(options.previousDate)) });
}


function capacity(geometry: Geometry): { first: number; next: number } {
  const bottom = geometry.height - geometry.bottom - geometry.footerHeight;
  return {
    first: Math.max(0, Math.floor((bottom - (geometry.top + BLOCK)) / ROW)),
    next: Math.floor((bottom - (geometry.top + geometry.headerHeight + 24)) / ROW),
  };
}

export function certificatePages(
  facts: CertificateFacts,
  options: Pick<ListOptions, 'title' | 'target' | 'fingerprint' | 'packetFingerprint' | 'creationDate' | 'language' | 'timezone' | 'previousSigners' | 'previousDate' | 'previousNoLongerCounted' | 'furtherSignedBefore'>,
  geometry: Geometry,
  measure: TextMeasure,
  numbering?: PageNumbering,
): PageModel[] {
  const offset = numbering?.offset ?? 0;
  const total = numbering?.total ?? certificatePageCount(facts, geometry);
  const { language } = options;
  const words = packetWords(language);
  const format = localeFormat(language);
  const summary = countWords(words.signers, facts.total, language, { n: format.number(facts.total) });
  const frame = (pageNumber: number): FrameText => ({
    title: options.title,
    addressee: labelled(options.language, words.to, options.target),
    kind: words.certificate,
    summary,
    summaryWidth: measure.widthOf(summary, SUMMARY_SIZE),
    footer: pageLabel(language, offset + pageNumber, total, format.number),
    fingerprint: options.fingerprint,
    packetFingerprint: options.packetFingerprint,
    language,
  });
  const { left, contentWidth } = geometry;
  const cover: PageModel = { number: 1, texts: [], shapes: [] };
  footer(geometry, frame(1), cover.texts, cover.shapes);
  const texts = cover.texts;
  let y = geometry.top + 24;
  texts.push({ text: words.certificate.toLocaleUpperCase(format.language), x: left, y, width: contentWidth, size: 9, bold: true, color: MUTED });
  y += 24;
  let titleSize = 20;
  let lines = measure.wrap(options.title, contentWidth, titleSize, true);
  while (lines.length > 3 && titleSize > 8) lines = measure.wrap(options.title, contentWidth, --titleSize, true);
  for (const line of lines.slice(0, 3)) {
    texts.push({ text: line, x: left, y, width: contentWidth, size: titleSize, bold: true, color: INK });
    y += titleSize * 1.25;
  }
  // The addressee wraps above the rule (a long styled title is the official's, never cut): smaller type before more lines.
  const ruleAt = geometry.top + 170;
  const addressee = labelled(options.language, words.to, options.target);
  let toSize = 11;
  let toLines = measure.wrap(addressee, contentWidth, toSize, false);
  while (y + 4 + toLines.length * toSize * 1.25 > ruleAt - 4 && toSize > 7) toLines = measure.wrap(addressee, contentWidth, --toSize, false);
  for (const line of toLines) {
    texts.push({ text: line, x: left, y: y + 4, width: contentWidth, size: toSize, color: MUTED });
    y += toSize * 1.25;
  }
  y = Math.max(ruleAt, y + 8);
  cover.shapes.push({ kind: 'rule', x1: left, y1: y, x2: left + contentWidth, y2: y, width: 0.9, color: INK });
  y += 18;
  texts.push({ text: format.number(facts.total), x: left, y, width: contentWidth, size: 34, bold: true, color: INK });
  y += 44;
  // A follow-up certifies the further signers; it tells the letters' story, the total of the same tally included, and
  // says "signed since" exactly when they do (build-packet decides it once for both).
  const signed = options.previousSigners !== undefined && options.previousDate !== undefined
    ? countWords(options.furtherSignedBefore === true ? words.furtherNotIncluded : words.furtherSince, facts.total, language, {
      n: format.number(facts.total), total: format.number(options.previousSigners + facts.total), date: keepTogether(format.date(options.previousDate)),
    })
    : countWords(words.peopleSigned, facts.total, language, {});
  for (const line of measure.wrap(signed, contentWidth, 12, false)) {
    texts.push({ text: line.replaceAll(WORD_JOINER, ''), x: left, y, width: contentWidth, size: 12, color: INK });
    y += 16;
  }
  y += 8;
  const day = (time: number): string => keepTogether(formatLongDate(time, language, options.timezone));
  const [from, to] = facts.first !== null && facts.last !== null ? [day(facts.first), day(facts.last)] : [null, null];
  const period = from === null ? words.noPeriod : from === to ? fillWords(words.periodOneDay, { date: from }) : fillWords(words.period, { from, to });
  const countries = countriesWithSigners(facts.byCountry.map(({ country, count }) => [country, count]));
  const only = onlyCountryOf(facts.byCountry.map(({ country, count }) => [country, count] as const), fewestSignersNamed('count-only', 'official'));
  // One fingerprint, the one that identifies what is certified: in a packet the packet's (it covers the count and the
  // signers, and is on every page the official holds); alone, the signer list's.
  // Word joiners after its hyphens keep the code a reader types into `verify --fingerprint` on one line.
  const unbroken = (code: string) => code.replaceAll('-', `-${WORD_JOINER}`);
  const fingerprint = options.packetFingerprint
    ? fillWords(words.packetFingerprintInText, { code: unbroken(options.packetFingerprint) })
    : fillWords(words.listFingerprintInText, { code: unbroken(options.fingerprint) });
  const statements = [
    noLongerCountedStatement(options, language),
    period,
    // One country, named when it may be ("All signers come from South Korea"); one signer is not said to come from "a
    // single country".
    // Nor is it when only one country is known and other signers gave none.
    countries === 0 || (facts.total === 1 && only === null) || (countries === 1 && only === null && !fromOneCountry(facts.byCountry.map(({ country, count }) => [country, count]))) ? ''
      : only !== null ? fillWords(words.countryOnly, { country: countryInSentence(only, format.country(only), format.language) })
        : countWords(words.countries, countries, language, { n: format.number(countries) }),
    facts.anonymous > 0 ? fillWords(words.anonymousIncluded, { n: format.number(facts.anonymous) }) : '',
    fillWords(words.namesNotPrinted, { fingerprint, date: keepTogether(formatLongDate(options.creationDate.getTime(), language)) }),
  ].filter(Boolean);
  // The statements end above the table: with many of them (a follow-up's signers no longer counted, anonymous ones),
  // their lines are set closer rather than run into its heading.
  const statementLines = statements.flatMap((statement) => measure.wrap(statement, contentWidth, 9.5, false));
  const step = Math.max(11.5, Math.min(15, (geometry.top + BLOCK - 26 - 12 - y) / Math.max(1, statementLines.length - 1)));
  for (const line of statementLines) {
    texts.push({ text: line.replaceAll(WORD_JOINER, ''), x: left, y, width: contentWidth, size: 9.5, color: INK });
    y += step;
  }
  y = geometry.top + BLOCK - 26;
  const pages = [cover];
  const heading = (page: PageModel, at: number) => {
    page.texts.push(
      { text: words.columns.country, x: left, y: at, width: contentWidth * 0.6, size: 8, bold: true, color: MUTED },
      { text: summaryLabels(language).signers, x: left + contentWidth * 0.6, y: at, width: contentWidth * 0.22, size: 8, bold: true, align: 'right', color: MUTED },
      { text: words.share, x: left + contentWidth * 0.82, y: at, width: contentWidth * 0.18, size: 8, bold: true, align: 'right', color: MUTED },
    );
    page.shapes.push({ kind: 'rule', x1: left, y1: at + 13, x2: left + contentWidth, y2: at + 13, width: 0.5, color: RULE });
    return at + 16;
  };
  y = heading(cover, y);
  const room = capacity(geometry);
  let rowsLeft = room.first;
  let page = cover;
  for (const [label, count] of countryRows(facts, language)) {
    if (rowsLeft === 0) {
      page = framedPage(pages.length + 1, geometry, frame(pages.length + 1), true);
      pages.push(page);
      rowsLeft = room.next;
      y = heading(page, geometry.top + geometry.headerHeight + 4);
    }
    const share = facts.total > 0 ? format.percent(count / facts.total) : '';
    page.texts.push(
      { text: label, x: left, y, width: contentWidth * 0.6 - 6, size: 9, color: INK },
      { text: format.number(count), x: left + contentWidth * 0.6, y, width: contentWidth * 0.22, size: 9, align: 'right', color: INK },
      { text: share, x: left + contentWidth * 0.82, y, width: contentWidth * 0.18, size: 9, align: 'right', color: MUTED },
    );
    y += ROW;
    rowsLeft--;
  }
  return pages;
}
