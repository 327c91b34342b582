// Lays out the summary pages: totals, the chart over time, unique signers by country, language and source.
// It speaks to the official: sources by platform or label, never a file path, and none of our own bookkeeping
// (rows read, rejected rows, pairs to review): those stay in the manifest and in `petition count`.
import type { CountBucket, Counts } from '../../types.js';
import type { PageFrame, PageModel, TextMeasure } from './document-model.js';
import { chartBuckets } from './chart-buckets.js';
import { calendarDay } from '../letter/build-letter-context.js';
import { FlowCursor } from './flow-cursor.js';
import { layoutChart } from './layout-chart.js';
import { layoutTable, tableLeadHeight, type TableColumn, type TableRow } from './layout-table.js';
import { languageGroup, localeFormat, UNRECOGNISED_LANGUAGE, type LocaleFormat } from './locale-format.js';
import { fillCount, pluralForm, summaryLabels, type SummaryLabels } from './summary-labels.js';
import { labelled } from './packet-words.js';
import { countryLines, NAMED_COUNTRIES } from './country-lines.js';

export interface SummaryInput {
  counts: Counts;
  /** The campaign's title. */
  title: string;
  /** Who the packet is for, as one line. */
  target: string;
  language?: string;
  /** The campaign's time zone: the first and last signatures are days there, as in the letter and the chart. */
  timezone?: string;
  /** What to call each source (keyed as counts.bySource): its label in the campaign, else its platform. */
  sourceNames?: Record<string, string>;
  /** Countries listed by name before the rest are summed into one line. */
  topCountries?: number;
  /** The fewest signers a country needs to be named (fewestSignersNamed); 1 when left out. */
  fewestNamed?: number;
  /** Countries folded in another table of the packet (the certificate), folded here too. */
  foldedCountries?: readonly string[];
}

const TITLE_SIZE = 16;
const HEADING_SIZE = 11.5;
const TEXT_SIZE = 10;
const GREY = '#555555';
const CHART_HEIGHT = 150;
const UNKNOWN = 'unknown';

