import { describe, it, expect } from '@jest/globals';
import { languageCaption, layoutPetitionText } from '../../../src/packet/pages/layout-petition-text.js';
import { pageFrame } from '../../../src/packet/pages/page-frame.js';
import { fakeMeasure, textOf, texts } from './fake-measure.js';

const frame = pageFrame({ paper: 'A4', orientation: 'portrait' });

describe('layoutPetitionText', () => {
  it('names the language in itself and in English', () => {
    expect(languageCaption('ko')).toBe('한국어 · Korean');
    expect(languageCaption('en')).toBe('English');
    expect(languageCaption('de')).toBe('Deutsch · German');
  });

  it('keeps paragraphs apart and line breaks inside them', () => {
    const pages = layoutPetitionText({ language: 'ko', title: '강제북송 중단 청원', text: '첫째 줄\n둘째 줄\n\n새 문단' }, frame, fakeMeasure);
    const items = texts(pages);
    const y = (t: string) => items.find((i) => i.text === t)!.y;
    const line = fakeMeasure.lineHeight(11);
    expect(y('둘째 줄') - y('첫째 줄')).toBeCloseTo(line);
    expect(y('새 문단') - y('둘째 줄')).toBeGreaterThan(line * 1.5);
  });

  it('runs a long text over pages, each later page saying what it is', () => {
    const text = Array.from({ length: 80 }, (_, i) => `Paragraph ${i}. ${'We call on the government to stop. '.repeat(5)}`).join('\n\n');
    const pages = layoutPetitionText({ language: 'en', title: 'Stop forced repatriation', text }, frame, fakeMeasure);
    expect(pages.length).toBeGreaterThan(2);
    expect(textOf(pages).filter((t) => t === 'Stop forced repatriation · English')).toHaveLength(pages.length - 1);
  });

  it('aligns a right-to-left text to the right', () => {
    const items = texts(layoutPetitionText({ language: 'he', title: 'עצומה', text: 'אנו קוראים' }, frame, fakeMeasure));
    expect(items.find((t) => t.text === 'אנו קוראים')?.align).toBe('right');
  });
});
