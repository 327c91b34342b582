// Names in the signature list as an official reads them: the right national glyph shapes, every script drawn from a
// real font (shaped where the script needs it), transliterated and marked when no font has it, and never below 7 pt.
import { describe, it, expect } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeSignatureList } from '../../../src/packet/signature-list/write-signature-list.js';
import type { ListEntry, ListOptions } from '../../../src/packet/signature-list/list-types.js';
import { extractPdfSync } from '../../helpers/extract-pdf-sync.js';
import { MemoryOut, drawnGlyphIds, pdfPageCount, pdfText } from '../fonts/pdf-text.js';
import { generated, listOptions } from './fixtures.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 1);

interface Span {
  page: number;
  str: string;
  font: string;
  size: number;
  x: number;
  y: number;
}

function rows(list: Array<[name: string, city: string, country: string]>): ListEntry[] {
  return list.map(([name, city, country], i) => ({ name, city, region: '', postcode: '', country, signedAt: START + i * DAY, anonymous: false }));
}

async function pdfOf(entries: ListEntry[], options: ListOptions = listOptions(entries)): Promise<{ pdf: Buffer; pages: number }> {
  const out = new MemoryOut();
  const result = await writeSignatureList(entries, options, out);
  return { pdf: out.bytes(), pages: result.pages };
}

function spans(pdf: Buffer): Span[] {
  return extractPdfSync(pdf, 'spans').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Span);
}

/** Distinct glyphs drawn in an uncompressed PDF, as "font resource:subset glyph id" (each font numbers its own). */
function distinctGlyphs(pdf: Buffer): Set<string> {
  const glyphs = new Set<string>();
  let font = '';
  for (const match of pdf.toString('latin1').matchAll(/\/(\w+) [\d.]+ Tf|<([0-9a-f]+)> Tj/gu)) {
    if (match[1]) font = match[1];
    else for (let i = 0; i < match[2].length; i += 4) glyphs.add(`${font}:${match[2].slice(i, i + 4)}`);
  }
  return glyphs;
}

/** The embedded fonts that drew the characters of `text` (a name may be drawn in several items). */
function fontsOf(all: Span[], text: string): string[] {
  const hits = all.filter((span) => span.str.length > 0 && text.includes(span.str.trim()) && span.str.trim().length > 0);
  return [...new Set(hits.map((span) => span.font))];
}

describe('signature list: Han names take the glyph shapes of the signer’s country', () => {
  const entries = rows([
    ['山田太郎', 'Osaka', 'JP'], // Han only, Japanese signer
    ['さとう花子', 'Kyoto', 'JP'], // kana: Japanese whatever the country
    ['陳美玲', 'Taipei', 'TW'], // traditional-Chinese shapes
    ['李嘉欣', 'Hong Kong', 'HK'],
    ['金大中', 'Seoul', 'KR'], // hanja
    ['王秀英', 'Beijing', 'CN'],
  ]);

  it('draws each name with the Noto face of its country (JP → JP, TW/HK → TC, KR → KR, CN → SC)', async () => {
    const all = spans((await pdfOf(entries)).pdf);
    expect(fontsOf(all, '山田太郎')).toEqual(['NotoSansJP-Regular']);
    expect(fontsOf(all, 'さとう花子')).toEqual(['NotoSansJP-Regular']);
    expect(fontsOf(all, '陳美玲')).toEqual(['NotoSansHant-Regular']);
    expect(fontsOf(all, '李嘉欣')).toEqual(['NotoSansHant-Regular']);
    expect(fontsOf(all, '金大中')).toEqual(['NotoSansKR-Regular']);
    expect(fontsOf(all, '王秀英')).toEqual(['NotoSansHans-Regular']);
  });
});

