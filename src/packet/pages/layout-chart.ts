// The signatures-over-time chart as vector items: bars per bucket, the cumulative line, two labelled axes, a legend.
import type { PageItem, TextMeasure } from './document-model.js';
import type { ChartSeries, ChartUnit } from './chart-buckets.js';
import type { LocaleFormat } from './locale-format.js';
import type { SummaryLabels } from './summary-labels.js';
import { niceScale } from './nice-scale.js';

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartContext {
  measure: TextMeasure;
  format: LocaleFormat;
  labels: Pick<SummaryLabels, 'per' | 'cumulative'>;
  /** Size of the tick, axis and legend labels (7.5 pt on a packet page; larger on a poster or a card). */
  labelSize?: number;
  /** Width of the cumulative line (1.5 pt on a packet page). */
  lineWidth?: number;
}

const DEFAULT_LABEL_SIZE = 7.5;
const BAR_COLOR = '#7fa7d1';
const LINE_COLOR = '#b03a2e';
const AXIS_COLOR = '#333333';
const GRID_COLOR = '#dddddd';
const TEXT_COLOR = '#333333';

const LABEL_FORMATS: Record<ChartUnit, Intl.DateTimeFormatOptions> = {
  day: { month: 'short', day: 'numeric', timeZone: 'UTC' },
  week: { month: 'short', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

function bucketLabeller(unit: ChartUnit, language: string): (start: string) => string {
  const format = new Intl.DateTimeFormat(language, LABEL_FORMATS[unit]);
  return (start) => format.format(new Date(`${start}T00:00:00Z`));
}

export function layoutChart(series: ChartSeries, box: ChartBox, { measure, format, labels, labelSize = DEFAULT_LABEL_SIZE, lineWidth = 1.5 }: ChartContext): PageItem[] {
  const scale = labelSize / DEFAULT_LABEL_SIZE;
  const items: PageItem[] = [];
  const labelLine = measure.lineHeight(labelSize);
  const { buckets } = series;
  const bars = niceScale(Math.max(0, ...buckets.map((b) => b.count)));
  const totals = niceScale(buckets.length > 0 ? buckets[buckets.length - 1].cumulative : 0);

  const leftLabels = bars.ticks.map((t) => format.number(t));
  const rightLabels = totals.ticks.map((t) => format.number(t));
  const leftGutter = Math.max(...leftLabels.map((l) => measure.widthOf(l, labelSize))) + 6;
  const rightGutter = Math.max(...rightLabels.map((l) => measure.widthOf(l, labelSize))) + 6;

  // Legend on top, x labels below, tick labels in the gutters.
  const legendY = box.y;
  const plot = {
    left: box.x + leftGutter,
    right: box.x + box.width - rightGutter,
    top: box.y + labelLine + 10,
    bottom: box.y + box.height - labelLine - 4,
  };
  const plotWidth = plot.right - plot.left;
  const plotHeight = plot.bottom - plot.top;

  items.push(...legend(box.x + leftGutter, legendY, labels.per[series.unit], labels.cumulative, measure, labelSize));

  bars.ticks.forEach((tick, index) => {
    const y = plot.bottom - (tick / bars.max) * plotHeight;
    if (tick > 0) items.push({ kind: 'line', x1: plot.left, y1: y, x2: plot.right, y2: y, lineWidth: 0.4, color: GRID_COLOR });
    items.push({ kind: 'text', x: box.x, y: y - labelLine / 2, width: leftGutter - 4, align: 'right', text: leftLabels[index], size: labelSize, color: TEXT_COLOR });
  });
  totals.ticks.forEach((tick, index) => {
    const y = plot.bottom - (tick / totals.max) * plotHeight;
    items.push({ kind: 'text', x: plot.right + 4, y: y - labelLine / 2, width: rightGutter - 4, align: 'left', text: rightLabels[index], size: labelSize, color: LINE_COLOR });
  });

  const slot = buckets.length > 0 ? plotWidth / buckets.length : plotWidth;
  // A bar wider than this reads as a block, not a day: one or two buckets stay slim.
  const barWidth = Math.min(36 * scale, Math.max(0.5, slot * (buckets.length > 100 ? 0.9 : 0.7)));
  buckets.forEach((bucket, index) => {
    if (bucket.count === 0) return;
    const height = (bucket.count / bars.max) * plotHeight;
    items.push({ kind: 'rect', x: plot.left + index * slot + (slot - barWidth) / 2, y: plot.bottom - height, width: barWidth, height, fill: BAR_COLOR });
  });

  if (buckets.length > 0) {
    const yOf = (value: number) => plot.bottom - (value / totals.max) * plotHeight;
    // One bucket has no slope to draw: a level stroke across its slot shows the total instead.
    const points: Array<[number, number]> = buckets.length === 1
      ? [[plot.left + slot * 0.1, yOf(buckets[0].cumulative)], [plot.left + slot * 0.9, yOf(buckets[0].cumulative)]]
      : buckets.map((b, i) => [plot.left + (i + 0.5) * slot, yOf(b.cumulative)]);
    items.push({ kind: 'polyline', points, lineWidth, color: LINE_COLOR });
  }

  items.push({ kind: 'line', x1: plot.left, y1: plot.top, x2: plot.left, y2: plot.bottom, lineWidth: 0.75, color: AXIS_COLOR });
  items.push({ kind: 'line', x1: plot.right, y1: plot.top, x2: plot.right, y2: plot.bottom, lineWidth: 0.75, color: LINE_COLOR });
  items.push({ kind: 'line', x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, lineWidth: 0.75, color: AXIS_COLOR });

  items.push(...xLabels(series, { left: plot.left, y: plot.bottom + 3, slot, from: box.x, to: box.x + box.width }, measure, format.language, labelSize));
  return items;
}

/** Where the date labels go: the plot's left edge, their top, one bucket's width, and the chart box's edges. */
interface LabelRow {
  left: number;
  y: number;
  slot: number;
  from: number;
  to: number;
}

/**
 * Labels under the bars, thinned so no two overlap; the last bucket is always labelled. Each is centred under its
 * bar but kept within the chart's box: the first and last bars sit near its edges, and a label as wide as a Korean
 * "10월 20일" would run out of it (off the card's margin, into the tick labels).
 */
function xLabels(series: ChartSeries, { left, y, slot, from, to }: LabelRow, measure: TextMeasure, language: string, labelSize: number): PageItem[] {
  const { buckets } = series;
  if (buckets.length === 0) return [];
  const label = bucketLabeller(series.unit, language);
  const texts = buckets.map((b) => label(b.start));
  const widest = Math.max(...texts.map((t) => measure.widthOf(t, labelSize)));
  const every = Math.max(1, Math.ceil((widest + 8) / slot));
  const items: PageItem[] = [];
  const chosen: number[] = [];
  for (let i = 0; i < buckets.length; i += every) chosen.push(i);
  const lastIndex = buckets.length - 1;
  if (chosen[chosen.length - 1] !== lastIndex) {
    // Make room for the last label by dropping the one that would collide with it.
    if (chosen.length > 1 && lastIndex - chosen[chosen.length - 1] < every) chosen.pop();
    chosen.push(lastIndex);
  }
  for (const i of chosen) {
    const center = left + (i + 0.5) * slot;
    const width = Math.min(measure.widthOf(texts[i], labelSize), to - from);
    const x = Math.min(Math.max(center - width / 2, from), to - width);
    items.push({ kind: 'line', x1: center, y1: y - 3, x2: center, y2: y - 1, lineWidth: 0.5, color: AXIS_COLOR });
    items.push({ kind: 'text', x, y, width, align: 'center', text: texts[i], size: labelSize, color: TEXT_COLOR });
  }
  return items;
}

function legend(x: number, y: number, barsLabel: string, lineLabel: string, measure: TextMeasure, labelSize: number): PageItem[] {
  const k = labelSize / DEFAULT_LABEL_SIZE;
  const swatch = 8 * k;
  const lineHeight = measure.lineHeight(labelSize);
  const middle = y + lineHeight / 2;
  const barsWidth = measure.widthOf(barsLabel, labelSize);
  const secondX = x + swatch + 4 * k + barsWidth + 16 * k;
  return [
    { kind: 'rect', x, y: middle - swatch / 2, width: swatch, height: swatch, fill: BAR_COLOR },
    { kind: 'text', x: x + swatch + 4 * k, y, text: barsLabel, size: labelSize, color: TEXT_COLOR },
    { kind: 'line', x1: secondX, y1: middle, x2: secondX + 14 * k, y2: middle, lineWidth: 1.5 * k, color: LINE_COLOR },
    { kind: 'text', x: secondX + 18 * k, y, text: lineLabel, size: labelSize, color: TEXT_COLOR },
  ];
}
