// One font file (a role and a weight): loaded on first use, with cached code point → glyph and glyph → advance lookups.
import * as fontkit from 'fontkit';
import type { FaceRole } from './font-files.js';
import { skipNullAnchors } from './null-anchor-guard.js';

// The emoji face is shaped too: its ligatures make one glyph of a skin-tone, ZWJ, flag or keycap sequence.
// Lao like Thai; Tibetan, Khmer, Myanmar and Javanese stack and reorder like the Indic scripts.
const SHAPED_SCRIPTS = new Set<FaceRole>([
  'thai', 'bengali', 'tamil', 'gujarati', 'lao', 'khmer', 'myanmar', 'tibetan', 'javanese', 'emoji',
]);
const RIGHT_TO_LEFT = new Set<FaceRole>(['arabic', 'hebrew', 'thaana']);

export class Face {
  readonly name: string;
  /**
   * Runs of this face always go through fontkit's shaper: Arabic and Hebrew (joining, marks, right-to-left), Thai and
   * the Indic scripts (reordering, conjuncts, stacked marks), emoji (sequences). Other faces map characters to glyphs directly.
   */
  readonly complex: boolean;
  /** Its letters are written right to left (the bidi algorithm orders the line). */
  readonly rtl: boolean;
  /**
   * Drawn this much larger than the line's size: Noto Naskh Arabic's letters are small beside Noto Sans at the
   * same nominal size, and a name should not look smaller because of its script.
   */
  readonly sizeFactor: number;
  private loaded: fontkit.Font | undefined;
  private bmpGlyphs: Int32Array | undefined; // glyph id + 1; 0 = not looked up yet
  private readonly astralGlyphs = new Map<number, number>();
  private advances: Float32Array | undefined; // per glyph id, in 1/1000 em; -1 = not looked up yet
  private unitScale = 1;

  constructor(
    readonly index: number,
    readonly role: FaceRole,
    readonly bold: boolean,
    private readonly read: () => Uint8Array,
  ) {
    this.name = `Noto-${role}${bold ? '-Bold' : ''}`;
    this.rtl = RIGHT_TO_LEFT.has(role);
    this.complex = this.rtl || SHAPED_SCRIPTS.has(role);
    this.sizeFactor = role === 'arabic' ? 1.2 : 1;
  }

  /** The fontkit font, parsed on first use (the CJK files are 4–8 MB each, so unused ones are never read). */
  get font(): fontkit.Font {
    if (!this.loaded) {
      const font = fontkit.create(this.read());
      if (this.complex) skipNullAnchors(font);
      this.loaded = font;
      this.unitScale = 1000 / font.unitsPerEm;
      this.bmpGlyphs = new Int32Array(0x10000);
      this.advances = new Float32Array(font.numGlyphs).fill(-1);
    }
    return this.loaded;
  }

  /** Font units → 1/1000 em (PDF glyph space). */
  get scale(): number {
    if (!this.loaded) void this.font;
    return this.unitScale;
  }

  /** Glyph id for a code point; 0 (.notdef) when the font lacks it. */
  glyphOf(cp: number): number {
    if (!this.loaded) void this.font;
    if (cp < 0x10000) {
      const cached = this.bmpGlyphs![cp];
      if (cached) return cached - 1;
      const id = this.lookUp(cp);
      this.bmpGlyphs![cp] = id + 1;
      return id;
    }
    let id = this.astralGlyphs.get(cp);
    if (id === undefined) {
      id = this.lookUp(cp);
      this.astralGlyphs.set(cp, id);
    }
    return id;
  }

  has(cp: number): boolean {
    return this.glyphOf(cp) !== 0;
  }

  /** Advance width of a glyph in 1/1000 em. */
  advanceOf(gid: number): number {
    const cached = this.advances![gid];
    if (cached >= 0) return cached;
    const width = this.font.getGlyph(gid).advanceWidth * this.unitScale;
    this.advances![gid] = width;
    return width;
  }

  private lookUp(cp: number): number {
    const font = this.loaded!;
    return font.hasGlyphForCodePoint(cp) ? font.glyphForCodePoint(cp).id : 0;
  }
}
