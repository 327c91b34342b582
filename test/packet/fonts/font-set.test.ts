import { describe, it, expect } from '@jest/globals';
import { FontSet } from '../../../src/packet/fonts/font-set.js';

const fonts = FontSet.load();

describe('FontSet.runs: which Noto face draws each character', () => {
  it.each([
    ['José Ordóñez', [['Noto-latin', 'José Ordóñez']]],
    ['Иван Петров', [['Noto-latin', 'Иван Петров']]],
    ['Γιώργος', [['Noto-latin', 'Γιώργος']]],
    ['김민준', [['Noto-kr', '김민준']]],
    ['王伟', [['Noto-sc', '王伟']]],
    // Kana makes the Japanese face draw the kanji too (Japanese glyph shapes).
    ['佐藤さくら', [['Noto-jp', '佐藤さくら']]],
    // A space stays with the Arabic face, so the name is shaped as one run.
    ['محمد علي', [['Noto-arabic', 'محمد علي']]],
    ['דוד כהן', [['Noto-hebrew', 'דוד כהן']]],
    ['김 Kim', [['Noto-kr', '김 '], ['Noto-latin', 'Kim']]],
  ])('%s', (text, expected) => {
    expect(fonts.runs(text).map((run) => [run.font, run.text])).toEqual(expected);
  });

  it('draws decomposed (NFD) input as its composed form', () => {
    const nfd = 'Jose\u0301 Orden\u0303ez';
    expect(fonts.runs(nfd)).toEqual([{ font: 'Noto-latin', text: 'José Ordeñez' }]);
    expect(fonts.widthOf(nfd, 10)).toBeCloseTo(fonts.widthOf('José Ordeñez', 10), 6);
  });

  it('uses the bold faces when asked', () => {
    expect(fonts.runs('김 Kim', true).map((run) => run.font)).toEqual(['Noto-kr-Bold', 'Noto-latin-Bold']);
  });
});

describe('FontSet: scripts that need the shaper', () => {
  it.each(['สมชาย', 'कमल', 'কমল', 'கமல'])('%s goes through fontkit shaping even without a combining mark', (name) => {
    const { runs } = fonts.measure(name);
    expect(runs.length).toBeGreaterThan(0);
    for (const run of runs) expect(run.shaped).toBe(true);
  });

  // Noto Sans Khmer has mark lookups with no anchor for some classes (allowed by OpenType); fontkit threw on them and
  // a packet with "ភ្នំពេញ" (Phnom Penh) in a city cell stopped with "unexpected error".
  it.each(['ភ្នំពេញ', 'ភ្នំពេញ សុខា', 'ក្រុងសៀមរាប', 'ស្ត្រី', 'កំពង់ចាម', 'ພະນົມ', 'မြန်မာ', 'བོད་', 'ꦗꦮ'])(
    '%s is shaped and measured',
    (text) => {
      expect(fonts.widthOf(text, 10)).toBeGreaterThan(0);
      expect(fonts.measure(text).runs.every((run) => run.shaped)).toBe(true);
    },
  );

  it('keeps a zero-width joiner inside a Devanagari run (it picks the half form of a conjunct)', () => {
    expect(fonts.measure('क्\u200dष').runs.map((run) => run.text)).toEqual(['क्\u200dष']);
  });
});

describe('FontSet.missing', () => {
  it.each([
    ['José 김민준 王伟 さくら Иван Γιώργος محمد דוד', []],
    // Emoji print from the Noto Emoji face; Sinhala has no face here.
    ['Ann 😀', []],
    ['Ann ස', ['ස']],
    ['ᚠᚢᚦ', ['ᚠ', 'ᚢ', 'ᚦ']],
  ])('%s', (text, expected) => {
    expect(fonts.missing(text)).toEqual(expected);
  });

  it('replaces a character no face has with U+FFFD instead of a box', () => {
    expect(fonts.runs('Aස').map((run) => run.text).join('')).toBe('A\ufffd');
  });
});

describe('FontSet.widthOf', () => {
  it('grows with the font size and the text', () => {
    const small = fonts.widthOf('Kim Min-jun', 10);
    expect(fonts.widthOf('Kim Min-jun', 20)).toBeCloseTo(2 * small, 6);
    expect(fonts.widthOf('Kim Min-jun Park', 10)).toBeGreaterThan(small);
  });

  it('gives full-width CJK characters one em each', () => {
    expect(fonts.widthOf('王伟', 10)).toBeCloseTo(20, 0);
  });

  it('measures bold wider than regular', () => {
    expect(fonts.widthOf('Maximilian', 10, true)).toBeGreaterThan(fonts.widthOf('Maximilian', 10));
  });
});
