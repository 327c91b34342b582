import { describe, it, expect } from '@jest/globals';
import type { LetterContent } from '../../../src/packet/letter/compose-letters.js';
import { layoutLetter } from '../../../src/packet/pages/layout-letter.js';
import { pageFrame } from '../../../src/packet/pages/page-frame.js';
import { fakeMeasure, texts } from './fake-measure.js';

const frame = pageFrame({ paper: 'A4', orientation: 'portrait' });

function letter(overrides: Partial<LetterContent> = {}): LetterContent {
  return {
    language: 'en',
    kind: 'cover-to-ambassador',
    letterhead: ['Coalition to Save North Korean Refugees', '1 Example Street, Seoul', 'info@example.org'],
    placeAndDate: 'Seoul, 10 December 2026',
    recipient: ['His Excellency Mr. Xing Haiming', 'Ambassador of the People\'s Republic of China', 'Seoul'],
    salutation: 'Your Excellency,',
    body: ['We write on behalf of 12,345 people who signed the enclosed petition.', 'We ask that refugees not be returned.'],
    closing: 'Yours respectfully,',
    signature: ['Kim Min-jun', 'Coordinator'],
    enclosures: ['Enclosures: petition text, signature list'],
    ...overrides,
  };
}

function yOf(pages: ReturnType<typeof layoutLetter>, text: string): { page: number; y: number } {
  for (const [page, model] of pages.entries()) {
    const item = model.items.find((i) => i.kind === 'text' && i.text === text);
    if (item && item.kind === 'text') return { page, y: item.y };
  }
  throw new Error(`"${text}" not laid out`);
}

describe('layoutLetter', () => {
  it('breaks the letterhead contact line between its parts, never inside a phone number', () => {
    for (let pad = 0; pad < 20; pad++) {
      const contact = `info@${'x'.repeat(60 + pad)}.example.org · +1 202 555 0100 · https://www.example.org/contact`;
      const pages = layoutLetter(letter({ letterhead: ['Coalition', contact] }), frame, fakeMeasure);
      const lines = pages[0].items.flatMap((i) => (i.kind === 'text' ? [i.text.replace(/\u00a0/gu, ' ')] : []));
      expect(lines.some((line) => line.includes('+1 202 555 0100'))).toBe(true);
    }
  });

  it('sets every part of the letter, in the order of a formal letter', () => {
    const pages = layoutLetter(letter(), frame, fakeMeasure);
    expect(pages).toHaveLength(1);
    const order = ['Coalition to Save North Korean Refugees', 'Seoul, 10 December 2026', 'His Excellency Mr. Xing Haiming', 'Your Excellency,',
      'We ask that refugees not be returned.', 'Yours respectfully,', 'Kim Min-jun', 'Coordinator', 'Enclosures: petition text, signature list'];
    const ys = order.map((t) => yOf(pages, t).y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('puts the date at the right and the letterhead in the middle; the recipient starts at the left margin', () => {
    const items = texts(layoutLetter(letter(), frame, fakeMeasure));
    expect(items.find((t) => t.text.startsWith('Seoul, 10'))?.align).toBe('right');
    expect(items.find((t) => t.text.startsWith('Coalition'))).toMatchObject({ align: 'center', bold: true });
    expect(items.find((t) => t.text.startsWith('His Excellency'))).toMatchObject({ align: 'left', x: frame.left });
  });

  it('leaves room for a handwritten signature between the closing and the typed name', () => {
    const pages = layoutLetter(letter(), frame, fakeMeasure);
    expect(yOf(pages, 'Kim Min-jun').y - yOf(pages, 'Yours respectfully,').y).toBeGreaterThan(40);
  });

  it('follows Korean custom: the date comes after the body, above the sender, who signs at the right', () => {
    const pages = layoutLetter(letter({
      language: 'ko', placeAndDate: '2026년 12월 10일', salutation: '존경하는 대사님께', body: ['본문입니다.'], closing: '삼가 올림', signature: ['김민준'],
    }), frame, fakeMeasure);
    expect(yOf(pages, '2026년 12월 10일').y).toBeGreaterThan(yOf(pages, '본문입니다.').y);
    expect(yOf(pages, '2026년 12월 10일').y).toBeLessThan(yOf(pages, '김민준').y);
    expect(texts(pages).find((t) => t.text === '김민준')?.align).toBe('right');
  });

  it('follows Chinese custom: the date comes under the signature', () => {
    const pages = layoutLetter(letter({ language: 'zh-CN', placeAndDate: '2026年12月10日', signature: ['金敏俊'] }), frame, fakeMeasure);
    expect(yOf(pages, '2026年12月10日').y).toBeGreaterThan(yOf(pages, '金敏俊').y);
  });

  it('mirrors the page for a right-to-left language', () => {
    const items = texts(layoutLetter(letter({ language: 'ar', salutation: 'سعادة السفير' }), frame, fakeMeasure));
    expect(items.find((t) => t.text === 'سعادة السفير')?.align).toBe('right');
    expect(items.find((t) => t.text.startsWith('Seoul, 10'))?.align).toBe('left');
  });

  it('flows a long letter onto more pages and keeps the closing with the signature', () => {
    const body = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}: ${'many words in a long letter '.repeat(6)}`);
    const pages = layoutLetter(letter({ body }), frame, fakeMeasure);
    expect(pages.length).toBeGreaterThan(2);
    expect(yOf(pages, 'Yours respectfully,').page).toBe(yOf(pages, 'Kim Min-jun').page);
    for (const page of pages) {
      for (const t of page.items.filter((i) => i.kind === 'text')) {
        expect(t.y + fakeMeasure.lineHeight(t.size)).toBeLessThanOrEqual(frame.bottom + 0.01);
      }
    }
  });

  it('keeps every line inside the margins', () => {
    const pages = layoutLetter(letter({ body: ['A sentence that runs on and on '.repeat(20)] }), frame, fakeMeasure);
    for (const t of texts(pages)) {
      expect(t.x).toBeGreaterThanOrEqual(frame.left);
      expect(fakeMeasure.widthOf(t.text, t.size, t.bold)).toBeLessThanOrEqual(frame.right - frame.left + 0.01);
    }
  });
});
