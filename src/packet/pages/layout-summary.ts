// Lays out the summary pages: totals, the chart over time, unique signers by country, language and source.
import type { CountBucket, Counts } from '../../types.js';
import type { PageFrame, PageModel, TextMeasure } from './document-model.js';
import { chartBuckets } from './chart-buckets.js';
import { FlowCursor } from './flow-cursor.js';
import { layoutChart } from './layout-chart.js';
import { fitText, layoutTable, type TableRow } from './layout-table.js';
import { localeFormat, type LocaleFormat } from './locale-format.js';
import { fillCount, pluralForm, summaryLabels, type SummaryLabels } from './summary-labels.js';

export interface SummaryInput {
  counts: Counts;
  /** The campaign's title. */
  title: string;
  /** Who the packet is for, as one line. */
  target: string;
  language?: string;
  /** Countries listed by name before the rest are summed into one line. */
  topCountries?: number;
}

const TITLE_SIZE = 16;
const HEADING_SIZE = 11.5;
const TEXT_SIZE = 10;
const GREY = '#555555';
const CHART_HEIGHT = 150;
const DEFAULT_TOP_COUNTRIES = 12;
const UNKNOWN = 'unknown';

export function layoutSummary(input: SummaryInput, frame: PageFrame, measure: TextMeasure): PageModel[] {
  const format = localeFormat(input.language ?? 'en');
  const labels = summaryLabels(input.language);
  const { counts } = input;
  const cursor = new FlowCursor(frame, measure);
  const width = frame.right - frame.left;

  cursor.paragraph(input.title, { size: TITLE_SIZE, bold: true });
  cursor.paragraph(labels.heading, { size: 12, color: GREY });
  if (input.target) cursor.paragraph(`${labels.target}: ${input.target}`, { size: TEXT_SIZE, color: GREY });
  cursor.advance(6);
  cursor.add({ kind: 'line', x1: frame.left, y1: cursor.y, x2: frame.right, y2: cursor.y, lineWidth: 0.75, color: '#333333' });
  cursor.advance(14);

  totals(cursor, counts, labels, format);

  const series = chartBuckets(counts.byDay);
  if (series.buckets.length > 0) {
    heading(cursor, labels.chartTitle);
    cursor.ensure(CHART_HEIGHT);
    for (const item of layoutChart(series, { x: frame.left, y: cursor.y, width, height: CHART_HEIGHT }, { measure, format, labels })) cursor.add(item);
    cursor.advance(CHART_HEIGHT + 4);
  }
  if (series.undated > 0) {
    const undated = pluralForm(labels.undated, series.undated, input.language);
    cursor.paragraph(fillCount(undated, format.number(series.undated)), { size: 8.5, color: GREY });
  }

  heading(cursor, labels.byCountry);
  layoutTable(cursor, [
    { header: labels.country, share: 0.5, align: 'left' },
    { header: labels.signers, share: 0.16, align: 'right' },
    { header: labels.share, share: 0.12, align: 'right' },
    { header: '', share: 0.22, align: 'left', bar: true },
  ], countryRows(counts, input.topCountries ?? DEFAULT_TOP_COUNTRIES, labels, format));

  const languages = Object.entries(counts.byLanguage ?? {}).filter(([, b]) => b.unique > 0);
  if (languages.length > 0) {
    heading(cursor, labels.byLanguage);
    layoutTable(cursor, [
      { header: labels.language, share: 0.5, align: 'left' },
      { header: labels.signers, share: 0.16, align: 'right' },
      { header: labels.share, share: 0.12, align: 'right' },
      { header: '', share: 0.22, align: 'left', bar: true },
    ], languages.sort(byUniqueThenKey).map(([code, bucket]) => shareRow(
      !code || code === UNKNOWN ? labels.unknownLanguage : languageLabel(code, format), bucket.unique, counts.unique, format,
    )));
  }

  const sources = Object.entries(counts.bySource ?? {});
  if (sources.length > 0) {
    heading(cursor, labels.bySource);
    const sourceWidth = width * 0.44 - 4;
    layoutTable(cursor, [
      { header: labels.source, share: 0.44, align: 'left' },
      { header: labels.columns.rows, share: 0.14, align: 'right' },
      { header: labels.columns.rejected, share: 0.14, align: 'right' },
      { header: labels.columns.duplicates, share: 0.14, align: 'right' },
      { header: labels.columns.unique, share: 0.14, align: 'right' },
    ], sources.map(([path, b]) => ({
      cells: [shortPath(path, sourceWidth, measure), ...[b.rows, b.rejected, b.duplicates, b.unique].map(format.number)],
    })));
  }

  if (counts.pendingReview > 0) {
    cursor.advance(8);
    cursor.paragraph(fillCount(labels.pendingReview, format.number(counts.pendingReview)), { size: TEXT_SIZE, color: GREY });
  }
  return cursor.pages;
}

