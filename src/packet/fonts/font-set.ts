// The Noto fonts (regular and bold), which of them draws each character, and how wide text is: loaded once per process.
import { readFileSync } from 'node:fs';
import { Face } from './face.js';
import { FACE_ROLES, fontFilePath, type FaceRole } from './font-files.js';
import { charClass, isControl, CJK_BREAK, COMPLEX, HANGUL, IGNORABLE, KANA, MARK, NEUTRAL } from './char-class.js';
import { shapeRun, type ShapedRun } from './shape-run.js';
import type { HanForm } from './han-form.js';

/** A stretch of text that one face draws. `shaped` runs go through fontkit's shaper; the rest map characters to glyphs. */
export interface FaceRun {
  face: Face;
  text: string;
  shaped: boolean;
}

export interface FontRun {
  /** The font's registered name in a PDFKit document (see `register`). */
  font: string;
  text: string;
}

const REPLACEMENT = 0xfffd;
const SPACE = 0x20;
const LATIN = 0;
const faceIndex = (role: FaceRole) => FACE_ROLES.indexOf(role);
const [KR, SC, TC, JP, EMOJI] = (['kr', 'sc', 'tc', 'jp', 'emoji'] as const).map(faceIndex);
const NON_CJK = FACE_ROLES.map((_, i) => i).filter((i) => ![KR, SC, TC, JP, EMOJI].includes(i));
// Letters take the first face in the order that has them. The CJK faces differ in their Han glyph shapes (Han
// unification: one code point, four national forms), so the text's other characters decide which of them goes first
// (kana → Japanese, Hangul → Korean) and, for Han alone, the hint the caller gives (the signer's country).
// Emoji come last: the emoji face also has digits, #, * and the space (keycap bases), which the text faces draw.
const ORDER_SC = [...NON_CJK, SC, TC, JP, KR, EMOJI];
const ORDER_TC = [...NON_CJK, TC, SC, JP, KR, EMOJI];
const ORDER_JP = [...NON_CJK, JP, SC, TC, KR, EMOJI];
const ORDER_KR = [...NON_CJK, KR, SC, TC, JP, EMOJI];
const HAN_ORDER: Record<HanForm, number[]> = { jp: ORDER_JP, kr: ORDER_KR, tc: ORDER_TC, sc: ORDER_SC };
const SHAPE_CACHE_SIZE = 2048;
/** How much wider than its characters' own glyphs a shaped run may come out (dotted circles, spacing marks). */
const SHAPING_ALLOWANCE = 1.5;
/** Cells are measured by layout, then drawn: remembering recent texts' runs and widths halves the work. */
const MEASURE_CACHE_SIZE = 512;

/** A text split into runs, with its width in 1/1000 em. */
export interface MeasuredText {
  runs: FaceRun[];
  em: number;
  /** Characters no face has (drawn as U+FFFD). */
  missing?: string[];
}

// Runs and measurements are cached, and a cache filling up at the start looks to V8 as if everything allocated at
// that spot lives long: it then allocates every later object of an object or array *literal* there straight into
// the old generation (allocation-site pretenuring), where each cache entry becomes old garbage that only a full
// collection frees. Instances of a class and `new Array()` are not pretenured that way; hence these two classes.
class Run implements FaceRun {
  constructor(readonly face: Face, readonly text: string, readonly shaped: boolean) {}
}

class Measured implements MeasuredText {
  constructor(readonly runs: FaceRun[], readonly em: number, readonly missing?: string[]) {}
}

const scratchMissing = new Set<string>();

let shared: FontSet | undefined;

function readFace(role: FaceRole, bold: boolean): Uint8Array {
  return readFileSync(fontFilePath(role, bold));
}

/** NFC, skipped when every character is below U+0300 (such text is already NFC). */
export function toNfc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= 0x300) return text.normalize('NFC');
  }
  return text;
}

export class FontSet {
  /** Regular faces first, then bold, each in FACE_ROLES order. */
  readonly faces: readonly Face[];
  private readonly byWeight: [regular: readonly Face[], bold: readonly Face[]];
  // The caches are dropped whole and started afresh when full, never cleared or trimmed in place: a long-lived Map's
  // table sits in V8's old generation, and every entry a replaced or cleared old table still points at survives
  // the young-generation collections until the next full one. Cleared in place, the measure cache alone pushed
  // about 40 KB a page into the old generation, which a million-signer list then grew by hundreds of MB.
  private shapeCache = new Map<string, ShapedRun>();
  private readonly measured: [Map<string, MeasuredText>, Map<string, MeasuredText>] = [new Map(), new Map()];

  constructor(read: (role: FaceRole, bold: boolean) => Uint8Array = readFace) {
    const faces: Face[] = [];
    for (const bold of [false, true]) {
      for (const role of FACE_ROLES) faces.push(new Face(faces.length, role, bold, () => read(role, bold)));
    }
    this.faces = faces;
    this.byWeight = [faces.slice(0, FACE_ROLES.length), faces.slice(FACE_ROLES.length)];
  }

