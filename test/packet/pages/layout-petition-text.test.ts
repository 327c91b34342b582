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
    expect(languageCaption('en', 'ko')).toBe('English · 영어');
    expect(languageCaption('ko', 'ko')).toBe('한국어');
  });

  it('reflows the lines of a paragraph and keeps paragraphs apart', () => {
    const pages = layoutPetitionText({ language: 'ko', title: '강제북송 중단 청원', text: '첫째 줄\n둘째 줄\n\n새 문단' }, frame, fakeMeasure);
    const items = texts(pages);
    const y = (t: string) => items.find((i) => i.text === t)!.y;
    const line = fakeMeasure.lineHeight(11);
    expect(y('새 문단') - y('첫째 줄 둘째 줄')).toBeGreaterThan(line * 1.5);
  });

  it('joins the lines of a Chinese paragraph without a space', () => {
    const items = texts(layoutPetitionText({ language: 'zh', title: '请愿', text: '我们请求中国\n停止强制遣返。' }, frame, fakeMeasure));
    expect(items.map((i) => i.text)).toContain('我们请求中国停止强制遣返。');
  });

  it('gives numbered items a hanging indent: the marker in the margin, every line of the item beside it', () => {
    const text = 'We call on China to:\n1. stop the forced return of North Koreans to the DPRK;\n2. give the United Nations High Commissioner for Refugees access to North Koreans\n   in China, so that their claims for protection can be heard;\n10. let them go.';
    const items = texts(layoutPetitionText({ language: 'en', title: 'Petition', text }, frame, fakeMeasure));
    const markers = items.filter((i) => /^\d+\.$/.test(i.text));
    expect(markers.map((m) => m.text)).toEqual(['1.', '2.', '10.']);
    for (const marker of markers) expect(marker.x).toBe(frame.left);
    const itemLines = items.filter((i) => i.y >= markers[0].y && !/^\d+\.$/.test(i.text));
    expect(itemLines.length).toBeGreaterThan(3);
    const hang = itemLines[0].x;
    expect(hang).toBeGreaterThan(frame.left + fakeMeasure.widthOf('10.', 11));
    for (const line of itemLines) expect(line.x).toBe(hang);
    expect(itemLines.map((l) => l.text).join(' ')).toContain('North Koreans in China, so that');
    const continued = itemLines.find((l) => l.text.startsWith('in China') || l.text.includes(' in China'));
    expect(continued?.x).toBe(hang);
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
