import { describe, it, expect } from '@jest/globals';
import { breakLines } from '../../../src/packet/fonts/break-lines.js';
import type { PageModel, TextMeasure } from '../../../src/packet/signature-list/page-model.js';
import type { ListEntry, ListOptions } from '../../../src/packet/signature-list/list-types.js';
import { layOutList } from '../../../src/packet/signature-list/write-signature-list.js';
import { geometryFor } from '../../../src/packet/signature-list/page-geometry.js';
import { generated, listOptions } from './fixtures.js';

// 0.6 em per character, about the real capitals and digits: layout is tested without fonts or pdfkit.
const EM = 0.6;
const measure: TextMeasure = {
  widthOf: (text, size) => [...text].length * size * EM,
  wrap: (text, width, size) => breakLines(text, width, (line) => [...line].length * size * EM),
};
/** The drawer shrinks a line wider than its box and below 7 pt cuts it with "…": no heading or cell may need that. */
const geometry = geometryFor('A4', 'portrait');
const tableBottom = geometry.height - geometry.bottom - geometry.footerHeight;
const overflowing = (page: PageModel) => page.texts
  .filter((box) => box.y > geometry.top + geometry.headerHeight - 9 && box.y < tableBottom)
  .filter((box) => measure.widthOf(box.text, box.size) > box.width + 1e-6).map((box) => box.text);

function layOut(entries: ListEntry[], options: ListOptions): PageModel[] {
  const { plan, pagesOf } = layOutList(entries, options, measure);
  return plan.volumes.flatMap((volume) => [...pagesOf(volume)]);
}

const textsOf = (pages: PageModel[]) => pages.flatMap((page) => page.texts.map((box) => box.text));

describe('signature list columns sized by their content (issue 12, D7)', () => {
  // The adversarial names: a long country, a long Thai city, emails; no row has a region or a postcode.
  const entries = generated(6, { region: '', postcode: '' }).map((entry, i): ListEntry => ({
    ...entry,
    name: ['Mohammed Al-Ahmad', 'Somchai Jaidee', 'Rahim Uddin'][i % 3],
    city: ['Riyadh', 'กรุงเทพมหานคร', 'Dhaka'][i % 3],
    country: ['SA', 'TH', 'BD'][i % 3],
    extra: { email: ['mohammed@example.sa', 'somchai@example.th', 'rahim.uddin@example.bd'][i % 3], phone: '+880 1711 555 0101' },
  }));
  const options = listOptions(entries, { profile: 'recipient', extraColumns: ['email', 'phone'] });
  const pages = layOut(entries, options);
  const texts = textsOf(pages);

  it('leaves out the columns no row fills', () => {
    expect(texts).not.toContain('REGION');
    expect(texts).not.toContain('POSTCODE');
  });

  it('prints every heading and cell inside its box, so none is cut with "…"', () => {
    for (const page of pages) expect(overflowing(page)).toEqual([]);
  });

  it('prints every heading whole, never "COUNT…"', () => {
    for (const heading of ['NO.', 'NAME', 'CITY', 'EMAIL', 'PHONE', 'COUNTRY', 'SIGNED']) expect(texts).toContain(heading);
    expect(texts.some((text) => text.includes('…'))).toBe(false);
  });

  it('keeps countries, cities, dates and the parts of an email whole', () => {
    for (const whole of ['Saudi Arabia', 'Bangladesh', 'กรุงเทพมหานคร']) expect(texts.some((text) => text.split(' ').includes(whole.split(' ')[0]) || text === whole)).toBe(true);
    // Every cell line is whole words of its cell: an email breaks only after "@" or before ".".
    for (const email of ['mohammed@example.sa', 'somchai@example.th', 'rahim.uddin@example.bd']) {
      const lines = texts.filter((text) => email.includes(text) && text.length > 1);
      expect(lines.join('')).toContain(email.split('@')[0]);
      for (const line of lines) expect(email.startsWith(line) || line.startsWith('example') || line.startsWith('.') || line === email).toBe(true);
    }
    expect(texts).not.toContain('Banglade');
    expect(texts).toContain('1 March 2026');
  });

  it('gives the Spanish dates and the heading "Código postal" room: dates on one line, the list on one page', () => {
    const es = generated(40, { region: '' });
    const spanish = layOut(es, listOptions(es, { profile: 'recipient', language: 'es' }));
    expect(spanish).toHaveLength(1);
    const spanishTexts = textsOf(spanish);
    expect(spanishTexts).toContain('1 de marzo de 2026');
    expect(spanishTexts.some((text) => text.startsWith('CÓDIGO') && text.includes('…'))).toBe(false);
    expect(overflowing(spanish[0])).toEqual([]);
  });
});

describe('the country column in Chinese (issue 12, D8)', () => {
  it('is as wide as the longest country name, so no name is split ("埃塞俄/比亚")', () => {
    const entries = generated(6, {}).map((entry, i): ListEntry => ({
      ...entry,
      name: ['Abebe Bikila Tesfaye Mengistu Haile Gebrselassie', '陈明华', 'Nino Beridze Tsiklauri Kvaratskhelia'][i % 3],
      city: ['Addis Ababa Bole Subcity Woreda', '香港九龙尖沙咀弥敦道', 'Tbilisi Vake Chavchavadze Avenue'][i % 3],
      country: ['ET', 'HK', 'GE'][i % 3],
      extra: { email: ['abebe.bikila.tesfaye@example.et', 'chen.minghua@example.hk', 'nino.beridze@example.ge'][i % 3], phone: '+251 911 555 0101' },
    }));
    const texts = textsOf(layOut(entries, listOptions(entries, { profile: 'recipient', language: 'zh', extraColumns: ['email', 'phone'] })));
    for (const country of ['埃塞俄比亚', '中国香港特别行政区', '格鲁吉亚']) expect(texts).toContain(country);
  });
});
