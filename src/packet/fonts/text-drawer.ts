// THE text primitive of every packet page: Noto faces with per-character fallback, written straight into the page's content stream.
//
// Why not doc.text(): pdfkit shapes every string with fontkit and caches each layout forever (about 190 MB per
// 1,000 pages of names). Here Latin, Greek, Cyrillic, Georgian, Armenian, Ethiopic, Hangul, Han and kana map characters
// to glyphs through cached tables (3–4× faster); Arabic, Hebrew, Thai, the Indic scripts and combining marks go
// through fontkit's shaper (a plain glyph per character would break their reordering, conjuncts and mark stacking). Glyphs are added to
// pdfkit's own font subset (with its width table and ToUnicode map), so embedding and text extraction stay pdfkit's.
import type { Face } from './face.js';
import type { FaceRun, FontSet } from './font-set.js';
import { BASELINE, fontMeasure } from './font-measure.js';
import type { TextMeasure } from '../pages/document-model.js';
import type { HanForm } from './han-form.js';
import { needsBidi, visualRuns, type TextDirection, type VisualRun } from './visual-runs.js';
import { pdfNumber as num } from '../pdf-number.js';
import { abbreviate } from './break-lines.js';

/** The smallest size anything is printed at (issue 12: the list's cells wrap rather than go below it). */
const MIN_TEXT_SIZE = 7;

export interface DrawOptions {
  size: number;
  bold?: boolean;
  /** The box the line must stay in: alignment is within it, and a line that does not fit is drawn smaller. */
  width?: number;
  align?: 'left' | 'center' | 'right';
  /** '#rrggbb'; black by default. */
  color?: string;
  /** The national form of Han characters (see han-form.ts), when the text alone does not tell. */
  han?: HanForm;
  /** The paragraph's direction when the line is part of a wrapped one (visual-runs.ts). */
  direction?: TextDirection;
}

export { LINE_HEIGHT } from './font-measure.js';

