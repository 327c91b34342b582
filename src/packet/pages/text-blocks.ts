// Text as written in YAML (lines broken wherever the editor wrapped them) → paragraphs and list items to be reflowed.

export type TextBlock =
  | { kind: 'paragraph'; text: string }
  /** A numbered or bulleted item: `marker` is printed in the margin, `text` hangs beside it. */
  | { kind: 'item'; marker: string; text: string };

// "1." "2)" "(3)", "a." "b)" "(c)", lower-case roman numerals "iv." "(ii)", Korean "가." "나)", and the bullets and dashes
// "-" "–" "—" "•" "*": a space follows them. Capitals are not markers ("I. M. Pei" is prose).
const SPACED_MARKER = /\d{1,3}[.)]|[(（]\d{1,3}[)）]|[a-z][.)]|[ivxlc]{1,6}[.)]|[(（](?:[a-z]|[ivxlc]{1,6})[)）]|[가나다라마바사아자차카타파하][.)]|[-–—*•·・‧◦▪]/u;
// Markers of Chinese, Japanese and Korean official texts, often written without a space after them: "一、" "1、"
// "（二）", circled ①–㊿ and ㉮, parenthesized ⑴.
const CJK_MARKER = /[一二三四五六七八九十百]{1,3}、|\d{1,3}、|[(（][一二三四五六七八九十百]{1,3}[)）]|[\u2460-\u2487\u3251-\u325f\u32b1-\u32bf\u326e-\u327b]/u;
const ITEM_START = new RegExp(`^(?:(${SPACED_MARKER.source})\\s+|(${CJK_MARKER.source})\\s*)(.*)$`, 'u');

/**
 * Characters of scripts written without spaces (Han, kana, their full-width punctuation, Thai, Lao, Khmer, Myanmar).
 * Hangul is not one of them: Korean puts spaces between words.
 */
const WITHOUT_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\u3000-\u303f\uff01-\uff60\u30fc]/u;

/**
 * A line break inside a paragraph becomes a space, or nothing between two characters of a script written without
 * spaces (the CSS Text rule for segment breaks between East Asian wide characters).
 */
export function joinLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (text === '') {
      text = line;
      continue;
    }
    const before = [...text].pop() ?? '';
    const after = String.fromCodePoint(line.codePointAt(0)!);
    text += WITHOUT_SPACES.test(before) && WITHOUT_SPACES.test(after) ? line : ` ${line}`;
  }
  return text;
}

/**
 * Paragraphs are separated by blank lines; a line starting with "1.", "2)", "(a)", "iv.", "가.", "①", "一、", "（二）", "-", "–" or "•" starts a list item, and the
 * lines after it, up to the next item or blank line, continue it. Every other line break is reflowed.
 */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const chunk of text.replace(/\r\n?/gu, '\n').split(/\n[ \t]*\n/u)) {
    let marker: string | undefined;
    let lines: string[] = [];
    const flush = () => {
      const joined = joinLines(lines);
      if (joined !== '') blocks.push(marker === undefined ? { kind: 'paragraph', text: joined } : { kind: 'item', marker, text: joined });
      lines = [];
      marker = undefined;
    };
    for (const line of chunk.split('\n')) {
      const item = ITEM_START.exec(line.trim());
      if (item) {
        flush();
        marker = item[1] ?? item[2];
        lines.push(item[3]);
      } else lines.push(line);
    }
    flush();
  }
  return blocks;
}