  /** The process-wide font set: the font files are read once, on first use of each face. */
  static load(): FontSet {
    shared ??= new FontSet();
    return shared;
  }

  /** Registers every face under its name (`Noto-latin`, `Noto-kr-Bold`, …) so `doc.font(name)` works. */
  register(doc: PDFKit.PDFDocument): void {
    const target = doc as unknown as { registerFont(name: string, src: unknown): void };
    for (const face of this.faces) target.registerFont(face.name, lazyFontkitFont(face));
  }

  /** Splits text into runs by the font that draws them (logical order, NFC). */
  runs(text: string, bold = false, han?: HanForm): FontRun[] {
    return this.faceRuns(toNfc(text), bold, undefined, han).map((run) => ({ font: run.face.name, text: run.text }));
  }

  /** Characters that no face covers (they would print as a box; they are drawn as U+FFFD instead). */
  missing(text: string): string[] {
    const nfc = toNfc(text);
    const out = new Set<string>();
    for (const ch of nfc) {
      const cp = ch.codePointAt(0)!;
      if (isControl(cp) || charClass(cp) & IGNORABLE) continue;
      if (!this.byWeight[0].some((face) => face.has(cp))) out.add(ch);
    }
    return [...out];
  }

  /** Width of one line of text in points. */
  widthOf(text: string, size: number, bold = false, han?: HanForm): number {
    return (this.measure(text, bold, han).em * size) / 1000;
  }

  /**
   * Runs and width of a line (any normalization form), remembered for the next few thousand texts. `han` picks the
   * national form of Han characters when the text itself (kana, Hangul) does not.
   */
  measure(text: string, bold = false, han?: HanForm): MeasuredText {
    let cache = this.measured[bold ? 1 : 0];
    const key = han ? `${han}\u0000${text}` : text;
    let result = cache.get(key);
    if (result) return result;
    // Cleared only when used: Set.clear() always allocates a new table, in the old generation for a long-lived set.
    if (scratchMissing.size) scratchMissing.clear();
    const runs = this.faceRuns(toNfc(text), bold, scratchMissing, han);
    let em = 0;
    for (const run of runs) em += this.runWidth(run);
    result = new Measured(runs, em, scratchMissing.size ? [...scratchMissing] : undefined);
    // Dropping the whole map now and then is cheaper than evicting entry by entry (and see the note on the caches).
    if (cache.size >= MEASURE_CACHE_SIZE) this.measured[bold ? 1 : 0] = cache = new Map();
    cache.set(key, result);
    return result;
  }

