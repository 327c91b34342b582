// The poster page and the two social cards as page models: pure layout over the press facts. The poster is in
// points on A3/Tabloid/A4/Letter; the cards are in pixels (1200 × 630, 1080 × 1080). Drawn by draw-pages (PDF) and
// page-svg (SVG → PNG) alike.
import type { PageItem, PageModel, TextMeasure } from '../packet/pages/document-model.js';
import { layoutChart } from '../packet/pages/layout-chart.js';
import { localeFormat } from '../packet/pages/locale-format.js';
import { fillCount, pluralForm } from '../packet/pages/summary-labels.js';
import type { PressFacts } from './press-facts.js';
import { qrItems } from './qr-items.js';
import { paragraphDirection } from '../packet/fonts/visual-runs.js';

const NAVY = '#1f2a44';
const GOLD = '#f2c14e';
const RED = '#b03a2e';
const INK = '#111111';
const GREY = '#4b5563';
const PALE = '#e5e7eb';

/** Text placed line by line from the top, each block wrapped in its box and shrunk until it fits its line limit. */
class Column {
  readonly items: PageItem[] = [];
  /** Whether a block was cut to its line limit and ended with "…" (`ellipsize`). */
  shortened = false;

  constructor(readonly measure: TextMeasure, readonly x: number, readonly width: number, public y: number) {}

  /** Wraps `text` at `size` (smaller, down to 60%, until it takes at most `maxLines`), returns the lines' height. */
  text(text: string, options: { size: number; bold?: boolean; color?: string; align?: 'left' | 'center' | 'right'; maxLines?: number; leading?: number; ellipsize?: boolean; smallest?: number }): number {
    if (text === '') return 0;
    const maxLines = options.maxLines ?? 3;
    let size = options.size;
    let lines = this.measure.wrap(text, this.width, size, options.bold);
    while (lines.length > maxLines && size > options.size * (options.smallest ?? 0.6)) {
      size *= 0.92;
      lines = this.measure.wrap(text, this.width, size, options.bold);
    }
    const lineHeight = this.measure.lineHeight(size) * (options.leading ?? 1);
    if (options.ellipsize && lines.length > maxLines) {
      lines = [...lines.slice(0, maxLines - 1), this.ellipsized(lines[maxLines - 1], size, options.bold)];
      this.shortened = true;
    }
    // Text that still does not fit at 60% keeps all its lines (unless `ellipsize`): a longer block beats a lost word.
    // Lines are wrapped in logical order; each is then drawn with the whole text's direction, so a line that starts
    // in Arabic inside a left-to-right title keeps its phrases in the title's order.
    const direction = lines.length > 1 ? paragraphDirection(text) : undefined;
    for (const line of lines) {
      this.items.push({
        kind: 'text', x: this.x, y: this.y, width: this.width, align: options.align ?? 'left', text: line, size,
        ...(options.bold ? { bold: true } : {}), color: options.color ?? INK, ...(direction ? { direction } : {}),
      });
      this.y += lineHeight;
    }
    return lines.length * lineHeight;
  }

  /** `line` cut at its end until it and "…" fit the column. */
  private ellipsized(line: string, size: number, bold?: boolean): string {
    const chars = [...line];
    while (chars.length > 0 && this.measure.widthOf(`${chars.join('').trimEnd()}…`, size, bold) > this.width) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  }

  /** The largest size up to `max` at which `text` fits the column on one line. */
  fittedSize(text: string, max: number, bold = true): number {
    const width = this.measure.widthOf(text, 1, bold);
    return width > 0 ? Math.min(max, this.width / width) : max;
  }

  gap(points: number): void {
    this.y += points;
  }

  rule(color = PALE, lineWidth = 1): void {
    this.items.push({ kind: 'line', x1: this.x, y1: this.y, x2: this.x + this.width, y2: this.y, lineWidth, color });
  }
}

/**
 * The title band across the top: kicker and title in white on navy. Returns its items and height. The title wraps to
 * `lines`, shrinking to 75% to stay there; a longer one takes `moreLines` (the body below gives way), shrinking to 45%;
 * only a title longer still is cut with "…": the facts under it must stay on the page.
 */
