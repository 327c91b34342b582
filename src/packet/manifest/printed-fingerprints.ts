// The packet fingerprint each page of a PDF prints at its foot, read back from the page's text as a viewer shows it.
// A list file swapped in from another build prints that build's fingerprint, whatever hash was patched into the manifest.
import { decimalDigitValue } from '../../text/decimal-digit.js';
import { packetWords, PACKET_WORD_LANGUAGES } from '../pages/packet-words.js';
import type { PrintedPageNumber } from './page-numbers.js';

/** What a page prints at its foot: the packet fingerprint, or null when no line of it carries one. */
export type PrintedFingerprint = string | null;

const CODE = '([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})';

/**
 * "Packet fingerprint 2D11-…", "문서 식별 코드 2D11-…", in every language a packet is printed in, matched with the spaces
 * taken out: a viewer's text may split the label from the code, or a label in two fonts into two pieces.
 */
const LABELLED_CODE = new RegExp(
  `(?:${[...new Set(PACKET_WORD_LANGUAGES.map((language) => packetWords(language).packetFingerprint))]
    .map((words) => escapeRegExp(words.replace(/\s+/gu, '')).replace('\\{code\\}', CODE)).join('|')})`,
  'gu',
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Two pieces of text belong to one line when their baselines are this close (points). */
const SAME_LINE_POINTS = 2;

interface Piece {
  text: string;
  x: number;
  y: number;
}

/** The signatures a page of the list says it holds ("signatures 41–80 of 91"), read back as numbers. */
export interface PrintedRange {
  first: number;
  last: number;
  total: number;
}

/** What the foot of one page prints: the packet fingerprint, its page number, and on a page of the list the range of its signatures. */
export interface PrintedFooter {
  fingerprint: PrintedFingerprint;
  page: PrintedPageNumber | null;
  range: PrintedRange | null;
  /** On a page of the count-only certificate, the numbers it prints on a line of their own (the count it certifies); else null. */
  certified: number[] | null;
}

/**
 * The footer of every page, one entry a page (so the entries also count the pages).
 * Throws when the bytes are not a PDF pdfjs can read.
 */
export async function printedFooters(data: Uint8Array): Promise<PrintedFooter[]> {
  // Loaded only when a packet is verified: pdfjs is large, and no other command reads a PDF back.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const printed: PrintedFooter[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const pieces: Piece[] = content.items.flatMap((item) => ('str' in item && item.str !== '' ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []));
      const lines = lineTexts(pieces);
      printed.push({ fingerprint: footerFingerprint(lines), page: footerPageNumber(lines), range: footerRange(lines), certified: certifiedNumbers(lines) });
      page.cleanup();
    }
    return printed;
  } finally {
    await document.destroy();
  }
}

/** The page's text as lines from the foot up, each read left to right, its spaces taken out. */
function lineTexts(pieces: readonly Piece[]): string[] {
  const lines: Piece[][] = [];
  for (const piece of [...pieces].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.find((each) => Math.abs(each[0].y - piece.y) < SAME_LINE_POINTS);
    if (line) line.push(piece);
    else lines.push([piece]);
  }
  return lines.map((line) => line.sort((a, b) => a.x - b.x).map((piece) => piece.text).join('').replace(/\s+/gu, ''));
}

/** The fingerprint on the lowest line that carries one (PDF y grows upwards); `lines` as lineTexts gives them. */
function footerFingerprint(lines: readonly string[]): PrintedFingerprint {
  for (const text of lines) {
    const found = [...text.matchAll(LABELLED_CODE)].map((match) => match.slice(1).find((code) => code !== undefined));
    if (found.length > 0) return found.at(-1) ?? null;
  }
  return null;
}

const DECIMAL_DIGIT = /\p{Nd}/u;

