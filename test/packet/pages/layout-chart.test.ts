import { describe, it, expect } from '@jest/globals';
import type { ChartSeries } from '../../../src/packet/pages/chart-buckets.js';
import type { TextItem } from '../../../src/packet/pages/document-model.js';
import { layoutChart } from '../../../src/packet/pages/layout-chart.js';
import { localeFormat } from '../../../src/packet/pages/locale-format.js';
import { summaryLabels } from '../../../src/packet/pages/summary-labels.js';
import { fakeMeasure } from './fake-measure.js';
import { FontSet } from '../../../src/packet/fonts/font-set.js';
import { fontMeasure } from '../../../src/packet/fonts/font-measure.js';

const box = { x: 68, y: 300, width: 459, height: 150 };
const context = { measure: fakeMeasure, format: localeFormat('en'), labels: summaryLabels('en') };

function daily(count: number): ChartSeries {
  let cumulative = 0;
  const buckets = Array.from({ length: count }, (_, i) => {
    const n = 10 + (i % 4) * 5;
    cumulative += n;
    return { start: new Date(Date.UTC(2026, 9, 1) + i * 86_400_000).toISOString().slice(0, 10), count: n, cumulative };
  });
  return { unit: 'day', buckets, undated: 0 };
}

describe('layoutChart', () => {
  it('keeps every bar and the line inside its box', () => {
    const items = layoutChart(daily(40), box, context);
    for (const item of items) {
      if (item.kind === 'rect') {
        expect(item.x).toBeGreaterThanOrEqual(box.x);
        expect(item.x + item.width).toBeLessThanOrEqual(box.x + box.width);
        expect(item.y + item.height).toBeLessThanOrEqual(box.y + box.height);
      }
      if (item.kind === 'polyline') {
        for (const [x, y] of item.points) {
          expect(x).toBeGreaterThanOrEqual(box.x);
          expect(x).toBeLessThanOrEqual(box.x + box.width);
          expect(y).toBeGreaterThanOrEqual(box.y);
        }
      }
    }
  });

  it('thins the date labels under many bars so none overlap, and always labels the last one', () => {
    const items = layoutChart(daily(62), box, context);
    const axisBottom = Math.max(...items.filter((i) => i.kind === 'line').map((i) => (i.kind === 'line' ? i.y2 : 0)));
    const labels = items.filter((i): i is TextItem => i.kind === 'text' && i.y >= axisBottom);
    expect(labels.length).toBeGreaterThan(3);
    expect(labels.length).toBeLessThan(62);
    expect(labels[labels.length - 1].text).toBe('1 Dec');
    const spans = labels.map((l) => {
      const center = l.x + (l.width ?? 0) / 2;
      const half = fakeMeasure.widthOf(l.text, l.size) / 2;
      return [center - half, center + half];
    }).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
  });

  // A 45-day Korean kit: "10월 20일" under the first bar and "12월 3일" under the last ran past the chart's edges
  // (on the square card, left of the axis labels and off the card's margin).
  it.each([
    ['wide card', { x: 610, y: 190, width: 530, height: 340 }, 15],
    ['square card', { x: 60, y: 600, width: 960, height: 290 }, 17],
    ['packet page', box, 7.5],
  ])('keeps the first and last date labels of a 45-day Korean chart inside its box (%s)', (_where, chartBox, labelSize) => {
    const measure = fontMeasure(FontSet.load());
    const series = { ...daily(45), buckets: daily(45).buckets.map((b, i) => ({ ...b, start: new Date(Date.UTC(2026, 9, 20) + i * 86_400_000).toISOString().slice(0, 10) })) };
    const items = layoutChart(series, chartBox, { measure, format: localeFormat('ko'), labels: summaryLabels('ko'), labelSize });
    const texts = items.filter((i): i is TextItem => i.kind === 'text');
    expect(texts.some((t) => t.text === '10월 20일')).toBe(true);
    expect(texts.some((t) => t.text === '12월 3일')).toBe(true);
    for (const text of texts) {
      const inked = Math.min(measure.widthOf(text.text, text.size), text.width ?? Infinity);
      const slack = text.width === undefined ? 0 : text.width - inked;
      const left = text.x + (text.align === 'center' ? slack / 2 : text.align === 'right' ? slack : 0);
      expect(left).toBeGreaterThanOrEqual(chartBox.x - 0.01);
      expect(left + inked).toBeLessThanOrEqual(chartBox.x + chartBox.width + 0.01);
    }
  });

  it('shows a single day as one slim bar with a visible level for the total', () => {
    const items = layoutChart(daily(1), box, context);
    const bars = items.filter((i) => i.kind === 'rect' && i.height > 8); // the legend's swatch is 8 high
    expect(bars).toHaveLength(1);
    expect(bars[0].kind === 'rect' && bars[0].width).toBeLessThanOrEqual(36);
    const line = items.find((i) => i.kind === 'polyline');
    expect(line?.kind === 'polyline' && line.points.length).toBe(2);
    expect(line?.kind === 'polyline' && line.points[0][1]).toBe(line?.kind === 'polyline' && line.points[1][1]);
  });

  it('labels both axes with round numbers in the page language', () => {
    const series: ChartSeries = {
      unit: 'day', undated: 0,
      buckets: [1, 2, 3, 4].map((i) => ({ start: `2026-12-0${i}`, count: 2500, cumulative: 2500 * i })),
    };
    const texts = layoutChart(series, box, { ...context, format: localeFormat('de') }).filter((i): i is TextItem => i.kind === 'text').map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['0', '500', '2.500', '10.000', '1. Dez.', '4. Dez.']));
    expect(texts).toEqual(expect.arrayContaining(['New signers per day', 'Cumulative total']));
  });
});
