// Bengali and Devanagari titles on a card keep the space between their words, as the poster does (adv15b N10): the
// card draws shaped runs from the same shaping the layout measured.
import { describe, expect, it } from '@jest/globals';
import { FontSet } from '../../src/packet/fonts/font-set.js';
import { fontMeasure } from '../../src/packet/fonts/font-measure.js';
import { chartBuckets } from '../../src/packet/pages/chart-buckets.js';
import { summaryLabels } from '../../src/packet/pages/summary-labels.js';
import { CARD_SIZES, layoutCard } from '../../src/press/layout-press.js';
import { pageSvg } from '../../src/press/page-svg.js';
import { rasterizeSvg } from '../../src/press/rasterize-svg.js';
import type { PressFacts } from '../../src/press/press-facts.js';
import { readPng, type Pixels } from './png.js';

function factsWithTitle(title: string, language: string): PressFacts {
  const day = (unique: number) => ({ rows: unique, rejected: 0, accepted: unique, duplicates: 0, unique });
  return {
    language, title, signers: 12, count: '12', countries: 3, topCountries: [], leaders: null, onlyCountry: null, period: null, official: 'The official', embassy: null,
    place: 'Seoul', date: '10 December 2026', occasion: null, organization: 'Org', contact: 'c', url: null, qrUrl: null, printedUrl: null, quote: null, summary: null, followUp: null,
    series: chartBuckets({ '2026-11-01': day(4), '2026-11-02': day(8) }),
    words: { kicker: 'PETITION', signed: 'people signed', countries: 'from 3 countries', period: '', topCountries: '', deliveredTo: '', delivery: '10 December 2026', organizer: 'Org', scan: '', chart: '' },
    chartLabels: summaryLabels('en'),
  };
}

const NAVY: [number, number, number] = [0x1f, 0x2a, 0x44];

/** Runs of blank columns between the first and the last inked column of a band: the gaps between words. */
function wordGaps(pixels: Pixels, band: { y: number; height: number }, minWidth: number): number {
  const inked: boolean[] = [];
  for (let x = 0; x < pixels.width; x++) {
    let ink = false;
    for (let y = band.y; y < band.y + band.height && !ink; y++) {
      const i = (y * pixels.width + x) * 4;
      ink = Math.abs(pixels.data[i] - NAVY[0]) + Math.abs(pixels.data[i + 1] - NAVY[1]) + Math.abs(pixels.data[i + 2] - NAVY[2]) > 150;
    }
    inked.push(ink);
  }
  const first = inked.indexOf(true);
  const last = inked.lastIndexOf(true);
  let gaps = 0;
  let blank = 0;
  for (let x = first; x <= last; x++) {
    if (inked[x]) {
      if (blank >= minWidth) gaps++;
      blank = 0;
    } else blank++;
  }
  return gaps;
}

describe('an Indic title on a card', () => {
  const fonts = FontSet.load();
  const measure = fontMeasure(fonts);

  it.each([
    ['bn', 'বাংলা ক্ষমা', 1],
    ['hi', 'हिन्दी क्षेत्र धर्म', 2],
  ])('%s: the words of "%s" stay apart', async (language, title, spaces) => {
    const card = layoutCard(factsWithTitle(title, language), 'wide', measure);
    const item = card.items.find((i) => i.kind === 'text' && i.text === title) as { y: number; size: number } | undefined;
    expect(item).toBeDefined();
    const { svg, fontFiles } = pageSvg(card, CARD_SIZES.wide, fonts);
    const png = await readPng(rasterizeSvg(svg, fontFiles));
    expect(wordGaps(png, { y: Math.round(item!.y), height: Math.round(item!.size * 1.2) }, Math.round(item!.size * 0.18))).toBe(spaces);
  });
});