export function layoutSummary(input: SummaryInput, frame: PageFrame, measure: TextMeasure): PageModel[] {
  const format = localeFormat(input.language ?? 'en');
  const labels = summaryLabels(input.language);
  const { counts } = input;
  const cursor = new FlowCursor(frame, measure);
  const width = frame.right - frame.left;

  cursor.paragraph(input.title, { size: TITLE_SIZE, bold: true });
  cursor.paragraph(labels.heading, { size: 12, color: GREY });
  if (input.target) cursor.paragraph(labelled(input.language, labels.target, input.target), { size: TEXT_SIZE, color: GREY });
  cursor.advance(6);
  cursor.add({ kind: 'line', x1: frame.left, y1: cursor.y, x2: frame.right, y2: cursor.y, lineWidth: 0.75, color: '#333333' });
  cursor.advance(14);

  totals(cursor, counts, labels, format, input.timezone);

  const series = chartBuckets(counts.byDay);
  if (series.buckets.length > 0) {
    heading(cursor, labels.chartTitle, CHART_HEIGHT);
    for (const item of layoutChart(series, { x: frame.left, y: cursor.y, width, height: CHART_HEIGHT }, { measure, format, labels })) cursor.add(item);
    cursor.advance(CHART_HEIGHT + 4);
  }
  if (series.undated > 0) {
    const undated = pluralForm(labels.undated, series.undated, input.language);
    cursor.paragraph(fillCount(undated, format.number(series.undated)), { size: 8.5, color: GREY });
  }

  const shareColumns = (first: string): TableColumn[] => [
    { header: first, share: 0.5, align: 'left' },
    { header: labels.signers, share: 0.16, align: 'right' },
    { header: labels.share, share: 0.12, align: 'right' },
    { header: '', share: 0.22, align: 'left', bar: true },
  ];
  const table = (title: string, columns: TableColumn[], rows: TableRow[]) => {
    heading(cursor, title, tableLeadHeight(measure, columns, rows.length, width));
    layoutTable(cursor, columns, rows);
  };
  table(labels.byCountry, shareColumns(labels.country), shareRows(countryRows(counts, input.topCountries ?? NAMED_COUNTRIES, labels, format, input.fewestNamed, input.foldedCountries), counts.unique, format));

  // A language or a source with fewer signers than a country needs to be named is folded as countries are: "Greek 1"
  // in a count-only packet can point at a person as "Greece 1" can.
  const fewest = input.fewestNamed ?? 1;
  const languages = [...groupBuckets(counts.byLanguage ?? {}, (code) => (!code || code === UNKNOWN ? UNKNOWN : languageGroup(code)))]
    .filter(([, b]) => b.unique > 0)
    .map(([code, bucket]) => ({ code, bucket, name: languageLabel(code, labels, format) }));
  if (languages.length > 0) {
    const few = languages.filter(({ code, bucket }) => code !== UNKNOWN && code !== UNRECOGNISED_LANGUAGE && bucket.unique < fewest);
    const ordered = orderLanguages(languages.filter((language) => !few.includes(language)), format);
    const named = ordered.filter(({ code }) => code !== UNKNOWN && code !== UNRECOGNISED_LANGUAGE);
    const others: ShareLine[] = few.length > 0 ? [[fillCount(labels.otherLanguages, format.number(few.length)), few.reduce((sum, { bucket }) => sum + bucket.unique, 0)]] : [];
    const rows = [...named.map(({ name, bucket }): ShareLine => [name, bucket.unique]), ...others, ...ordered.filter((language) => !named.includes(language)).map(({ name, bucket }): ShareLine => [name, bucket.unique])];
    table(labels.byLanguage, shareColumns(labels.language), shareRows(rows, counts.unique, format));
  }

  const named = groupBuckets(counts.bySource ?? {}, (path) => input.sourceNames?.[path] ?? labels.otherSources);
  const sources = [...groupBuckets(Object.fromEntries(named), (name) => ((named.get(name)?.unique ?? 0) < fewest ? labels.otherSources : name))];
  if (sources.length > 0) {
    table(labels.bySource, [
      { header: labels.source, share: 0.46, align: 'left' },
      { header: labels.columns.accepted, share: 0.18, align: 'right' },
      { header: labels.columns.duplicates, share: 0.18, align: 'right' },
      { header: labels.columns.unique, share: 0.18, align: 'right' },
    ], sources.sort(byUniqueThenKey).map(([name, b]) => ({
      cells: [name, ...[b.accepted, b.duplicates, b.unique].map(format.number)],
    })));
  }
  return cursor.pages;
}

/** A heading, on the page where the first `following` points of what it heads fit too (never orphaned at a page's foot). */
function heading(cursor: FlowCursor, text: string, following: number): void {
  const line = cursor.measure.lineHeight(HEADING_SIZE);
  cursor.advance(line * 0.8);
  cursor.ensure(line + 2 + following);
  cursor.paragraph(text, { size: HEADING_SIZE, bold: true });
  cursor.advance(2);
}

function totals(cursor: FlowCursor, counts: Counts, labels: SummaryLabels, format: LocaleFormat, timezone: string | undefined): void {
  const { frame } = cursor;
  const day = (value: string) => format.date(calendarDay(value, timezone) ?? value);
  const dates = [counts.firstSigned, counts.lastSigned].filter((value): value is string => Boolean(value)).map(day);
  // The value column ends where it always does, and is as wide as its widest value: a long date ("3 de noviembre
  // de 2025") prints at the size of every other figure instead of being shrunk into a column made for numbers.
  const valuesEnd = (frame.right - frame.left) * 0.75;
  const valueWidth = Math.min(valuesEnd / 2, Math.max((frame.right - frame.left) * 0.2, ...dates.map((text) => cursor.measure.widthOf(text, TEXT_SIZE) + 2)));
  const labelWidth = valuesEnd - valueWidth;
  const row = (label: string, value: string, options: { bold?: boolean; size?: number; indent?: number; color?: string } = {}) => {
    const size = options.size ?? TEXT_SIZE;
    cursor.ensure(cursor.measure.lineHeight(size));
    const y = cursor.y;
    cursor.add({ kind: 'text', x: frame.left + (options.indent ?? 0), y, width: labelWidth, align: 'left', text: label, size, ...(options.bold ? { bold: true } : {}), ...(options.color ? { color: options.color } : {}) });
    cursor.add({ kind: 'text', x: frame.left + labelWidth, y, width: valueWidth, align: 'right', text: value, size, ...(options.bold ? { bold: true } : {}), ...(options.color ? { color: options.color } : {}) });
    cursor.advance(cursor.measure.lineHeight(size) + 1);
  };
  row(labels.unique, format.number(counts.unique), { bold: true, size: 13 });
  cursor.advance(4);
  row(labels.accepted, format.number(counts.accepted));
  row(labels.duplicates, format.number(counts.duplicates));
  if (counts.firstSigned) row(labels.firstSigned, day(counts.firstSigned));
  if (counts.lastSigned) row(labels.lastSigned, day(counts.lastSigned));
}