describe('signature list: scripts beyond Latin, CJK, Arabic and Hebrew', () => {
  // Names whose extracted text keeps logical order (no pre-base vowel sign), so they can be compared as strings.
  const names: Array<[string, string, string]> = [
    ['สมชาย ใจดี', 'Bangkok', 'TH'],
    ['अमर कुमार', 'Delhi', 'IN'],
    ['রহমান খান', 'Dhaka', 'BD'],
    ['முருகன் ராஜா', 'Chennai', 'IN'],
    ['გიორგი ბერიძე', 'Tbilisi', 'GE'],
    ['Արամ Խաչատրյան', 'Yerevan', 'AM'],
    ['አበበ ቢቂላ', 'Addis Ababa', 'ET'],
  ];
  // Noto Sans itself holds all of Devanagari (with its shaping tables); the others come from their own packages.
  const faces = ['NotoSansThai-Regular', 'NotoSans-Regular', 'NotoSansBengali-Regular', 'NotoSansTamil-Regular',
    'NotoSansGeorgian-Regular', 'NotoSansArmenian-Regular', 'NotoSansEthiopic-Regular'];

  it('prints each name from its own Noto font, and the names come back through text extraction', async () => {
    const { pdf } = await pdfOf(rows(names));
    const text = pdfText(pdf);
    const all = spans(pdf);
    names.forEach(([name], i) => {
      expect(text).toContain(name);
      expect(fontsOf(all, name)).toEqual([faces[i]]);
    });
    expect(drawnGlyphIds(pdf)).not.toContain(0);
  });

  it.each([
    ['प्रकाश', 'पकाश र्'],
    ['লক্ষ্মী', 'লকষমী ক্'],
    ['லக்ஷ்மி', 'லகஷமி க்'],
  ])('shapes Indic conjuncts: %s needs fewer glyphs than the same letters apart (%s)', async (name, letters) => {
    const shaped = await pdfOf(rows([[name, 'Pune', 'IN']]));
    const plain = await pdfOf(rows([[letters, 'Pune', 'IN']]));
    // Same page furniture and the same characters: drawn one glyph per character, both would use as many glyphs.
    expect(distinctGlyphs(shaped.pdf).size).toBeLessThan(distinctGlyphs(plain.pdf).size);
    expect(drawnGlyphIds(shaped.pdf)).not.toContain(0);
    expect(pdfText(shaped.pdf)).not.toContain('\ufffd');
  });
});

describe('signature list: names as they were typed come back out', () => {
  it.each([
    ['किशोर कुमार', 'Mumbai', 'IN'],
    ['দিলীপ সেন', 'Kolkata', 'IN'],
    ['கொடி வேல்', 'Chennai', 'IN'],
  ])('marks the shaped name %s with its logical string (/ActualText), which copy and paste and pdftotext give', async (name, city, country) => {
    const { pdf } = await pdfOf(rows([[name, city, country]]));
    // The glyphs of a shaped run are in visual order (a vowel sign drawn before its consonant); the marked content
    // around them carries the string as typed.
    const actual = [...pdf.toString('latin1').matchAll(/\/Span <<\/ActualText <FEFF([0-9A-F]*)>>> BDC/gu)]
      .map((m) => Buffer.from(m[1], 'hex').swap16().toString('utf16le'));
    expect(actual.join(' ')).toContain(name);
    // pdf.js ignores /ActualText; poppler reads it. Checked where poppler is installed.
    const pdftotext = spawnSync('pdftotext', ['-', '-'], { input: pdf });
    if (pdftotext.status === 0) expect(pdftotext.stdout.toString('utf8')).toContain(name);
  });

  it('prints emoji in a name from an emoji font, never as a :shortcode:', async () => {
    const { pdf } = await pdfOf(rows([['Amara Okafor 🌍', 'Lagos', 'NG'], ['Léa ✊🏽 Martin', 'Lyon', 'FR']]));
    const text = pdfText(pdf);
    expect(text).not.toMatch(/:[a-z_]+:/u);
    expect(text).toContain('Amara Okafor 🌍');
    expect(text).toContain('Léa ✊');
    expect(text).not.toContain('†');
    expect(drawnGlyphIds(pdf)).not.toContain(0);
  });
});

describe('signature list: an emoji sequence prints as one emoji, never in pieces or as a box', () => {
  // Drawn glyphs in the whole page, which differs between two one-signer lists only by the name.
  async function glyphsFor(name: string): Promise<number[]> {
    return drawnGlyphIds((await pdfOf(rows([[name, 'Seoul', 'KR']]))).pdf);
  }

  it.each([
    ['a skin tone', '👍🏽'],
    ['a ZWJ family', '👨\u200d👩\u200d👧'],
    ['a flag', '🇰🇷'],
    ['a keycap', '1\ufe0f\u20e3'],
    ['a rainbow flag (ZWJ and variation selector)', '🏳\ufe0f\u200d🌈'],
  ])('%s draws as many glyphs as a single emoji does', async (_kind, cluster) => {
    const single = await glyphsFor('Sam 👍 Lee');
    const sequence = await glyphsFor(`Sam ${cluster} Lee`);
    expect(sequence).not.toContain(0);
    expect(sequence.length).toBe(single.length);
  });
});