function heading(cursor: FlowCursor, text: string): void {
  const line = cursor.measure.lineHeight(HEADING_SIZE);
  cursor.advance(line * 0.8);
  // A heading is never the last line of a page.
  cursor.ensure(line * 3);
  cursor.paragraph(text, { size: HEADING_SIZE, bold: true });
  cursor.advance(2);
}

function totals(cursor: FlowCursor, counts: Counts, labels: SummaryLabels, format: LocaleFormat): void {
  const { frame } = cursor;
  const labelWidth = (frame.right - frame.left) * 0.55;
  const valueWidth = (frame.right - frame.left) * 0.2;
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
  row(labels.rows, format.number(counts.rows));
  row(labels.rejected, format.number(counts.rejected));
  for (const [reason, n] of Object.entries(counts.rejectReasons ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (n > 0) row(labels.rejectReasons[reason] ?? reason.replaceAll('_', ' '), format.number(n), { size: 8.5, indent: 14, color: GREY });
  }
  row(labels.accepted, format.number(counts.accepted));
  row(labels.duplicates, format.number(counts.duplicates));
  if (counts.firstSigned) row(labels.firstSigned, format.date(counts.firstSigned));
  if (counts.lastSigned) row(labels.lastSigned, format.date(counts.lastSigned));
}

function byUniqueThenKey([a, x]: [string, CountBucket], [b, y]: [string, CountBucket]): number {
  return y.unique - x.unique || (a < b ? -1 : a > b ? 1 : 0);
}

function shareRow(label: string, count: number, total: number, format: LocaleFormat, bold = false): TableRow {
  const share = total > 0 ? count / total : 0;
  return { cells: [label, format.number(count), format.percent(share)], bar: share, ...(bold ? { bold } : {}) };
}

/** The top countries by name, then the rest in one line, then signers who gave no country. */
function countryRows(counts: Counts, top: number, labels: SummaryLabels, format: LocaleFormat): TableRow[] {
  const known = Object.entries(counts.byCountry ?? {}).filter(([code, b]) => code !== UNKNOWN && b.unique > 0).sort(byUniqueThenKey);
  const shown = known.slice(0, Math.max(0, top));
  const rest = known.slice(shown.length);
  const rows = shown.map(([code, b]) => shareRow(format.country(code), b.unique, counts.unique, format));
  if (rest.length > 0) {
    const restTotal = rest.reduce((sum, [, b]) => sum + b.unique, 0);
    rows.push(shareRow(fillCount(labels.otherCountries, format.number(rest.length)), restTotal, counts.unique, format));
  }
  const unknown = counts.byCountry?.[UNKNOWN]?.unique ?? 0;
  if (unknown > 0) rows.push(shareRow(labels.unknownCountry, unknown, counts.unique, format));
  return rows;
}

function languageLabel(code: string, format: LocaleFormat): string {
  const name = format.languageName(code);
  return name === code ? code : `${name} (${code})`;
}

/** A long path keeps its file name: the folders are what gets cut. */
function shortPath(path: string, width: number, measure: TextMeasure): string {
  if (measure.widthOf(path, 9.5) <= width) return path;
  const name = path.split(/[\\/]/).pop() ?? path;
  return fitText(measure, name === path ? path : `…/${name}`, width, 9.5);
}