function titleBand(facts: PressFacts, measure: TextMeasure, width: number, margin: number, sizes: { kicker: number; title: number; lines: number; moreLines?: number }): { items: PageItem[]; height: number; shortened: boolean } {
  const column = new Column(measure, margin, width - 2 * margin, margin * 0.8);
  column.text(facts.words.kicker, { size: sizes.kicker, bold: true, color: GOLD, maxLines: 1 });
  column.gap(sizes.kicker * 0.35);
  const moreLines = sizes.moreLines ?? sizes.lines;
  const probe = new Column(measure, 0, column.width, 0);
  probe.text(facts.title, { size: sizes.title, bold: true, maxLines: sizes.lines, smallest: 0.75 });
  const fitsItsLines = probe.items.length <= sizes.lines;
  column.text(facts.title, fitsItsLines
    ? { size: sizes.title, bold: true, color: '#ffffff', maxLines: sizes.lines, leading: 1.05, smallest: 0.75 }
    : { size: sizes.title, bold: true, color: '#ffffff', maxLines: moreLines, leading: 1.05, ellipsize: true, smallest: moreLines > sizes.lines ? 0.45 : 0.6 });
  const height = column.y + margin * 0.6;
  return { items: [{ kind: 'rect', x: 0, y: 0, width, height, fill: NAVY }, ...column.items], height, shortened: column.shortened };
}

/** The count, large, with "people signed" and the countries under it. */
function countBlock(column: Column, facts: PressFacts, sizes: { count: number; signed: number; countries: number; period?: number }, align: 'left' | 'center'): void {
  const count = column.fittedSize(facts.count, sizes.count);
  column.text(facts.count, { size: count, bold: true, color: RED, align, maxLines: 1, leading: 0.95 });
  column.text(facts.words.signed, { size: sizes.signed, bold: true, color: INK, align, maxLines: 2 });
  if (facts.countries > 0) column.text(facts.words.countries, { size: sizes.countries, color: GREY, align, maxLines: 2 });
  if (sizes.period && facts.period) column.text(facts.words.period, { size: sizes.period, color: GREY, align, maxLines: 1 });
}

/** The chart of signatures over time, the summary's, with larger labels. */
function chartBlock(column: Column, facts: PressFacts, height: number, labelSize: number): void {
  if (facts.series.buckets.length === 0) return;
  const format = localeFormat(facts.language);
  const { undated } = facts.series;
  // Signatures without a date are in the count but not in the chart: one line under it says how many.
  const note = undated > 0 ? fillCount(pluralForm(facts.chartLabels.undated, undated, facts.language), format.number(undated)) : '';
  const noteHeight = note ? column.measure.lineHeight(labelSize) + labelSize * 0.5 : 0;
  column.items.push(...layoutChart(facts.series, { x: column.x, y: column.y, width: column.width, height: height - noteHeight }, {
    measure: column.measure, format, labels: facts.chartLabels, labelSize, lineWidth: labelSize * 0.3,
  }));
  column.y += height - noteHeight;
  if (note) {
    column.y += labelSize * 0.5;
    column.text(note, { size: labelSize, color: GREY, maxLines: 1, ellipsize: true });
  }
}

function deliveryBlock(column: Column, facts: PressFacts, sizes: { label: number; official: number; line: number }, align: 'left' | 'center' = 'left'): void {
  column.text(facts.words.deliveredTo, { size: sizes.label, bold: true, color: GREY, align, maxLines: 1 });
  column.text(facts.official, { size: sizes.official, bold: true, color: NAVY, align, maxLines: 3 });
  column.text(facts.words.delivery, { size: sizes.line, color: INK, align, maxLines: 2 });
}

export interface PosterFrame {
  width: number;
  height: number;
}

