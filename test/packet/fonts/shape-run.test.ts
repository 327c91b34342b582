import { describe, it, expect } from '@jest/globals';
import type { Face } from '../../../src/packet/fonts/face.js';
import { shapeRun } from '../../../src/packet/fonts/shape-run.js';

/** A face whose shaper fails as fontkit's did on Noto Sans Khmer's anchorless mark lookups. */
const brokenShaper = {
  scale: 1,
  font: { layout: () => { throw new TypeError("Cannot read properties of null (reading 'xCoordinate')"); } },
  glyphOf: (cp: number) => cp % 1000,
  advanceOf: () => 500,
} as unknown as Face;

describe('shapeRun when the shaper itself fails', () => {
  it('draws the characters glyph by glyph instead of stopping the document', () => {
    const run = shapeRun(brokenShaper, 'ភ្នំ', 'ltr');
    expect(run.codePoints.flat()).toEqual(Array.from('ភ្នំ', (c) => c.codePointAt(0)));
    expect(run.width).toBe(500 * 4);
  });

  it('paints a right-to-left run in visual order', () => {
    expect(shapeRun(brokenShaper, 'אב', 'rtl').codePoints.flat()).toEqual(['ב'.codePointAt(0), 'א'.codePointAt(0)]);
  });
});
