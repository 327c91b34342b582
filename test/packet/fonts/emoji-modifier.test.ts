// An emoji with a skin-tone modifier (✊🏽): the emoji face draws the whole sequence as one glyph, so the modifier is
// never printed as a missing-glyph box after the emoji.
import { describe, expect, it } from '@jest/globals';
import { FontSet } from '../../../src/packet/fonts/font-set.js';

describe('skin-tone modifiers', () => {
  it('print with the emoji they modify, never as a missing glyph', () => {
    const fonts = FontSet.load();
    const title = '강제북송 중단 ✊🏽';
    expect(fonts.missing(title)).toEqual([]);
    const drawn = fonts.measure(title, true).runs.map((run) => run.text).join('');
    expect(drawn).toContain('✊');
    expect(drawn).not.toContain('\uFFFD');
  });
});