/** The poster: one page whatever the lengths (every block shrinks to its line limit, the count and the chart to the room left). */
export function layoutPoster(facts: PressFacts, page: PosterFrame, measure: TextMeasure): PressPage {
  const s = Math.min(page.width / 841.89, page.height / 1190.55); // sizes are chosen for A3 and scaled
  const margin = 56 * s;
  const band = titleBand(facts, measure, page.width, margin, { kicker: 18 * s, title: 50 * s, lines: 5 });
  const width = page.width - 2 * margin;
  const qrSize = facts.qrUrl ? 118 * s : 0;
  const footTop = page.height - margin - Math.max(qrSize, 44 * s);

  // Measure every block but the count and the chart, then share the room left between those two.
  const countSizes = { signed: 44 * s, countries: 28 * s, period: 20 * s };
  const probe = new Column(measure, 0, width, 0);
  countBlock(probe, facts, { count: 0.01, ...countSizes }, 'center');
  const countLines = probe.y;
  // No dated signature, no chart: its heading goes too, and the count takes the room.
  const hasChart = facts.series.buckets.length > 0;
  const chartHeading = hasChart ? measure.lineHeight(18 * s) + 8 * s : 0;
  const lower = lowerHeight(facts, measure, width, s);
  const room = footTop - band.height - 24 * s - countLines - chartHeading - lower;
  const fits = new Column(measure, margin, width, 0).fittedSize(facts.count, 250 * s);
  const chartHeight = hasChart ? Math.max(130 * s, Math.min(page.height * 0.3, room * 0.5)) : 0;
  const countSize = Math.max(60 * s, Math.min(fits, (room - chartHeight) / 1.19));
  // What neither needs is spread between the blocks.
  const spare = Math.max(0, room - countSize * 1.19 - chartHeight) / 4;

  const column = new Column(measure, margin, width, band.height + 24 * s + spare);
  countBlock(column, facts, { count: countSize, ...countSizes }, 'center');
  column.gap(spare);
  if (hasChart) {
    column.text(facts.words.chart, { size: 18 * s, bold: true, color: INK, maxLines: 1 });
    column.gap(8 * s);
    chartBlock(column, facts, chartHeight, 12 * s);
  }
  column.gap(28 * s + spare);
  if (facts.topCountries.length > 0) {
    column.text(facts.words.topCountries, { size: 16 * s, bold: true, color: GREY, maxLines: 1 });
    column.text(facts.topCountries.join(' · '), { size: 24 * s, color: INK, maxLines: 2 });
    column.gap(20 * s);
  }
  column.rule(PALE, 1.5 * s);
  column.gap(18 * s);
  deliveryBlock(column, facts, { label: 16 * s, official: 26 * s, line: 22 * s });

  const foot = new Column(measure, margin, width - (qrSize ? qrSize + 24 * s : 0), footTop + (qrSize ? qrSize - 44 * s : 0));
  foot.rule(NAVY, 3 * s);
  foot.gap(12 * s);
  foot.text(facts.words.organizer, { size: 20 * s, bold: true, color: NAVY, maxLines: 1 });
  if (facts.printedUrl) foot.text(facts.printedUrl, { size: 13 * s, color: GREY, maxLines: 1 });
  const items = [...band.items, ...column.items, ...foot.items];
  if (facts.qrUrl) {
    const qrX = page.width - margin - qrSize;
    items.push(...qrItems(facts.qrUrl, qrX, footTop, qrSize));
    items.push({ kind: 'text', x: qrX, y: footTop - 22 * s, width: qrSize, align: 'center', text: facts.words.scan, size: 13 * s, bold: true, color: NAVY });
  }
  return { items, titleShortened: band.shortened };
}

/** The countries and delivery blocks with the gaps around them, as laid out under the chart. */
function lowerHeight(facts: PressFacts, measure: TextMeasure, width: number, s: number): number {
  const probe = new Column(measure, 0, width, 0);
  probe.gap(28 * s);
  if (facts.topCountries.length > 0) {
    probe.text(facts.words.topCountries, { size: 16 * s, bold: true, maxLines: 1 });
    probe.text(facts.topCountries.join(' · '), { size: 24 * s, maxLines: 2 });
    probe.gap(20 * s);
  }
  probe.gap(18 * s);
  deliveryBlock(probe, facts, { label: 16 * s, official: 26 * s, line: 22 * s });
  return probe.y + 24 * s;
}

export type CardShape = 'wide' | 'square';

export const CARD_SIZES: Record<CardShape, PosterFrame> = {
  wide: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
};

/** A press page and whether its title had to be cut to fit ("…"), which the organizer is told. */
export interface PressPage extends PageModel {
  titleShortened: boolean;
}

