import { describe, it, expect } from '@jest/globals';
import { layoutSummary } from '../../../src/packet/pages/layout-summary.js';
import { pageFrame } from '../../../src/packet/pages/page-frame.js';
import { fakeMeasure, itemsOfKind, textOf, texts } from './fake-measure.js';
import { bucket, sampleCounts } from './sample-counts.js';

const frame = pageFrame({ paper: 'A4', orientation: 'portrait' });
const base = { title: 'Stop forced repatriation', target: 'Ambassador of the People\'s Republic of China' };

describe('layoutSummary', () => {
  it('shows the totals a reader checks first', () => {
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts() }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['Stop forced repatriation', 'Unique signers', '9,000', 'Signatures received', '9,700', 'Duplicates removed', '700']));
    expect(lines).toContain('To: Ambassador of the People\'s Republic of China');
  });

  it('names the top countries and sums the rest into one line, then those without a country', () => {
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts(), topCountries: 3 }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['South Korea', 'United States', 'Germany', 'Other countries (5)', '990', 'Country not given']));
    expect(lines).not.toContain('Japan');
    const order = ['South Korea', 'United States', 'Germany', 'Other countries (5)', 'Country not given'].map((t) => lines.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('speaks the page language: Korean labels, Korean country names', () => {
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts(), language: 'ko' }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['서명 요약', '국가별 서명자', '대한민국', '미국', '9,000']));
  });

  it.each(['es', 'en', 'de', 'fr', 'ko', 'zh'])('gives the long signing dates in %s room to print at the size of every other figure (adv12b N10)', (language) => {
    const items = texts(layoutSummary({ ...base, counts: sampleCounts(), language }, frame, fakeMeasure));
    const dates = items.filter((item) => /2026/.test(item.text) && item.align === 'right');
    expect(dates).toHaveLength(2);
    const figure = items.find((item) => item.align === 'right' && /^\d[\d.,\s]*$/.test(item.text) && !item.bold);
    for (const date of dates) {
      expect(date.size).toBe(figure?.size);
      expect(fakeMeasure.widthOf(date.text, date.size)).toBeLessThanOrEqual(date.width ?? 0);
    }
  });

  it('formats numbers the way the page language writes them', () => {
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts(), language: 'de' }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['9.000', 'Deutschland', 'Unterzeichnende nach Land']));
  });

  it('draws the chart as vector shapes: a bar per day with signers and one cumulative line', () => {
    const pages = layoutSummary({ ...base, counts: sampleCounts() }, frame, fakeMeasure);
    const lines = itemsOfKind(pages, 'polyline');
    expect(lines).toHaveLength(1);
    expect(lines[0].points).toHaveLength(5); // 1 to 5 November, gaps included
    const [first, last] = [lines[0].points[0], lines[0].points[4]];
    expect(last[1]).toBeLessThan(first[1]); // rising total: higher on the page
    expect(textOf(pages)).toEqual(expect.arrayContaining(['New signers per day', 'Cumulative total']));
  });

  it('says how many signers are missing from the chart for lack of a date', () => {
    const counts = sampleCounts({ byDay: { '2026-11-01': bucket(8000), unknown: bucket(1000) } });
    expect(textOf(layoutSummary({ ...base, counts }, frame, fakeMeasure))).toContain('1,000 signers without a date are not shown in the chart.');
  });

  it('names sources by platform or label, never by file path, and keeps our own figures out', () => {
    const counts = sampleCounts({ pendingReview: 4 });
    const sourceNames = { 'exports/change-org.tsv': 'Change.org', 'paper/seoul-sheets.csv': 'Paper sheets, Seoul' };
    const lines = textOf(layoutSummary({ ...base, counts, sourceNames }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['By source', 'Change.org', 'Paper sheets, Seoul', '6,500', '3,200']));
    const all = lines.join('\n');
    expect(all).not.toMatch(/[\w.-]+\.(csv|tsv)\b|[\\/]/);
    for (const internal of ['Rows read', 'Rows rejected', 'Repeated header', 'Broken rows', 'No name', 'awaiting review', 'Rows']) expect(all).not.toContain(internal);
  });

  it('sums sources of one platform, and calls a source with no platform or label "Other lists"', () => {
    const bySource = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`sheets/volunteer-${i}.csv`, bucket(10)]));
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts({ bySource }) }, frame, fakeMeasure));
    expect(lines.filter((t) => t === 'Other lists')).toHaveLength(1);
    expect(lines).toContain('1,200');
    expect(lines.join('\n')).not.toContain('volunteer');
  });

  it('names each language once, from the CLDR in the page language, however the export wrote its tag', () => {
    const byLanguage = { es_ES: bucket(10), es: bucket(5), ko_KR: bucket(20), el: bucket(3) };
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts({ byLanguage }) }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['Korean', 'Spanish', 'Greek', '15']));
    expect(lines.join('\n')).not.toMatch(/es_ES|ko_KR|\(el\)/);
    const korean = textOf(layoutSummary({ ...base, counts: sampleCounts({ byLanguage }), language: 'ko' }, frame, fakeMeasure));
    const names = new Intl.DisplayNames(['ko'], { type: 'language' });
    expect(korean).toEqual(expect.arrayContaining(['ko', 'es', 'el'].map((code) => names.of(code))));
  });

  it('merges a language written as a tag, in any case, or as its name, and names what it cannot read once, last', () => {
    const byLanguage = {
      'ko-kr': bucket(4), ko_KR: bucket(3), Korean: bucket(2), korean: bucket(1), Deutsch: bucket(2), es_ES: bucket(2),
      zz: bucket(1), Klingonish: bucket(1), unknown: bucket(1),
    };
    const table = (language: string) => {
      const lines = textOf(layoutSummary({ ...base, counts: sampleCounts({ byLanguage }), language }, frame, fakeMeasure));
      return lines.slice(lines.indexOf(language === 'es' ? 'Por idioma' : 'By language'));
    };
    const english = table('en');
    expect(english.filter((t) => t === 'Korean')).toHaveLength(1);
    expect(english[english.indexOf('Korean') + 1]).toBe('10');
    expect(english.join('\n')).not.toMatch(/ko-kr|korean|Deutsch|es_ES|\bzz\b|Klingonish/u);
    // Most signers first, equal counts by name, then values that name no language, then those who gave none.
    const order = ['Korean', 'German', 'Spanish', 'Language not recognised', 'Not given'].map((t) => english.indexOf(t));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order).not.toContain(-1);
    expect(english[english.indexOf('Language not recognised') + 1]).toBe('2');
    const spanish = table('es');
    expect(spanish).toEqual(expect.arrayContaining(['coreano', 'alemán', 'español', 'Idioma no reconocido']));
  });

  it.each(['en', 'de', 'fr', 'es', 'ko', 'zh'])('never cuts a column header in %s: long headers wrap, and a column is as wide as its longest word', (language) => {
    const narrow = { ...frame, right: frame.left + 330 };
    const items = texts(layoutSummary({ ...base, counts: sampleCounts(), language }, narrow, fakeMeasure));
    expect(items.map((t) => t.text).filter((t) => t.endsWith('…'))).toEqual([]);
    for (const item of items) if (item.bold && item.size === 9.5 && item.width !== undefined) expect(fakeMeasure.widthOf(item.text, item.size, true)).toBeLessThanOrEqual(item.width + 0.01);
  });

  it('gives equal counts equal shares, each rounded alone to one decimal, as the certificate does (adv12b N5)', () => {
    const byCountry = { KR: bucket(1), US: bucket(1), DE: bucket(1), unknown: bucket(0) };
    const byLanguage = { ko: bucket(2), en: bucket(1), de: bucket(4) };
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts({ byCountry, byLanguage, unique: 3 }) }, frame, fakeMeasure));
    const countryShares = lines.slice(lines.indexOf('Unique signers by country'), lines.indexOf('By language')).filter((t) => /%$/u.test(t));
    expect(countryShares).toEqual(['33.3%', '33.3%', '33.3%']);
    const totalShares = lines.slice(lines.indexOf('By language')).filter((t) => /%$/u.test(t));
    for (const share of totalShares) expect(share).toMatch(/^\d+\.\d%$/u);
  });

  it('never leaves a heading at the bottom of a page without what it heads', () => {
    const codes = ['AR', 'AT', 'BE', 'BR', 'CL', 'CZ', 'DK', 'EE', 'FI', 'GR', 'HU', 'IE', 'IL', 'IN', 'IT', 'LT', 'LV', 'MX', 'NL', 'NO', 'NZ', 'PL', 'PT', 'SE', 'TR'];
    const byCountry = { ...sampleCounts().byCountry, ...Object.fromEntries(codes.map((code) => [code, bucket(1)])) };
    const bySource = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`s${i}.csv`, bucket(1)]));
    const sourceNames = Object.fromEntries(Object.keys(bySource).map((key) => [key, `Paper sheets ${key}`]));
    for (let top = 0; top < 34; top += 1) {
      const pages = layoutSummary({ ...base, counts: sampleCounts({ byCountry, bySource }), sourceNames, topCountries: top }, frame, fakeMeasure);
      for (const page of pages) {
        const last = page.items.filter((i) => i.kind === 'text').pop();
        expect(last && 'size' in last ? last.size : 0).not.toBe(11.5);
      }
    }
  });

  it('names countries from Intl.DisplayNames in each page language', () => {
    for (const language of ['en', 'ko', 'es', 'zh']) {
      const counts = sampleCounts({ byCountry: { RU: bucket(5), US: bucket(4), KR: bucket(3) } });
      const lines = textOf(layoutSummary({ ...base, counts, language }, frame, fakeMeasure));
      const regions = new Intl.DisplayNames([language === 'en' ? 'en-GB' : language], { type: 'region' });
      expect(lines).toEqual(expect.arrayContaining(['RU', 'US', 'KR'].map((code) => regions.of(code))));
    }
  });

  it('writes the first and last day in the letter\'s date style', () => {
    const lines = textOf(layoutSummary({ ...base, counts: sampleCounts() }, frame, fakeMeasure));
    expect(lines).toEqual(expect.arrayContaining(['1 November 2026', '5 November 2026']));
    expect(textOf(layoutSummary({ ...base, counts: sampleCounts(), language: 'ko' }, frame, fakeMeasure))).toContain('2026년 11월 1일');
  });

  it('lays out an empty count without failing', () => {
    const empty = sampleCounts({ rows: 0, rejected: 0, accepted: 0, duplicates: 0, unique: 0, byCountry: {}, byDay: {}, bySource: {}, byLanguage: {}, firstSigned: null, lastSigned: null, rejectReasons: {} });
    const pages = layoutSummary({ ...base, counts: empty }, frame, fakeMeasure);
    expect(pages).toHaveLength(1);
    expect(itemsOfKind(pages, 'polyline')).toHaveLength(0);
  });
});
