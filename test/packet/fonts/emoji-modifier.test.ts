// An emoji with a skin-tone modifier (✊🏽): the fonts have the emoji but no glyph for the modifier, which must then
// be left out rather than printed as a missing-glyph box after it.
import { describe, expect, it } from '@jest/globals';
import { FontSet } from '../../../src/packet/fonts/font-set.js';

describe('skin-tone modifiers', () => {
  it('are dropped, not drawn as a missing glyph, while the emoji before them prints', () => {
    const fonts = FontSet.load();
    const title = '강제북송 중단 ✊🏽';
    expect(fonts.missing(title)).toEqual([]);
    const drawn = fonts.measure(title, true).runs.map((run) => run.text).join('');
    expect(drawn).toContain('✊');
    expect(drawn).not.toMatch(/[\u{1F3FB}-\u{1F3FF}\uFFFD]/u);
  });
});
