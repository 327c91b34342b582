// fontkit shaping for the runs that need it (Arabic joining, Hebrew and combining marks): glyphs in visual order.
import type { Face } from './face.js';

/** A shaped run in 1/1000 em: glyphs left to right as they are painted. */
export interface ShapedRun {
  glyphs: number[];
  /** The characters each glyph stands for, for the PDF's ToUnicode map (text extraction, search). */
  codePoints: number[][];
  /** The glyph's own advance (what the PDF's width table says). */
  advances: number[];
  /** Where the shaper wants the pen to move after the glyph; differs from `advances` for marks and kerning. */
  xAdvance: number[];
  xOffset: number[];
  yOffset: number[];
  width: number;
}

/** A class, not an object literal: shaped runs are cached, and V8 would allocate cached literals in the old generation (see font-set.ts). */
class Shaped implements ShapedRun {
  readonly glyphs = new Array<number>();
  readonly codePoints = new Array<number[]>();
  readonly advances = new Array<number>();
  readonly xAdvance = new Array<number>();
  readonly xOffset = new Array<number>();
  readonly yOffset = new Array<number>();
  width = 0;
}

/** Shapes `text` with one face; fontkit returns right-to-left runs already reversed into painting order. */
export function shapeRun(face: Face, text: string, direction: 'ltr' | 'rtl'): ShapedRun {
  const scale = face.scale;
  let run: ReturnType<typeof face.font.layout>;
  try {
    run = face.font.layout(text, undefined, undefined, undefined, direction);
  } catch {
    // A defect in fontkit's shaper for one font must not stop a packet: the run is drawn glyph by glyph instead.
    return unshapedRun(face, text, direction);
  }
  const out = new Shaped();
  for (let i = 0; i < run.glyphs.length; i++) {
    const glyph = run.glyphs[i];
    const position = run.positions[i];
    out.glyphs.push(glyph.id);
    out.codePoints.push(glyph.codePoints);
    out.advances.push(face.advanceOf(glyph.id));
    out.xAdvance.push(position.xAdvance * scale);
    out.xOffset.push(position.xOffset * scale);
    out.yOffset.push(position.yOffset * scale);
    out.width += position.xAdvance * scale;
  }
  return out;
}

/** The characters' own glyphs side by side, in painting order: legible, though marks are not placed and nothing joins. */
function unshapedRun(face: Face, text: string, direction: 'ltr' | 'rtl'): ShapedRun {
  const out = new Shaped();
  const codePoints = Array.from(text, (char) => char.codePointAt(0)!);
  if (direction === 'rtl') codePoints.reverse();
  for (const cp of codePoints) {
    const glyph = face.glyphOf(cp);
    const advance = face.advanceOf(glyph);
    out.glyphs.push(glyph);
    out.codePoints.push([cp]);
    out.advances.push(advance);
    out.xAdvance.push(advance);
    out.xOffset.push(0);
    out.yOffset.push(0);
    out.width += advance;
  }
  return out;
}
