// scoreLine of a file's lines, read from their words beyond ASCII alone and remembered: most lines of an export
// differ only in ASCII (an email, a date, a number), and scoring each whole line in seven encodings was most of the
// pass that reads a file through for its encoding.
import { AdaptiveMemo } from '../normalize/adaptive-memo.js';
import { scoreLine } from './encoding-models.js';

/**
 * Distinct skeletons remembered before the memory starts over; AdaptiveMemo also stops remembering while they rarely
 * repeat, and a line then costs its models over the skeleton, still shorter than the line.
 */
const MEMO_LIMIT = 20_000;
/** Below this byte no encoding continues a character: every candidate's lead and trail bytes are 0x30 or more. */
const WORD_BYTE = 0x30;
const SEPARATOR = 0x20;

/**
 * The skeleton of a line: its words (runs of bytes from 0x30 up) that hold a byte beyond ASCII, in order, one space
 * between them. Every model of encoding-models scores it exactly as the line, in the same order of steps: a character
 * of any candidate is read inside one word (its bytes after the first are 0x30 or more), a byte below 0x30 only ends a
 * character or fails one, whichever it is, an ASCII letter counts only beside a byte beyond ASCII, in its word, and
 * words of ASCII alone add nothing.
 */
export class LineScores {
  private skeleton = Buffer.alloc(256);
  private readonly memo = new AdaptiveMemo((key: string) => {
    const bytes = Buffer.from(key, 'latin1');
    return scoreLine(bytes, 0, bytes.length);
  }, MEMO_LIMIT);

  /** scoreLine(bytes, from, to); the array returned is shared with other lines of the same skeleton: read it only. */
  score(bytes: Uint8Array, from: number, to: number): readonly number[] {
    if (this.skeleton.length < to - from + 1) this.skeleton = Buffer.alloc(2 * (to - from + 1));
    const skeleton = this.skeleton;
    let length = 0;
    let i = from;
    while (i < to) {
      while (i < to && bytes[i] < WORD_BYTE) i++;
      const start = i;
      let beyondAscii = false;
      while (i < to && bytes[i] >= WORD_BYTE) {
        if (bytes[i] >= 0x80) beyondAscii = true;
        i++;
      }
      if (!beyondAscii) continue;
      if (length > 0) skeleton[length++] = SEPARATOR;
      for (let k = start; k < i; k++) skeleton[length++] = bytes[k];
    }
    return this.memo.get(skeleton.toString('latin1', 0, length));
  }
}