  /**
   * An upper bound of `widthOf`, found without shaping or allocating: each character's own glyph advance, with room
   * for what shaping may add (1.5×) where a run would be shaped. Infinity when some character has no face. For
   * deciding quickly, over a whole list, that a cell surely fits on one line.
   */
  widthBound(text: string, size: number, bold = false, han?: HanForm): number {
    const faces = this.byWeight[bold ? 1 : 0];
    const order = this.orderFor(text, faces, han);
    let em = 0;
    let shaped = false;
    let current: Face | undefined;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i++)!;
      if (isControl(cp)) cp = SPACE;
      const flags = charClass(cp);
      if (flags & IGNORABLE) continue;
      const face = isKeycapBase(cp, text, i + 1) ? faces[EMOJI] : faceFor(cp, flags, current, faces, order);
      if (!face) return Number.POSITIVE_INFINITY;
      if (face.complex || flags & (MARK | COMPLEX)) shaped = true;
      em += face.advanceOf(face.glyphOf(cp)) * face.sizeFactor;
      current = face;
    }
    return ((shaped ? em * SHAPING_ALLOWANCE : em) * size) / 1000;
  }

  /** Width of a run in 1/1000 em of the line's size (a face's size factor included). */
  runWidth(run: FaceRun): number {
    // Direction does not change a run's width; the drawer asks for the same direction, so this fills its cache.
    if (run.shaped) return this.shape(run.face, run.text, run.face.rtl ? 'rtl' : 'ltr').width * run.face.sizeFactor;
    const { face, text } = run;
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i++)!;
      width += face.advanceOf(face.glyphOf(cp));
    }
    return width * face.sizeFactor;
  }

  /** fontkit shaping, cached (a cell is measured, then drawn: the second call is free). */
  shape(face: Face, text: string, direction: 'ltr' | 'rtl'): ShapedRun {
    const key = `${face.index}${direction}${text}`;
    let run = this.shapeCache.get(key);
    if (run) return run;
    run = shapeRun(face, text, direction);
    if (this.shapeCache.size >= SHAPE_CACHE_SIZE) this.shapeCache = new Map();
    this.shapeCache.set(key, run);
    return run;
  }

  /**
   * Runs of NFC text by face. Letters take the first face (in the order chosen for this text) that has them;
   * spaces, digits, punctuation and marks stay with the current face when it has them, so an Arabic name with a
   * space is one shaped run. Control characters become spaces, ignorable ones are dropped, uncovered ones become U+FFFD.
   */
  faceRuns(text: string, bold: boolean, missing?: Set<string>, han?: HanForm): FaceRun[] {
    const faces = this.byWeight[bold ? 1 : 0];
    const order = this.orderFor(text, faces, han);
    const runs = new Array<FaceRun>(); // not a literal: see Run
    let current: Face | undefined;
    let pending = '';
    let segmentStart = 0;
    let shaped = false;
    const clusterStarts = graphemeStarts(text);
    for (let i = 0; i < text.length;) {
      const start = i;
      let cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      // A character inside a grapheme (old-Hangul jamo after their initial, an emoji after a ZWJ): the shaper
      // composes the grapheme into what a reader sees as one character.
      if (clusterStarts && !clusterStarts.has(start)) shaped = true;
      let replacement: number | undefined;
      if (isControl(cp)) replacement = cp = SPACE;
      const flags = charClass(cp);
      // Joiners matter to the shaper (a ZWJ or ZWNJ chooses an Indic conjunct's form): kept in runs it shapes.
      if (flags & IGNORABLE && !((current?.complex || shaped) && current?.has(cp))) {
        pending += text.slice(segmentStart, start);
        segmentStart = i;
        continue;
      }
      let face = isKeycapBase(cp, text, i) ? faces[EMOJI] : faceFor(cp, flags, current, faces, order);
      if (!face) {
        missing?.add(String.fromCodePoint(cp));
        face = faces[LATIN];
        replacement = REPLACEMENT;
      }
      if (face !== current) {
        if (current) runs.push(new Run(current, pending + text.slice(segmentStart, start), shaped || current.complex));
        current = face;
        pending = '';
        segmentStart = start;
        shaped = false;
      }
      // Marks must sit on their base, and Indic and Thai letters reorder and join: the shaper draws those runs.
      if (flags & (MARK | COMPLEX)) shaped = true;
      if (replacement !== undefined) {
        pending += text.slice(segmentStart, start) + String.fromCodePoint(replacement);
        segmentStart = i;
      }
    }
    if (current) runs.push(new Run(current, pending + text.slice(segmentStart), shaped || current.complex));
    return runs;
  }

  private orderFor(text: string, faces: readonly Face[], han: HanForm | undefined): number[] {
    let traditionalOnly = false;
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i);
      if (cp < 0x1100) continue;
      if (cp >= 0xd800 && cp <= 0xdbff) cp = text.codePointAt(i++)!;
      const flags = charClass(cp);
      if (flags & KANA) return ORDER_JP;
      if (flags & HANGUL) return ORDER_KR;
      if (flags & CJK_BREAK && !han && !traditionalOnly && !faces[SC].has(cp) && faces[TC].has(cp)) traditionalOnly = true;
    }
    if (han) return HAN_ORDER[han];
    return traditionalOnly ? ORDER_TC : ORDER_SC;
  }
}

const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Where each grapheme (UAX #29) of a non-ASCII text starts; null for ASCII text, whose every character is one. */
function graphemeStarts(text: string): Set<number> | null {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/u.test(text)) return null;
  return new Set(Array.from(GRAPHEMES.segment(text), (segment) => segment.index));
}

/**
 * pdfkit 0.20 accepts a fontkit font object (anything with a `layout` function). This stand-in forwards to the face's
 * font, so registering all the faces reads no file until a document really uses one.
 */
function lazyFontkitFont(face: Face): object {
  return new Proxy({}, {
    get(_target, key) {
      const font = face.font as unknown as Record<PropertyKey, unknown>;
      const value = Reflect.get(font, key, font);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(font) : value;
    },
    has(_target, key) {
      return Reflect.has(face.font, key);
    },
  });
}

/** The face a character is drawn with: the current one for marks and neutral characters it has, else the first in order that has it. */
function faceFor(cp: number, flags: number, current: Face | undefined, faces: readonly Face[], order: readonly number[]): Face | undefined {
  // After an emoji, a space or digit goes back to the text faces rather than staying in the emoji face's keycap glyphs.
  if (current && flags & (NEUTRAL | MARK) && current.has(cp) && !(current.role === 'emoji' && cp < 0x2000)) return current;
  for (const index of order) if (faces[index].has(cp)) return faces[index];
  return undefined;
}

const VARIATION_EMOJI = 0xfe0f;
const COMBINING_KEYCAP = 0x20e3;

/**
 * A digit, # or * that begins a keycap sequence (base, optional U+FE0F, U+20E3): the emoji face draws the whole
 * sequence as one keycap, where the text face would draw the digit and a lone enclosing mark. `next` indexes the
 * UTF-16 unit after the base.
 */
function isKeycapBase(cp: number, text: string, next: number): boolean {
  if (!((cp >= 0x30 && cp <= 0x39) || cp === 0x23 || cp === 0x2a)) return false;
  let after = text.charCodeAt(next);
  if (after === VARIATION_EMOJI) after = text.charCodeAt(next + 1);
  return after === COMBINING_KEYCAP;
}
