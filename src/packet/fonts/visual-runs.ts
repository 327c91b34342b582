// Right-to-left text: bidi-js levels, runs reordered for painting left to right (Unicode bidi rule L2).
import bidiModule, { type Bidi } from 'bidi-js';
import type { FaceRun } from './font-set.js';
import type { Face } from './face.js';

// bidi-js is CommonJS whose module.exports is the factory; its types claim an ES default export instead.
const bidiFactory = ((bidiModule as unknown as { default?: () => Bidi }).default ?? bidiModule) as unknown as () => Bidi;
const bidi = bidiFactory();

/** A run as painted: `rtl` runs are shaped right to left (complex faces) or reversed and mirrored (the rest). */
export interface VisualRun {
  face: Face;
  text: string;
  shaped: boolean;
  rtl: boolean;
}

interface LeveledRun extends VisualRun {
  level: number;
}

export type TextDirection = 'ltr' | 'rtl';

/** The direction of a paragraph: that of its first strong letter (UAX #9 P2–P3), left to right when it has none. */
export function paragraphDirection(text: string): TextDirection {
  return bidi.getEmbeddingLevels(text).paragraphs[0]?.level % 2 === 1 ? 'rtl' : 'ltr';
}

/** True when some run needs the bidi algorithm (only the Arabic and Hebrew faces hold right-to-left letters). */
export function needsBidi(runs: readonly FaceRun[]): boolean {
  for (const run of runs) if (run.face.rtl) return true;
  return false;
}

function reverseMirrored(text: string): string {
  const chars = [...text];
  chars.reverse();
  for (let i = 0; i < chars.length; i++) chars[i] = bidi.getMirroredCharacter(chars[i]) ?? chars[i];
  return chars.join('');
}

/**
 * Runs in painting order (left to right). The paragraph direction is `direction` when given (a line of a wrapped
 * paragraph takes the paragraph's, UAX #9 L1–L2 per line), else it comes from the line's first strong letter.
 */
export function visualRuns(runs: readonly FaceRun[], direction?: TextDirection): VisualRun[] {
  const full = runs.map((run) => run.text).join('');
  const { levels } = bidi.getEmbeddingLevels(full, direction ?? 'auto');
  const pieces: LeveledRun[] = [];
  let offset = 0;
  for (const run of runs) {
    let start = 0;
    for (let i = 1; i <= run.text.length; i++) {
      if (i === run.text.length || levels[offset + i] !== levels[offset + start]) {
        const level = levels[offset + start];
        pieces.push({ face: run.face, text: run.text.slice(start, i), shaped: run.shaped, rtl: level % 2 === 1, level });
        start = i;
      }
    }
    offset += run.text.length;
  }
  let highest = 0;
  let lowestOdd = Number.MAX_SAFE_INTEGER;
  for (const piece of pieces) {
    highest = Math.max(highest, piece.level);
    if (piece.level % 2 === 1) lowestOdd = Math.min(lowestOdd, piece.level);
  }
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < pieces.length;) {
      if (pieces[i].level < level) {
        i++;
        continue;
      }
      let end = i;
      while (end < pieces.length && pieces[end].level >= level) end++;
      const reversed = pieces.slice(i, end).reverse();
      pieces.splice(i, end - i, ...reversed);
      i = end;
    }
  }
  return pieces.map((piece) => ({
    face: piece.face,
    // Characters drawn glyph by glyph are put in visual order here; the shaper does that itself for its runs.
    text: piece.rtl && !piece.shaped ? reverseMirrored(piece.text) : piece.text,
    shaped: piece.shaped,
    rtl: piece.rtl,
  }));
}