/** A number as the list prints it in any language's digits and grouping ("1,234", "1.234", "1 234", "١٬٢٣٤"). */
const NUMBER = '(\\p{Nd}[\\p{Nd}.,\'\u2019\u066C]*)';

/**
 * "signatures 41–80 of 91", "서명 41–80 (모두 91)", in every language a list is printed in, matched with the spaces
 * taken out as the fingerprint is. The one-signature form has no `{last}`: the page holds `{first}` alone.
 */
const RANGES = slotPatterns(PACKET_WORD_LANGUAGES.flatMap((language) => [packetWords(language).signatureRange, packetWords(language).signatureRangeOne]));

/** "Page 4 of 9", "9쪽 중 7쪽", "第7页，共9页", in every language a packet is printed in, matched as the ranges are. */
const PAGE_NUMBERS = slotPatterns(PACKET_WORD_LANGUAGES.map((language) => packetWords(language).page));

/** Each catalog text as a pattern with its `{slot}`s as numbers, and the slots in the order they are written. */
function slotPatterns(texts: readonly string[]): Array<{ words: string; slots: string[]; pattern: RegExp }> {
  return [...new Set(texts)].map((words) => {
    const slots = [...words.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]);
    const pattern = escapeRegExp(words.replace(/\s+/gu, '')).replace(/\\\{\w+\\\}/gu, NUMBER);
    return { words, slots, pattern: new RegExp(pattern, 'u') };
  });
}

/**
 * The numbers the lowest line printing one of `patterns` with every slot of `required` gives, by slot, with the
 * catalog text it matched; null when no line does.
 */
function lowestSlotValues(lines: readonly string[], patterns: ReturnType<typeof slotPatterns>, required: readonly string[]): { words: string; values: Record<string, number> } | null {
  for (const text of lines) {
    for (const { words, slots, pattern } of patterns) {
      const match = pattern.exec(text);
      if (!match) continue;
      const values: Record<string, number> = Object.fromEntries(slots.map((slot, index) => [slot, numberValue(match[index + 1])]));
      if (required.every((slot) => values[slot] !== undefined)) return { words, values };
    }
  }
  return null;
}

/** The page number printed on the lowest line that carries one, or null when none does (a page from elsewhere). */
function footerPageNumber(lines: readonly string[]): PrintedPageNumber | null {
  const found = lowestSlotValues(lines, PAGE_NUMBERS, ['n', 'total']);
  return found && { n: found.values.n, total: found.values.total, words: found.words };
}

/** "Certificate of signature count", "서명자 수 확인서", in every language, as the certificate's heading prints it (capitals too). */
const CERTIFICATE = new RegExp(`(?:${[...new Set(PACKET_WORD_LANGUAGES.map((language) => packetWords(language).certificate))]
  .map((words) => escapeRegExp(words.replace(/\s+/gu, ''))).join('|')})`, 'iu');

const NUMBER_ALONE = new RegExp(`^${NUMBER}$`, 'u');

/** The numbers a page of the certificate prints alone on a line; null on a page that is not one. */
function certifiedNumbers(lines: readonly string[]): number[] | null {
  if (!lines.some((text) => CERTIFICATE.test(text))) return null;
  return lines.flatMap((text) => {
    const match = NUMBER_ALONE.exec(text);
    return match ? [numberValue(match[1])] : [];
  });
}

/** The range of signatures the page's lines print, or null when none does (a page of the letter, or a forged one). */
function footerRange(lines: readonly string[]): PrintedRange | null {
  const found = lowestSlotValues(lines, RANGES, ['first', 'total']);
  return found && { first: found.values.first, last: found.values.last ?? found.values.first, total: found.values.total };
}

/** The value of a printed number: its digits in any script, its group separators dropped. */
function numberValue(printed: string): number {
  let value = 0;
  for (const character of printed) {
    if (DECIMAL_DIGIT.test(character)) value = value * 10 + decimalDigitValue(character.codePointAt(0) ?? 0);
  }
  return value;
}

