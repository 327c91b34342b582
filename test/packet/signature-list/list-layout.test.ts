import { describe, it, expect } from '@jest/globals';
import { breakLines } from '../../../src/packet/fonts/break-lines.js';
import { CELL_PAD } from '../../../src/packet/signature-list/row-fit.js';
import { geometryFor } from '../../../src/packet/signature-list/page-geometry.js';
import type { PageModel, TextMeasure } from '../../../src/packet/signature-list/page-model.js';
import type { ListEntry, ListOptions } from '../../../src/packet/signature-list/list-types.js';
import { layOutList } from '../../../src/packet/signature-list/write-signature-list.js';
import { generated, listOptions } from './fixtures.js';

// Half an em per character: layout is tested without fonts or pdfkit.
const measure: TextMeasure = {
  widthOf: (text, size) => [...text].length * size * 0.5,
  wrap: (text, width, size) => breakLines(text, width, (line) => [...line].length * size * 0.5),
};

function layOut(entries: ListEntry[], options: ListOptions): PageModel[] {
  const { plan, pagesOf } = layOutList(entries, options, measure);
  return plan.volumes.flatMap((volume) => [...pagesOf(volume)]);
}

const textOf = (page: PageModel) => page.texts.map((box) => box.text).join('\n');

describe('signature list layout', () => {
  it.each([
    ['A4', 'portrait'], ['A4', 'landscape'], ['Letter', 'portrait'], ['Letter', 'landscape'],
  ] as const)('has ceil(rows / rows per page) pages on %s %s, numbered in the footer', (paper, orientation) => {
    const entries = generated(130);
    const options = listOptions(entries, { paper, orientation });
    const perPage = geometryFor(paper, orientation).rowsPerPage;
    const pages = layOut(entries, options);
    expect(pages).toHaveLength(Math.ceil(130 / perPage));
    expect(textOf(pages[1])).toContain(`Page 2 of ${pages.length} · signatures ${perPage + 1}–${2 * perPage} of 130`);
    expect(textOf(pages[pages.length - 1])).toContain(`signatures ${(pages.length - 1) * perPage + 1}–130 of 130`);
  });

  it('prints one page saying so when nobody is listed', () => {
    const pages = layOut([], listOptions([]));
    expect(pages).toHaveLength(1);
    expect(textOf(pages[0])).toContain('No signatures to list.');
    expect(textOf(pages[0])).toContain('Page 1 of 1');
  });

  it('puts 45 rows on an A4 portrait page, as in "signatures 529–573"', () => {
    expect(geometryFor('A4', 'portrait').rowsPerPage).toBe(45);
  });

  it('prints the title, the addressee and the fingerprint on every page', () => {
    const entries = generated(100);
    for (const page of layOut(entries, listOptions(entries))) {
      const text = textOf(page);
      expect(text).toContain('Stop the forced repatriation');
      expect(text).toContain('To: H.E. the Ambassador');
      expect(text).toContain('List fingerprint 3f9a1c2e7b');
    }
  });

  it('keeps a long name inside its cell: wrapped at 7 pt or more, never wider than the column, the row grown to hold it', () => {
    // Longer than the whole page is wide, so it wraps however wide its column is made.
    const long = 'Maximiliane Theodora Wilhelmina von Hohenzollern-Sigmaringen-Wittelsbach und Braunschweig auf Hohenstaufen';
    const entries = generated(5);
    entries[3] = { ...entries[3], name: `${long} ${long}` };
    const options = listOptions(entries);
    const geometry = geometryFor('A4', 'portrait');
    const page = layOut(entries, options)[0];
    const heading = page.texts.find((box) => box.text === 'NAME')!;
    const nameColumn = { x: heading.x - CELL_PAD, width: heading.width + 2 * CELL_PAD };
    const pieces = page.texts.filter((box) => `${long} ${long}`.includes(box.text) && box.text.length > 5);
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    // Lines break at spaces or after a hyphen (UAX #14), never inside a word.
    expect(pieces.map((box) => box.text).join(' ').replace(/- /g, '-')).toBe(`${long} ${long}`);
    const rowTop = geometry.bodyTop + 3 * geometry.rowHeight;
    for (const box of pieces) {
      expect(box.size).toBeGreaterThanOrEqual(7);
      expect(box.x).toBeGreaterThanOrEqual(nameColumn.x);
      expect(box.x + box.width).toBeLessThanOrEqual(nameColumn.x + nameColumn.width);
      expect(measure.widthOf(box.text, box.size)).toBeLessThanOrEqual(box.width + 1e-6);
      expect(box.y).toBeGreaterThanOrEqual(rowTop);
      expect(box.y + box.size * 1.12).toBeLessThanOrEqual(rowTop + 2 * geometry.rowHeight + 0.5);
    }
    // The row after it starts below the grown row.
    const nextNumber = page.texts.find((box) => box.text === '5')!;
    expect(nextNumber.y).toBeGreaterThan(rowTop + geometry.rowHeight);
    // Every other cell on the page fits its box too.
    for (const box of page.texts) expect(measure.widthOf(box.text, box.size)).toBeLessThanOrEqual(box.width + 1e-6);
  });

  describe('privacy', () => {
    const private_ = generated(5, { extra: { email: 'secret@example.org', phone: '+82 10 5555 0101', street: '12 Hidden Street' } });

    it.each([
      ['public', [], ['NAME', 'CITY', 'COUNTRY', 'SIGNED'], ['REGION', 'POSTCODE', 'secret@example.org', '+82 10 5555 0101', '12 Hidden Street']],
      ['recipient', [], ['REGION', 'POSTCODE', 'Region 1', '10001'], ['secret@example.org', '+82 10 5555 0101', '12 Hidden Street']],
      ['public', ['email'], ['EMAIL', 'secret@example.org'], ['+82 10 5555 0101', '12 Hidden Street']],
    ] as const)('%s with extra columns %j prints only what it names', (profile, extraColumns, present, absent) => {
      const text = textOf(layOut(private_, listOptions(private_, { profile, extraColumns: [...extraColumns] }))[0]);
      for (const value of present) expect(text).toContain(value);
      for (const value of absent) expect(text).not.toContain(value);
    });

    it('shows an anonymous signer as "Anonymous (country)" with no place, or leaves them out', () => {
      const entries = [...generated(2), { ...generated(1, { anonymous: true, country: 'DE', city: 'Hamburg', name: 'Real Name' })[0] }];
      const shown = textOf(layOut(entries, listOptions(entries))[0]);
      expect(shown).toContain('Anonymous (Germany)');
      expect(shown).not.toContain('Real Name');
      expect(shown).not.toContain('Hamburg');
      const omitted = textOf(layOut(entries, listOptions(entries, { anonymous: 'omit' }))[0]);
      expect(omitted).not.toContain('Anonymous');
      expect(omitted).toContain('3 signers · 1 anonymous, not listed');
      expect(omitted).toContain('signatures 1–2 of 2');
    });

    // issue 14 (outside tester D, F11): "sin listar: 1 anónimas" read as a slip in Spanish.
    it.each([
      [1, '3 firmantes · 1 anónima, no listada'], [2, '4 firmantes · 2 anónimas, no listadas'],
    ] as const)('leaves out %i anonymous signer(s) and says so in Spanish in the right number', (n, said) => {
      const entries = [...generated(2), ...generated(n, { anonymous: true, country: 'DE' })];
      const text = textOf(layOut(entries, listOptions(entries, { anonymous: 'omit', language: 'es' }))[0]);
      expect(text).toContain(said);
    });
  });

  // Outside tester F, F9: beside "sin listar: 3 anónimas, 3 por su hoja" the addressee was cut ("…de las Naciones…").
  it('shortens the left-out phrase rather than cut a long addressee, and keeps the two-part phrase when both fit', () => {
    const entries = [...generated(4), ...generated(3, { anonymous: true, country: 'DE' }), ...generated(3, { anonymous: true, withheld: true, country: 'KR' })];
    const target = 'Su Excelencia la señora Rebeca Grynspan, Secretaria General de la ONU';
    const [page] = layOut(entries, listOptions(entries, { anonymous: 'omit', language: 'es', target }));
    const addressee = page.texts.find((box) => box.text.includes('Rebeca Grynspan'))!;
    expect(addressee.text).toContain('Secretaria General de la ONU');
    expect(measure.widthOf(addressee.text, addressee.size)).toBeLessThanOrEqual(addressee.width);
    expect(textOf(page)).toContain('10 firmantes · 6 sin listar');
    const short = textOf(layOut(entries, listOptions(entries, { anonymous: 'omit', language: 'es', target: 'ONU' }))[0]);
    expect(short).toContain('10 firmantes · sin listar: 3 anónimas, 3 por su hoja');
  });

  describe('volumes', () => {
    it('splits every N signatures with a cover per volume, numbering running on', () => {
      const entries = generated(100);
      const pages = layOut(entries, listOptions(entries, { split: { every: 40 } }));
      const covers = pages.filter((page) => textOf(page).includes('SIGNATURES · VOLUME'));
      expect(covers).toHaveLength(3);
      expect(textOf(covers[1])).toContain('This volume lists signatures 41 to 80');
      // 3 volumes × (cover + one list page of 40 rows... 45 per page) → 6 pages, numbered 1–6 throughout.
      expect(pages.map((page) => page.number)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(textOf(pages[3])).toContain('Volume 2 of 3 · Page 4 of 6 · signatures 41–80 of 100');
    });

    it('gives each of 100 one-signer volumes one cover of its own, not the contents of all 100, and reads naturally', () => {
      const entries = generated(100);
      const pages = layOut(entries, listOptions(entries, { split: { every: 1 } }));
      // A cover and a list page per volume.
      expect(pages).toHaveLength(200);
      const cover = textOf(pages[70]);
      expect(cover).toContain('This volume lists signature 36 on pages 71 to 72.');
      expect(cover).not.toMatch(/Signatures 1–1|Signatures 37–37|36 to 36/u);
      const list = textOf(pages[71]);
      expect(list).toContain('signature 36 of 100');
      expect(list).not.toContain('36–36');
    });

    it('splits by country, countries in name order', () => {
      const entries = generated(9);
      const pages = layOut(entries, listOptions(entries, { split: { by: 'country' } }));
      const labels = pages.filter((page) => textOf(page).includes('SIGNATURES · VOLUME')).map((page) => page.texts.find((box) => box.size === 16)?.text);
      expect(labels).toEqual(['Germany', 'South Korea', 'United States']);
    });
  });
});
