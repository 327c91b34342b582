// Scores every line of a file in each candidate encoding and picks the one the whole file reads best in: a line that
// one encoding cannot decode, or reads far worse in than in another, counts against it.
import { isAscii } from 'node:buffer';
import { CANDIDATES, PRIOR, type Candidate } from './encoding-models.js';
import { LineScores } from './line-scores.js';
import { LINES_SHOWN, NamedLines } from './named-lines.js';

/** A line reading this much less likely (×1000) in one encoding than in the best is a line that encoding garbles. */
export const LINE_MARGIN = Math.log(1000);
/** Two encodings whose whole-file readings are within ×100 of each other are both plausible: the bytes can't tell. */
const FILE_MARGIN = Math.log(100);
/** A line longer than this (a 10 MB comment) is scored in parts. */
const MAX_LINE = 1 << 20;
const LF = 10;
const CR = 13;

export interface EncodingVerdict {
  encoding: Candidate;
  /** Other encodings that read the whole file about as well, with no line they garble: the bytes alone can't choose. */
  alsoPlausible: string[];
  /** The first lines holding bytes beyond ASCII, where the plausible readings differ. */
  textLines: number[];
  /**
   * Lines `encoding` decodes but garbles, by the encoding each reads best in (`lookalike`): rows pasted from files in
   * other encodings. A file mixing four encodings has three groups, each named.
   */
  misfits: Misfits[];
  /** How many lines `encoding` cannot decode or garbles: 0 when the whole file reads as one encoding. */
  garbledLines: number;
}

export interface Misfits {
  lines: number[];
  count: number;
  lookalike: Candidate;
}

interface Standing {
  score: number;
  bad: number;
  misfits: Map<Candidate, NamedLines>;
}

/** Fed a file's bytes in order (chunks cut anywhere), then `end()`; lines are numbered as the record splitter does. */
export class EncodingTally {
  private readonly standings: Standing[] = CANDIDATES.map((c) => ({ score: PRIOR[c], bad: 0, misfits: new Map() }));
  private readonly textLines: number[] = [];
  private textLineCount = 0;
  /** Line ends seen so far. */
  private lines = 0;
  private carry: Uint8Array = new Uint8Array(0);
  private readonly lineScores = new LineScores();

  add(chunk: Uint8Array): void {
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    // Line ends are found natively and each line is tested for bytes beyond ASCII natively (isAscii): a loop over
    // every byte in JavaScript was most of this pass.
    let start = 0;
    let lf = data.indexOf(LF);
    let cr = data.indexOf(CR);
    for (;;) {
      if (lf !== -1 && lf < start) lf = data.indexOf(LF, start);
      if (cr !== -1 && cr < start) cr = data.indexOf(CR, start);
      let end: number;
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        // In an LF file a lone CR ends a line too; the CR of a CRLF does not. A CR last in the chunk waits.
        if (cr + 1 === data.length) break;
        end = data[cr + 1] === LF ? cr + 1 : cr;
      } else if (lf !== -1) {
        end = lf;
      } else {
        break;
      }
      if (!isAscii(data.subarray(start, end))) this.scoreLine(data, start, end);
      this.lines++;
      start = end + 1;
    }
    const rest = data.subarray(start);
    if (rest.length <= MAX_LINE) this.carry = Uint8Array.from(rest);
    else {
      if (!isAscii(rest)) this.scoreLine(rest, 0, rest.length);
      this.carry = new Uint8Array(0);
    }
  }

  end(): void {
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    if (!isAscii(rest)) this.scoreLine(rest, 0, rest.length);
  }

  /** Undefined when every byte is ASCII: every encoding reads the file alike. */
  verdict(): EncodingVerdict | undefined {
    if (this.textLineCount === 0) return undefined;
    const fewestBad = Math.min(...this.standings.map((s) => s.bad));
    let chosen = -1;
    this.standings.forEach((s, i) => {
      if (s.bad === fewestBad && (chosen === -1 || s.score > this.standings[chosen].score)) chosen = i;
    });
    const best = this.standings[chosen];
    const alsoPlausible = fewestBad > 0 ? [] : CANDIDATES.filter((_, i) => i !== chosen && this.standings[i].bad === 0 && this.standings[i].score >= best.score - FILE_MARGIN);
    return {
      encoding: CANDIDATES[chosen],
      alsoPlausible,
      textLines: this.textLines,
      misfits: [...best.misfits].map(([lookalike, lines]) => ({ lines: lines.shown, count: lines.count, lookalike })),
      garbledLines: best.bad,
    };
  }

  private scoreLine(bytes: Uint8Array, from: number, to: number): void {
    const line = this.lines + 1;
    if (this.textLines.length < LINES_SHOWN && this.textLines.at(-1) !== line) this.textLines.push(line);
    this.textLineCount++;
    const scores = this.lineScores.score(bytes, from, to);
    let best = 0;
    for (let i = 1; i < scores.length; i++) if (scores[i] > scores[best]) best = i;
    const top = scores[best];
    const likeliest = CANDIDATES[best];
    const garbled = top - LINE_MARGIN;
    for (let i = 0; i < scores.length; i++) {
      const score = scores[i];
      const standing = this.standings[i];
      if (score >= garbled) {
        standing.score += score;
        continue;
      }
      // A line an encoding garbles or cannot decode counts as bad, and its reading says nothing more: every such line
      // scores alike, so ties in bad lines are settled by the lines each reads. Left out when undecodable, it made
      // Big5, which cannot decode a Shift_JIS row, win over CP949, which garbles it, in a file of CP949 rows, and every
      // Korean row came out as Hanzi, unnamed (left27).
      standing.score += garbled;
      standing.bad++;
      // A line the encoding cannot decode shows as U+FFFD and is named by the decoding check; one it decodes wrongly is named here.
      if (score === -Infinity) continue;
      let misfits = standing.misfits.get(likeliest);
      if (!misfits) standing.misfits.set(likeliest, (misfits = new NamedLines()));
      misfits.add(line);
    }
  }
}

/**
 * The lines of `sample` that one of `candidates` reads about as well as the encoding that reads each best (within
 * LINE_MARGIN), joined again: what a single-byte page is judged on in a file with rows in other encodings, whose garbage
 * no page reads as text (a file of Windows-1252 rows with UTF-8, CP949 and Shift_JIS ones was read as ISO-8859-2 or
 * Windows-1256, and no row was named; left27). The whole sample when no line is left.
 */
export function linesReadWell(sample: Uint8Array, candidates: readonly Candidate[]): Uint8Array {
  const bytes = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  const indexes = candidates.map((candidate) => CANDIDATES.indexOf(candidate));
  const lineScores = new LineScores();
  const kept: Buffer[] = [];
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(LF, start);
    if (end === -1) end = bytes.length;
    const scores = isAscii(bytes.subarray(start, end)) ? undefined : lineScores.score(bytes, start, end);
    const top = scores ? Math.max(...scores) : 0;
    if (!scores || indexes.some((i) => scores[i] >= top - LINE_MARGIN)) kept.push(bytes.subarray(start, Math.min(end + 1, bytes.length)));
    start = end + 1;
  }
  return kept.length === 0 ? sample : Buffer.concat(kept);
}
