// Line breaking for running text (letters, petition text, summary): Unicode line breaking (UAX #14, the linebreak
// package pdfkit's own LineWrapper uses) with three tailorings. Korean breaks between words only (CSS
// `word-break: keep-all`); Thai, Lao, Khmer and Myanmar (class SA, written without spaces) break between the words
// ICU's dictionaries find (Intl.Segmenter), which the linebreak package cannot do; and a paragraph never ends on a line
// holding a single letter (Chinese, Japanese and Korean typesetting avoid such a last line). UAX #14 itself keeps
// 。、」） off the start of a line (kinsoku).
import LineBreaker from 'linebreak';

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/u;
const LETTER = /[\p{L}\p{N}]/gu;
const SOUTHEAST_ASIAN = /[\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\p{sc=Tai_Tham}\p{sc=Tai_Viet}]/u;
/** Thai and Lao vowels written after their consonant but encoded as letters, not marks: a line never starts with one. */
const FOLLOWING_VOWEL = /^[\u0e30\u0e32\u0e33\u0e45\u0eb0\u0eb2\u0eb3]/u;
/** Thai and Lao vowels written before their consonant: a line never ends with one. */
const LEADING_VOWEL = /[\u0e40-\u0e44\u0ec0-\u0ec4]$/u;
const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });
const GRAPHEMES = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Pieces of a text between break opportunities; each keeps its trailing spaces. */
export function breakSegments(text: string): string[] {
  const breaker = new LineBreaker(text);
  const segments: string[] = [];
  let start = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (next.position === start) continue;
    const segment = text.slice(start, next.position);
    const previous = segments[segments.length - 1];
    if (previous !== undefined && insideKoreanWord(previous, segment)) segments[segments.length - 1] = previous + segment;
    else segments.push(...splitSoutheastAsianWords(segment));
    start = next.position;
  }
  return segments;
}

/** UAX #14 gives no break inside a run of class SA; ICU's word segmentation (with its dictionaries) does. */
function splitSoutheastAsianWords(segment: string): string[] {
  if (!SOUTHEAST_ASIAN.test(segment)) return [segment];
  const pieces: string[] = [];
  let piece = '';
  for (const { segment: word } of WORDS.segment(segment)) {
    if (piece && canBreakBetween(piece, word)) {
      pieces.push(piece);
      piece = word;
    } else piece += word;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function canBreakBetween(before: string, after: string): boolean {
  const last = lastCharacter(before);
  return (
    SOUTHEAST_ASIAN.test(last) &&
    SOUTHEAST_ASIAN.test(after.charAt(0)) &&
    !/^\p{M}/u.test(after) &&
    !FOLLOWING_VOWEL.test(after) &&
    !LEADING_VOWEL.test(last)
  );
}

/**
 * keep-all: UAX #14 lets a line break between any two Hangul syllables; Korean readers expect it only at spaces. A
 * particle written straight after a closing bracket, quote, % or symbol ("95%가", "(UNHCR)에서", "…등을"), or a dash
 * straight after Hangul ("—북송—을"), belongs to that token too, though UAX #14 allows a break there.
 */
function insideKoreanWord(before: string, after: string): boolean {
  const last = lastCharacter(before);
  const first = after.codePointAt(0);
  if (first === undefined || last === '') return false;
  const next = String.fromCodePoint(first);
  return (HANGUL.test(next) || HANGUL.test(last)) && !/\s/u.test(last);
}

function lastCharacter(text: string): string {
  const chars = [...text];
  return chars[chars.length - 1] ?? '';
}

/**
 * Splits a piece wider than a line by characters, the last resort: a combining mark stays with its base, a Thai or Lao
 * vowel with its consonant, and the word's last line keeps at least two letters.
 */
function splitByCharacters(text: string, width: number, measure: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment: ch } of GRAPHEMES.segment(text)) {
    const candidate = piece + ch;
    if (piece && measure(candidate.trimEnd()) > width && !FOLLOWING_VOWEL.test(ch) && !LEADING_VOWEL.test(piece)) {
      pieces.push(piece);
      piece = ch;
    } else piece = candidate;
  }
  if (piece) pieces.push(piece);
  keepTwoLettersInTail(pieces, width, measure);
  return pieces;
}

function keepTwoLettersInTail(pieces: string[], width: number, measure: (text: string) => number): void {
  if (pieces.length < 2) return;
  const before = [...GRAPHEMES.segment(pieces[pieces.length - 2])].map((part) => part.segment);
  let tail = pieces[pieces.length - 1];
  while (letterCount(tail) < 2 && before.length > 2 && measure((before[before.length - 1] + tail).trimEnd()) <= width) {
    tail = before.pop() + tail;
  }
  pieces[pieces.length - 2] = before.join('');
  pieces[pieces.length - 1] = tail;
}

function letterCount(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/** One paragraph (no line feeds) as lines of segments, greedily filled. */
function fillLines(segments: string[], width: number, measure: (text: string) => number): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let text = '';
  for (const segment of segments) {
    const candidate = text + segment;
    if (measure(candidate.trimEnd()) <= width) {
      line.push(segment);
      text = candidate;
      continue;
    }
    if (line.length > 0) lines.push(line);
    const pieces = measure(segment.trimEnd()) > width ? splitByCharacters(segment, width, measure) : [segment];
    for (const piece of pieces.slice(0, -1)) lines.push([piece]);
    line = [pieces[pieces.length - 1]];
    text = line[0];
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** A last line of a single letter takes the previous line's last piece with it, when that line keeps one. */
function avoidLoneLastLetter(lines: string[][], width: number, measure: (text: string) => number): void {
  if (lines.length < 2) return;
  const last = lines[lines.length - 1];
  const previous = lines[lines.length - 2];
  if (letterCount(last.join('')) !== 1 || previous.length < 2) return;
  const moved = [previous[previous.length - 1], ...last];
  if (measure(moved.join('').trimEnd()) > width) return;
  previous.pop();
  lines[lines.length - 1] = moved;
}

/** Breaks text into lines no wider than `width` (as `measure` says); explicit line breaks are kept. */
export function breakLines(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/u)) {
    const filled = fillLines(breakSegments(paragraph), width, measure);
    avoidLoneLastLetter(filled, width, measure);
    if (filled.length === 0) lines.push('');
    for (const line of filled) lines.push(line.join('').trimEnd());
  }
  return lines;
}

/**
 * The longest start of `text` that `fits` with "…" after it, cut where a line could break (after a whole word);
 * inside a word (at a grapheme) only when not even the first word fits.
 */
export function abbreviate(text: string, fits: (candidate: string) => boolean): string {
  const withEllipsis = (pieces: readonly string[], count: number) => `${pieces.slice(0, count).join('').trimEnd()}…`;
  const longest = (pieces: readonly string[]) => {
    let low = 0;
    let high = pieces.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fits(withEllipsis(pieces, middle))) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const words = breakSegments(text);
  const whole = longest(words);
  if (whole > 0) return withEllipsis(words, whole);
  const graphemes = [...GRAPHEMES.segment(text)].map((part) => part.segment);
  return withEllipsis(graphemes, longest(graphemes));
}