/** What this module uses of pdfkit's EmbeddedFont (pdfkit 0.20, lib/font/embedded.js). */
interface PdfKitEmbeddedFont {
  id: string;
  subset: { includeGlyph(glyph: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

interface PdfKitInternals {
  _font: unknown;
  _fontSource: unknown;
  _fontFamily: unknown;
  page: { fonts: Record<string, unknown> };
  font(name: string): unknown;
  addContent(data: string | Uint8Array): unknown;
}

interface EmbeddedFace {
  font: PdfKitEmbeddedFont;
  /** Four hex digits of the subset glyph id, by the face's own glyph id. */
  hex: string[];
  page: unknown;
}

const colorCache = new Map<string, string>();

function colorOperator(color: string | undefined): string {
  const key = color ?? '#000000';
  let op = colorCache.get(key);
  if (op) return op;
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(key);
  if (!match) throw new Error(`Colour must be #rrggbb, got ${key}`);
  const [r, g, b] = match.slice(1).map((hex) => num(parseInt(hex, 16) / 255));
  op = r === g && g === b ? `${r} g` : `${r} ${g} ${b} rg`;
  colorCache.set(key, op);
  return op;
}

export class TextDrawer {
  private readonly doc: PdfKitInternals;
  private readonly embedded: Array<EmbeddedFace | undefined> = [];
  private batch: string[] | undefined;
  // Inside a batch, one text object stays open and the fill colour and font are set only when they change.
  private inTextObject = false;
  private currentFill: string | undefined;
  private currentFont: string | undefined;
  /** Characters no face has, drawn as U+FFFD; callers can report them. */
  readonly missing = new Set<string>();

  private readonly measurer: TextMeasure;

  constructor(doc: PDFKit.PDFDocument, private readonly fonts: FontSet) {
    fonts.register(doc);
    this.doc = doc as unknown as PdfKitInternals;
    this.measurer = fontMeasure(fonts);
  }

  lineHeight(size: number): number {
    return this.measurer.lineHeight(size);
  }

  widthOf(text: string, size: number, bold = false): number {
    return this.measurer.widthOf(text, size, bold);
  }

  /** Lines of running text no wider than `width`, broken where Unicode line breaking (UAX #14, Korean keep-all) allows. */
  wrap(text: string, width: number, size: number, bold = false): string[] {
    return this.measurer.wrap(text, width, size, bold);
  }

  /** Draws one line with its top at `y`. Never paints outside `width` when one is given. */
  draw(text: string, x: number, y: number, options: DrawOptions): void {
    const { runs, em, missing } = this.fonts.measure(text, options.bold ?? false, options.han);
    if (runs.length === 0) return;
    if (missing) for (const ch of missing) this.missing.add(ch);
    let size = options.size;
    let width = (em * size) / 1000;
    if (options.width !== undefined && width > options.width) {
      // Rounded down to what the PDF will say, so the drawn line is never wider than the box.
      size = Math.floor(((size * options.width) / width) * 100) / 100;
      if (size < MIN_TEXT_SIZE && options.size >= MIN_TEXT_SIZE) {
        // Nothing is printed smaller than 7 pt: a line that would need it ends with "…" instead.
        this.draw(this.cutToWidth(text, options.width, options), x, y, { ...options, size: MIN_TEXT_SIZE });
        return;
      }
      width = (em * size) / 1000;
    }
    if (options.width !== undefined && options.align === 'right') x += options.width - width;
    else if (options.width !== undefined && options.align === 'center') x += (options.width - width) / 2;
    const baseline = y + size * BASELINE;
    const ordered: ReadonlyArray<FaceRun | VisualRun> = needsBidi(runs) ? visualRuns(runs, options.direction) : runs;
    const operators = this.textOperators(ordered, x, baseline, size, colorOperator(options.color));
    if (this.batch) this.batch.push(operators);
    // q…Q: the colour set here must not leak into what pdfkit draws next (it does not know about it).
    else this.doc.addContent(Buffer.from(`q\n${operators}\nQ\n`, 'latin1'));
  }

  /** The longest start of `text` that fits `width` at 7 pt with "…" after it, cut after a whole word when one fits. */
  private cutToWidth(text: string, width: number, options: DrawOptions): string {
    return abbreviate(text, (candidate) => (this.fonts.measure(candidate, options.bold ?? false, options.han).em * MIN_TEXT_SIZE) / 1000 <= width);
  }

  /**
   * Gathers everything drawn until `endBatch` into one content write. pdfkit converts each string it is given
   * character by character and stores it as its own chunk; one latin-1 Buffer per page is far cheaper.
   * Only for callers that draw nothing through pdfkit itself in between (the order of operators must hold).
   */
  beginBatch(): void {
    this.batch ??= [];
    this.currentFill = undefined;
    this.currentFont = undefined;
  }

  endBatch(): void {
    const batch = this.batch;
    if (!batch) return;
    if (this.inTextObject) batch.push('ET');
    this.batch = undefined;
    this.inTextObject = false;
    if (batch.length) this.doc.addContent(Buffer.from(`q\n${batch.join('\n')}\nQ\n`, 'latin1'));
  }

  /** Raw content-stream operators (ASCII, no text operators), in order with the text drawn around them. */
  append(operators: string): void {
    if (this.batch) {
      if (this.inTextObject) this.batch.push('ET');
      this.inTextObject = false;
      this.currentFill = undefined; // the operators may set it
      this.batch.push(operators);
    } else this.doc.addContent(Buffer.from(`q\n${operators}\nQ\n`, 'latin1'));
  }

  /**
   * The operators for one line: a whole BT…ET object, or inside a batch only what changed. The text matrix flips
   * y back, because pdfkit's page space has y growing downwards.
   */
  private textOperators(runs: ReadonlyArray<FaceRun | VisualRun>, x: number, baseline: number, size: number, color: string): string {
    const batched = this.batch !== undefined;
    let out = '';
    if (!batched || !this.inTextObject) out += 'BT\n';
    if (!batched || this.currentFill !== color) out += `${color}\n`;
    if (batched) {
      this.inTextObject = true;
      this.currentFill = color;
    }
    out += `1 0 0 -1 ${num(x)} ${num(baseline)} Tm`;
    let pen = x; // where the next glyph should go
    let painted = x; // where the PDF's text position is (glyph advances from the width table)
    let raised = false;
    for (const run of runs) {
      const face = run.face;
      const embedded = this.embed(face);
      const faceSize = size * face.sizeFactor;
      const scale = faceSize / 1000;
      const font = `/${embedded.font.id} ${num(faceSize)} Tf`;
      if (!batched || font !== this.currentFont) {
        out += `\n${font}`;
        if (batched) this.currentFont = font;
      }
      if (!run.shaped) {
        if (Math.abs(pen - painted) > 0.005 || raised) {
          out += `\n1 0 0 -1 ${num(pen)} ${num(baseline)} Tm`;
          painted = pen;
          raised = false;
        }
        const { text } = run;
        let hex = '';
        let advance = 0;
        for (let i = 0; i < text.length; i++) {
          let cp = text.charCodeAt(i);
          if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i++)!;
          const gid = face.glyphOf(cp);
          hex += embedded.hex[gid] ?? this.include(embedded, face, gid, [cp]);
          advance += face.advanceOf(gid);
        }
        out += `\n<${hex}> Tj`;
        pen += advance * scale;
        painted = pen;
        continue;
      }
      // Without bidi there is no right-to-left face on the line: a shaped run is then left to right (Thai, Indic, marks).
      const shaped = this.fonts.shape(face, run.text, 'rtl' in run && run.rtl ? 'rtl' : 'ltr');
      // The glyphs are in visual order (a Devanagari vowel sign before its consonant, a conjunct as one glyph): the
      // run is marked with its string as typed (/ActualText, PDF 14.9.4), which copy and paste and text extraction
      // give instead of the glyphs' own code points. The operator is pdfkit's markContent('Span', { actual }), written
      // here because the drawer writes its own text objects.
      out += `\n/Span <</ActualText <FEFF${utf16Hex(run.text)}>>> BDC`;
      let hex = '';
      for (let i = 0; i < shaped.glyphs.length; i++) {
        const targetX = pen + shaped.xOffset[i] * scale;
        const rise = shaped.yOffset[i] * scale;
        if (Math.abs(targetX - painted) > 0.005 || rise !== 0 || raised) {
          if (hex) out += `\n<${hex}> Tj`;
          hex = '';
          out += `\n1 0 0 -1 ${num(targetX)} ${num(baseline - rise)} Tm`;
          painted = targetX;
          raised = rise !== 0;
        }
        const gid = shaped.glyphs[i];
        hex += embedded.hex[gid] ?? this.include(embedded, face, gid, shaped.codePoints[i]);
        painted += shaped.advances[i] * scale;
        pen += shaped.xAdvance[i] * scale;
      }
      if (hex) out += `\n<${hex}> Tj`;
      out += '\nEMC';
    }
    return batched ? out : `${out}\nET`;
  }

  /** The face's pdfkit font in this document, opened on first use and listed in the current page's resources. */
  private embed(face: Face): EmbeddedFace {
    let embedded = this.embedded[face.index];
    if (!embedded) {
      const doc = this.doc;
      const saved = [doc._font, doc._fontSource, doc._fontFamily] as const;
      doc.font(face.name);
      embedded = { font: doc._font as PdfKitEmbeddedFont, hex: [], page: undefined };
      [doc._font, doc._fontSource, doc._fontFamily] = saved;
      this.embedded[face.index] = embedded;
    }
    if (embedded.page !== this.doc.page) {
      this.doc.page.fonts[embedded.font.id] = embedded.font.ref();
      embedded.page = this.doc.page;
    }
    return embedded;
  }

  private include(embedded: EmbeddedFace, face: Face, gid: number, codePoints: number[]): string {
    const font = embedded.font;
    const subsetId = font.subset.includeGlyph(gid);
    font.widths[subsetId] ??= face.advanceOf(gid);
    font.unicode[subsetId] ??= codePoints;
    const hex = subsetId.toString(16).padStart(4, '0');
    embedded.hex[gid] = hex;
    return hex;
  }
}

/** UTF-16BE code units of a string, as upper-case hex (a PDF text string after its FEFF byte-order mark). */
function utf16Hex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return hex;
}
