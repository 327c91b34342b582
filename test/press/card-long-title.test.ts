// A long title on a social card wraps, then shrinks: every word stays on the card, and nothing below it (the count,
// the delivery, the official) runs under the foot band, where the card would clip it. Checked on the layout's boxes
// with the real fonts and on the rendered pixels.
import { describe, expect, it } from '@jest/globals';
import { FontSet } from '../../src/packet/fonts/font-set.js';
import { fontMeasure } from '../../src/packet/fonts/font-measure.js';
import { CARD_SIZES, layoutCard, type CardShape } from '../../src/press/layout-press.js';
import { pageSvg } from '../../src/press/page-svg.js';
import { rasterizeSvg } from '../../src/press/rasterize-svg.js';
import type { PressFacts } from '../../src/press/press-facts.js';
import { factsWithTitle } from './card-facts.js';
import { inkShare, readPng } from './png.js';

const TITLES: Array<[string, string]> = [
  // The fixture's title: two lines at full size, which left no room for the official's second line.
  ['es', 'Detengan la devolución forzosa de los refugiados norcoreanos'],
  ['es', 'Detengan de inmediato la devolución forzosa de los refugiados norcoreanos detenidos en la República Popular China, garanticen al ACNUR un acceso pleno y sin demora a todas esas personas y permitan su viaje seguro a un tercer país'],
  ['ko', '탈북 난민 강제북송을 중단하고 유엔난민기구의 접근을 허용하십시오'],
  ['ko', '중국 내 탈북 난민에 대한 강제북송을 즉각 중단하고 유엔난민기구가 이들을 만나 보호 요청을 심사할 수 있도록 접근을 허용하며 원하는 사람이 자신들을 받아들이는 제3국으로 안전하게 이동할 수 있도록 보장하십시오'],
  ['de', 'Beenden Sie die Zwangsrückführung nordkoreanischer Flüchtlinge'],
  ['de', 'Beenden Sie sofort die Zwangsrückführung nordkoreanischer Flüchtlinge aus der Volksrepublik China, gewähren Sie dem Hohen Flüchtlingskommissar der Vereinten Nationen uneingeschränkten Zugang und ermöglichen Sie die sichere Ausreise in einen Drittstaat'],
];

/** The facts the fixture campaign's Spanish card had: a long delivery line and official under the count. */
function longFacts(language: string, title: string): PressFacts {
  const facts = factsWithTitle(title, language);
  return {
    ...facts,
    official: 'Xi Jinping, presidente de la República Popular China',
    words: {
      ...facts.words,
      deliveredTo: 'Dirigida a',
      delivery: 'Entregada en la Embajada de la República Popular China, Washington, D.C. · 10 de diciembre de 2026 · Día de los Derechos Humanos',
    },
  };
}

const FOOT = 64;
const NAVY: [number, number, number] = [0x1f, 0x2a, 0x44];

describe('a long title on a social card', () => {
  const fonts = FontSet.load();
  const measure = fontMeasure(fonts);

  it.each(TITLES.flatMap(([language, title]) => (['wide', 'square'] as CardShape[]).map((shape) => [language, shape, title] as const)))(
    '%s %s: the whole title is printed inside the card, and every line below it ends above the foot', async (language, shape, title) => {
      const size = CARD_SIZES[shape];
      const card = layoutCard(longFacts(language, title), shape, measure);
      expect(card.titleShortened).toBe(false);
      const texts = card.items.flatMap((item) => (item.kind === 'text' ? [item] : []));
      const titleLines = texts.filter((item) => item.color === '#ffffff' && item.bold && item.y < 300 && item.text !== 'Org');
      expect(titleLines.map((item) => item.text).join(' ').replace(/\s+/g, ' ')).toBe(title);
      for (const line of titleLines) expect(line.x + measure.widthOf(line.text, line.size, true)).toBeLessThanOrEqual(size.width);
      const footTop = size.height - FOOT;
      const body = texts.filter((item) => item.y < footTop && !titleLines.includes(item));
      for (const item of body) expect(item.y + measure.lineHeight(item.size)).toBeLessThanOrEqual(footTop);
      expect(body.some((item) => item.text.startsWith('Dirigida a: Xi Jinping'))).toBe(true);

      // On the pixels: the white strip just above the foot holds no ink (no line runs on under the band), and the
      // foot band is navy apart from the organizer's line.
      const { svg, fontFiles } = pageSvg(card, size, fonts);
      const png = await readPng(rasterizeSvg(svg, fontFiles));
      expect(inkShare(png, { x: 0, y: footTop - 6, width: size.width, height: 6 }, [255, 255, 255])).toBe(0);
      expect(inkShare(png, { x: 0, y: footTop + 2, width: size.width, height: 8 }, NAVY)).toBe(0);
    });
});
