// Every script in a title must print on the cards: Korean and Chinese titles are drawn in glyphs, not in tofu boxes.
import { describe, expect, it } from '@jest/globals';
import { FontSet } from '../../src/packet/fonts/font-set.js';
import { fontMeasure } from '../../src/packet/fonts/font-measure.js';
import { fontFilePath } from '../../src/packet/fonts/font-files.js';
import { CARD_SIZES, layoutCard } from '../../src/press/layout-press.js';
import { pageSvg } from '../../src/press/page-svg.js';
import { rasterizeSvg } from '../../src/press/rasterize-svg.js';
import { factsWithTitle } from './card-facts.js';
import { inkShare, readPng, type Pixels } from './png.js';


/** The title's line in the band of the wide card (white on navy). */
const TITLE_BOX = { x: 48, y: 70, width: 760, height: 60 };
const NAVY: [number, number, number] = [0x1f, 0x2a, 0x44];

/** Share of the box's pixels that differ between two renders. */
function differing(a: Pixels, b: Pixels, box: typeof TITLE_BOX): number {
  let differ = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]) > 90) differ++;
    }
  }
  return differ / (box.width * box.height);
}

describe('card titles in every script', () => {
  const fonts = FontSet.load();
  const measure = fontMeasure(fonts);

  it.each([
    ['ko', '탈북 난민 강제북송을 중단하십시오'],
    ['zh', '停止强制遣返朝鲜难民'],
  ])('a %s title prints in its own glyphs, not the .notdef boxes of a font without them', async (language, title) => {
    const { svg, fontFiles } = pageSvg(layoutCard(factsWithTitle(title, language), 'wide', measure), CARD_SIZES.wide, fonts);
    expect(fontFiles.some((file) => /NotoSans(KR|Hans)-Bold/.test(file))).toBe(true);
    const ours = await readPng(rasterizeSvg(svg, fontFiles));
    expect(inkShare(ours, TITLE_BOX, NAVY)).toBeGreaterThan(0.08);

    // The same card drawn with the Latin face alone: every Hangul or Han letter becomes its .notdef box.
    const latinOnly = [fontFilePath('latin', false), fontFilePath('latin', true)];
    const tofuSvg = svg.replace(/font-family="[^"]*"/g, 'font-family="Noto Sans"');
    const tofu = await readPng(rasterizeSvg(tofuSvg, latinOnly));
    expect(inkShare(tofu, TITLE_BOX, NAVY)).toBeGreaterThan(0.02);
    expect(differing(ours, tofu, TITLE_BOX)).toBeGreaterThan(0.05);
  });

  it('the same title gives the same PNG bytes twice', () => {
    const { svg, fontFiles } = pageSvg(layoutCard(factsWithTitle('停止强制遣返朝鲜难民', 'zh'), 'square', measure), CARD_SIZES.square, fonts);
    expect(rasterizeSvg(svg, fontFiles).equals(rasterizeSvg(svg, fontFiles))).toBe(true);
  });

  it.each(['wide', 'square'] as const)('a title too long for the %s card is shortened with "…", and the delivery facts stay above the footer', (shape) => {
    const long = factsWithTitle(`${'Stop the forced return of North Korean refugees and let them go where they choose. '.repeat(7)}End`, 'en');
    const facts = { ...long, words: { ...long.words, delivery: '10 December 2026 · New York · Human Rights Day', deliveredTo: 'Delivered to' } };
    const card = layoutCard(facts, shape, measure);
    expect(card.titleShortened).toBe(true);
    const texts = card.items.filter((item) => item.kind === 'text') as Array<{ text: string; y: number; size: number }>;
    const footTop = CARD_SIZES[shape].height - 64;
    const delivery = texts.find((item) => item.text.includes('Human Rights Day'));
    const official = texts.find((item) => item.text.includes('The official'));
    expect(delivery).toBeDefined();
    expect(official).toBeDefined();
    for (const item of [delivery!, official!, ...texts.filter((t) => t.text.includes('countries'))]) expect(item.y + item.size).toBeLessThan(footTop);
    expect(texts.some((item) => item.text.endsWith('…'))).toBe(true);
    expect(layoutCard(factsWithTitle('Stop forced returns', 'en'), shape, measure).titleShortened).toBe(false);
  });
});
