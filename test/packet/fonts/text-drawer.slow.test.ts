import { describe, it, expect } from '@jest/globals';
import PDFDocument from 'pdfkit';
import { once } from 'node:events';
import { FontSet } from '../../../src/packet/fonts/font-set.js';
import { TextDrawer } from '../../../src/packet/fonts/text-drawer.js';
import { MemoryOut, drawnGlyphIds, pdfText } from './pdf-text.js';

const fonts = FontSet.load();

async function render(draw: (drawer: TextDrawer) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', compress: false, info: { CreationDate: new Date(Date.UTC(2026, 11, 10)) } });
  const out = new MemoryOut();
  doc.pipe(out);
  draw(new TextDrawer(doc, fonts));
  doc.end();
  await once(out, 'finish');
  return out.bytes();
}

const EVERY_SCRIPT: Array<[string, string]> = [
  ['Hangul', '김정은'],
  ['Han, simplified', '张伟国'],
  ['Han, traditional', '張偉國'],
  ['kana and kanji', '山田たろう'],
  ['katakana', 'タナカ'],
  ['Cyrillic', 'Иван Петров'],
  ['Greek', 'Γιώργος Παπαδόπουλος'],
  ['accented Latin', 'José María Ordóñez'],
  ['Vietnamese', 'Nguyễn Thị Minh Khai'],
  ['Polish', 'Łukasz Żółć'],
  ['Arabic', 'محمد علي'],
  ['Hebrew', 'דוד כהן'],
];

describe('TextDrawer', () => {
  it('prints every script so that text extraction gives each name back, with no .notdef glyph', async () => {
    const pdf = await render((drawer) => {
      EVERY_SCRIPT.forEach(([, name], i) => drawer.draw(name, 50, 50 + i * 20, { size: 12 }));
    });
    const text = pdfText(pdf);
    for (const [, name] of EVERY_SCRIPT) expect(text).toContain(name);
    const glyphs = drawnGlyphIds(pdf);
    expect(glyphs.length).toBeGreaterThan(50);
    expect(glyphs).not.toContain(0);
  });

  it('normalizes decomposed input before drawing (NFD → NFC)', async () => {
    const pdf = await render((drawer) => drawer.draw('Jose\u0301 Orden\u0303ez', 50, 50, { size: 12 }));
    expect(pdfText(pdf)).toContain('José Ordeñez');
    expect(drawnGlyphIds(pdf)).not.toContain(0);
  });

  it('keeps right-to-left letters in reading order inside a mixed line', async () => {
    const pdf = await render((drawer) => drawer.draw('محمد (EG)', 50, 50, { size: 12 }));
    const text = pdfText(pdf);
    expect(text).toContain('محمد');
    expect(text).toContain('EG');
  });

  it('draws a character no font has as U+FFFD and reports it', async () => {
    let drawer: TextDrawer | undefined;
    const pdf = await render((d) => {
      drawer = d;
      d.draw('Ann ස', 50, 50, { size: 12 });
    });
    expect(drawnGlyphIds(pdf)).not.toContain(0);
    expect([...drawer!.missing]).toEqual(['ස']);
  });

  it('shrinks a line that is wider than its box instead of overflowing', async () => {
    const long = 'Maximiliane Theodora von Hohenzollern-Sigmaringen';
    const pdf = await render((drawer) => drawer.draw(long, 50, 50, { size: 12, width: 220 }));
    const size = Number(/\/F\d+ ([\d.]+) Tf/u.exec(pdf.toString('latin1'))?.[1]);
    expect(size).toBeLessThan(12);
    expect(fonts.widthOf(long, size)).toBeLessThanOrEqual(220.01);
  });

  it('shrinks no further than 7 pt: beyond that the line ends with …, inside its box', async () => {
    const long = 'Stop the forced return of North Korean refugees: a petition to the Government of the People’s Republic of China';
    const pdf = await render((drawer) => drawer.draw(long, 50, 50, { size: 12, width: 150 }));
    const size = Number(/\/F\d+ ([\d.]+) Tf/u.exec(pdf.toString('latin1'))?.[1]);
    expect(size).toBe(7);
    const printed = pdfText(pdf).trim();
    expect(printed).toMatch(/^Stop the forced return .*…$/u);
    expect(fonts.widthOf(printed, 7)).toBeLessThanOrEqual(150.01);
    // Cut after a whole word (issue 12: a running header read "…Foreign Affairs and S…").
    expect(long).toContain(`${printed.slice(0, -1)} `);
  });

  it('lets pdfkit itself draw with a registered face (doc.font by name)', async () => {
    const doc = new PDFDocument({ size: 'A4', compress: false });
    const out = new MemoryOut();
    doc.pipe(out);
    fonts.register(doc);
    doc.font('Noto-kr').fontSize(14).text('김정은 Kim', 50, 50);
    doc.end();
    await once(out, 'finish');
    expect(pdfText(out.bytes())).toContain('김정은 Kim');
  });

  it('wraps CJK text between characters and Latin text at spaces', () => {
    const lines = new TextDrawer(new PDFDocument(), fonts).wrap('대한민국 헌법 제1조 대한민국은 민주공화국이다. The quick brown fox', 60, 10);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(fonts.widthOf(line, 10)).toBeLessThanOrEqual(60);
    // Nothing lost: the lines hold the same characters, spaces apart.
    expect(lines.join('').replace(/ /gu, '')).toBe('대한민국 헌법 제1조 대한민국은 민주공화국이다. The quick brown fox'.replace(/ /gu, ''));
    expect(lines.some((line) => /[가-힣]$/u.test(line) && !line.endsWith(' '))).toBe(true);
  });
});
