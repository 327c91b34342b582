import { describe, expect, it } from '@jest/globals';
import { FontSet } from '../../../src/packet/fonts/font-set.js';

const fonts = FontSet.load();

/** The glyphs a name is drawn with: shaped runs as the shaper draws them, others a glyph per character. */
function glyphCount(text: string): number {
  return fonts.faceRuns(text.normalize('NFC'), false).reduce((sum, run) => sum + (run.shaped ? fonts.shape(run.face, run.text, 'ltr').glyphs.length : [...run.text].length), 0);
}

describe('names in the list keep what a reader sees as one character together (adv12b N8)', () => {
  it('draws an emoji ZWJ sequence as one family glyph', () => {
    expect(glyphCount('\u{1F468}\u200D\u{1F469}\u200D\u{1F467}')).toBe(1);
  });

  it('composes old-Hangul conjoining jamo into one syllable block', () => {
    // ᄒ + ᆞ + ᆫ is one grapheme (one syllable of 훈민정음's "ᄒᆞᆫ글"), and 글 another.
    expect([...new Intl.Segmenter('ko', { granularity: 'grapheme' }).segment('\u1112\u119E\u11AB글')]).toHaveLength(2);
    expect(glyphCount('\u1112\u119E\u11AB글')).toBe(2);
    expect(glyphCount('\u1100\u1100\u1100')).toBe(3);
  });
});