function byUniqueThenKey([a, x]: [string, CountBucket], [b, y]: [string, CountBucket]): number {
  return y.unique - x.unique || (a < b ? -1 : a > b ? 1 : 0);
}

function languageLabel(code: string, labels: SummaryLabels, format: LocaleFormat): string {
  if (code === UNKNOWN) return labels.unknownLanguage;
  return code === UNRECOGNISED_LANGUAGE ? labels.unrecognisedLanguage : format.languageName(code);
}

/** Most signers first, equal counts by name in the page language; then values naming no language; then none given. */
function orderLanguages<T extends { code: string; bucket: CountBucket; name: string }>(languages: T[], format: LocaleFormat): T[] {
  const collator = new Intl.Collator(format.language);
  const rank = (code: string) => (code === UNKNOWN ? 2 : code === UNRECOGNISED_LANGUAGE ? 1 : 0);
  return [...languages].sort((a, b) => rank(a.code) - rank(b.code) || b.bucket.unique - a.bucket.unique || collator.compare(a.name, b.name));
}

/** A line of a share table: its label and its signers. */
type ShareLine = readonly [label: string, count: number];

/**
 * Rows with their share of `total`, each rounded alone to one decimal: a share depends only on its count, so equal
 * counts read the same everywhere (here and on the certificate), though a column may then add up to 99.9 or 100.1 %.
 */
function shareRows(lines: readonly ShareLine[], total: number, format: LocaleFormat): TableRow[] {
  return lines.map(([label, count]) => ({
    cells: [label, format.number(count), format.percent(total > 0 ? count / total : 0)],
    bar: total > 0 ? count / total : 0,
  }));
}

/** The named countries, then the rest in one line, then values naming no country, then signers who gave none. */
function countryRows(counts: Counts, top: number, labels: SummaryLabels, format: LocaleFormat, fewest?: number, folded?: readonly string[]): ShareLine[] {
  const lines = countryLines(Object.entries(counts.byCountry ?? {}).map(([code, b]) => [code, b.unique] as const), format.language, top, fewest, folded);
  return [
    ...lines.named.map(([code, signers]): ShareLine => [format.country(code), signers]),
    ...(lines.others ? [[fillCount(labels.otherCountries, format.number(lines.others.countries)), lines.others.signers] as const] : []),
    ...lines.unnamed.map(([code, signers]): ShareLine => [format.country(code), signers]),
  ];
}

/** Buckets summed under the name `nameOf` gives their key: two Change.org files are one line, es_ES and es one language. */
function groupBuckets(buckets: Record<string, CountBucket>, nameOf: (key: string) => string): Map<string, CountBucket> {
  const groups = new Map<string, CountBucket>();
  for (const [key, bucket] of Object.entries(buckets)) {
    const name = nameOf(key);
    const sum = groups.get(name) ?? { rows: 0, rejected: 0, accepted: 0, duplicates: 0, unique: 0 };
    for (const field of ['rows', 'rejected', 'accepted', 'duplicates', 'unique'] as const) sum[field] += bucket[field];
    groups.set(name, sum);
  }
  return groups;
}
