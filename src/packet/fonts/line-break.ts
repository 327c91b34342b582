// Greedy line breaking that works for CJK (a break between any two Han, Hangul or kana characters) and for spaces.
import { charClass, CJK_BREAK, MARK, NEUTRAL } from './char-class.js';

interface Token {
  text: string;
  spaceBefore: boolean;
}

const WHITESPACE = /\s/u;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let current = '';
  let spaceBefore = false;
  let previousCjk = false;
  const push = () => {
    if (current) tokens.push({ text: current, spaceBefore });
    current = '';
    spaceBefore = false;
  };
  for (const ch of text) {
    if (WHITESPACE.test(ch)) {
      push();
      spaceBefore = tokens.length > 0;
      previousCjk = false;
      continue;
    }
    const flags = charClass(ch.codePointAt(0)!);
    const cjk = (flags & CJK_BREAK) !== 0;
    // Punctuation and marks never start a line: they stay with what comes before them.
    if (current && (cjk || previousCjk) && !(flags & (NEUTRAL | MARK))) push();
    current += ch;
    previousCjk = cjk;
  }
  push();
  return tokens;
}

/** Splits a token that is wider than a line by characters (a combining mark stays with its base). */
function splitLong(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    const candidate = line + ch;
    if (line && measure(candidate) > width && !(charClass(ch.codePointAt(0)!) & MARK)) {
      lines.push(line);
      line = ch;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Breaks text into lines no wider than `width` (as `measure` says); explicit line breaks are kept. */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/u)) {
    let line = '';
    for (const token of tokenize(paragraph)) {
      const candidate = line ? line + (token.spaceBefore ? ' ' : '') + token.text : token.text;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = measure(token.text) > width ? splitLong(token.text, width, measure) : [token.text];
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
    }
    lines.push(line);
  }
  return lines;
}