/** A social card in pixels: the title band, the count, the chart, the delivery and the organizer. */
export function layoutCard(facts: PressFacts, shape: CardShape, measure: TextMeasure): PressPage {
  const { width, height } = CARD_SIZES[shape];
  const margin = shape === 'wide' ? 48 : 60;
  const items: PageItem[] = [{ kind: 'rect', x: 0, y: 0, width, height, fill: '#ffffff' }];
  const band = titleBand(facts, measure, width, margin, shape === 'wide' ? { kicker: 20, title: 44, lines: 2, moreLines: 3 } : { kicker: 24, title: 58, lines: 3, moreLines: 4 });
  items.push(...band.items);
  const footHeight = 64;
  const footTop = height - footHeight;
  // The body between the band and the foot: laid out at full size, then smaller until its last line ends above the
  // foot (a long title, official or delivery line takes room; nothing may run under the foot and be lost).
  const room = footTop - 12;
  let body = cardBody(facts, shape, measure, band.height, footTop, margin, 1);
  for (let scale = 0.92; body.bottom > room && scale > 0.4; scale *= 0.92) body = cardBody(facts, shape, measure, band.height, footTop, margin, scale);
  items.push(...body.items);
  items.push({ kind: 'rect', x: 0, y: footTop, width, height: footHeight, fill: NAVY });
  const foot = new Column(measure, margin, width - 2 * margin, footTop + (footHeight - 24 * 1.25) / 2);
  foot.text(facts.printedUrl ? `${facts.words.organizer} · ${facts.printedUrl}` : facts.words.organizer, { size: 24, bold: true, color: '#ffffff', maxLines: 1 });
  items.push(...foot.items);
  return { items: items.map((item) => (item.kind === 'text' ? { ...item, text: withoutFlags(item.text) } : item)), titleShortened: band.shortened };
}

/** The card's body at `scale` of its sizes: its items and where its lowest text ends. */
function cardBody(facts: PressFacts, shape: CardShape, measure: TextMeasure, top: number, footTop: number, margin: number, scale: number): { items: PageItem[]; bottom: number } {
  const { width } = CARD_SIZES[shape];
  const k = (size: number) => size * scale;
  if (shape === 'wide') {
    const left = new Column(measure, margin, 520, top + k(26));
    countBlock(left, facts, { count: k(128), signed: k(34), countries: k(26) }, 'left');
    left.gap(k(14));
    left.text(facts.words.delivery, { size: k(22), color: INK, maxLines: 2 });
    left.gap(k(6));
    left.text(`${facts.words.deliveredTo}: ${facts.official}`, { size: k(19), color: GREY, maxLines: 2 });
    const right = new Column(measure, margin + 560, width - 2 * margin - 560, top + k(34));
    chartBlock(right, facts, Math.max(k(120), footTop - right.y - 28), k(15));
    return { items: [...left.items, ...right.items], bottom: Math.max(left.y, right.y) };
  }
  const column = new Column(measure, margin, width - 2 * margin, top + k(30));
  // A title of two or three lines leaves less room: the count gives way so the chart keeps its height.
  countBlock(column, facts, { count: k(top > 220 ? 150 : 210), signed: k(46), countries: k(32) }, 'center');
  column.gap(k(24));
  const probe = new Column(measure, 0, column.width, 0);
  probe.text(facts.words.delivery, { size: k(30), maxLines: 2 });
  probe.text(`${facts.words.deliveredTo}: ${facts.official}`, { size: k(24), maxLines: 2 });
  const chartHeight = Math.max(k(140), footTop - column.y - probe.y - k(56));
  chartBlock(column, facts, chartHeight, k(17));
  column.gap(k(22));
  column.text(facts.words.delivery, { size: k(30), color: INK, align: 'center', maxLines: 2 });
  column.gap(k(4));
  column.text(`${facts.words.deliveredTo}: ${facts.official}`, { size: k(24), color: GREY, align: 'center', maxLines: 2 });
  return { items: column.items, bottom: column.y };
}

/**
 * Emoji flags (pairs of regional indicators) have no glyph in the fonts the cards are drawn with and would print as
 * boxes: they are left out of card text, with the space one leaves behind.
 */
export function withoutFlags(text: string): string {
  return text.replace(/[\u{1F1E6}-\u{1F1FF}]+/gu, ' ').replace(/ {2,}/g, ' ').trim();
}