describe('signature list: a name no font can draw', () => {
  it('prints a marked Latin transliteration and a legend, never boxes or replacement marks', async () => {
    const entries = rows([['සුනිල් පෙරේරා', 'Colombo', 'LK'], ['ᏣᎳᎩ Tahlequah', 'Tahlequah', 'US'], ['Anna Schmidt', 'Berlin', 'DE']]);
    const { pdf } = await pdfOf(entries);
    const text = pdfText(pdf);
    expect(text).toContain('Sunil Perera †');
    // Cherokee has a font now (Noto Sans Cherokee): it prints in its own script, unmarked.
    expect(text).toContain('ᏣᎳᎩ Tahlequah');
    expect(text).not.toContain('Tahlequah †');
    expect(text).toMatch(/† .*Latin letters/u);
    expect(text).toContain('Anna Schmidt');
    expect(text).not.toContain('Anna Schmidt †');
    expect(text).not.toContain('\ufffd');
    expect(drawnGlyphIds(pdf)).not.toContain(0);
  });
});

describe('signature list: long cells wrap instead of shrinking', () => {
  const long = `${Array.from({ length: 19 }, (_, i) => `Name${String.fromCharCode(97 + i)}xyzw`).join(' ')} Kim-Parker`;

  it('wraps a 200-character name over several lines, none below 7 pt, and plans the pages for it', async () => {
    expect(long).toHaveLength(200);
    const entries = [...generated(40), { ...generated(1)[0], name: long, signedAt: START + 41 * 60_000 }, ...generated(60).map((entry, i) => ({ ...entry, signedAt: START + (50 + i) * 60_000 }))];
    const { pdf, pages } = await pdfOf(entries);
    expect(pdfPageCount(pdf)).toBe(pages);
    const all = spans(pdf);
    const pieces = all.filter((span) => /Name[a-s]xyzw|Kim-Parker/u.test(span.str));
    expect(new Set(pieces.map((span) => span.y)).size).toBeGreaterThan(1);
    for (const span of pieces) expect(span.size).toBeGreaterThanOrEqual(7);
    // Every word is printed whole.
    const printed = pieces.map((span) => span.str).join(' ');
    for (const word of long.split(' ')) expect(printed).toContain(word);
    // Every row is still printed once, and the footers count the same pages as the result.
    const text = pdfText(pdf);
    expect(text).toContain(`Page ${pages} of ${pages} · signatures`);
    for (let i = 1; i <= entries.length; i++) expect(text).toMatch(new RegExp(`(^|\\n)${i}( |\\n)`, 'u'));
  });

  it('breaks an email after @, before a dot or after a hyphen, not inside a word', async () => {
    // Wider than any column the page can give it (columns are as wide as their content allows).
    const email = 'marie-claire.vandenberghe-lefebvre.secretariat-general@ligue-des-droits-humains-et-des-libertes.example.org';
    const entries = generated(3).map((entry) => ({ ...entry, extra: { email } }));
    const { pdf } = await pdfOf(entries, listOptions(entries, { extraColumns: ['email'] }));
    // The first row's lines, in the order they are drawn.
    const pieces = spans(pdf).filter((span) => span.page === 1 && email.includes(span.str) && span.str.length > 3);
    const firstRow: Span[] = [];
    for (const span of pieces) {
      if (firstRow.map((piece) => piece.str).join('') === email) break;
      firstRow.push(span);
    }
    expect(firstRow.length).toBeGreaterThan(1);
    expect(firstRow.map((span) => span.str).join('')).toBe(email);
    for (const span of firstRow) expect(span.size).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < firstRow.length - 1; i++) {
      const breakAt = firstRow[i].str.length + firstRow.slice(0, i).reduce((sum, span) => sum + span.str.length, 0);
      expect(['@', '-'].includes(email[breakAt - 1]) || email[breakAt] === '.').toBe(true);
    }
  });
});
