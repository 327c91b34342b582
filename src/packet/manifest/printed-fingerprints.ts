// The packet fingerprint each page of a PDF prints at its foot, read back from the page's text as a viewer shows it.
// A list file swapped in from another build prints that build's fingerprint, whatever hash was patched into the manifest.
import { packetWords, PACKET_WORD_LANGUAGES } from '../pages/packet-words.js';

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

/**
 * The fingerprint printed on each page, one entry a page. The lowest line that carries one is the footer: a signer's
 * name that reads like a fingerprint sits in a row above it and is never taken for it.
 * Throws when the bytes are not a PDF pdfjs can read.
 */
export async function printedFingerprints(data: Uint8Array): Promise<PrintedFingerprint[]> {
  // Loaded only when a packet is verified: pdfjs is large, and no other command reads a PDF back.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const printed: PrintedFingerprint[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const pieces: Piece[] = content.items.flatMap((item) => ('str' in item && item.str !== '' ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : []));
      printed.push(footerFingerprint(pieces));
      page.cleanup();
    }
    return printed;
  } finally {
    await document.destroy();
  }
}

/** The fingerprint on the lowest line that carries one (PDF y grows upwards). */
export function footerFingerprint(pieces: readonly Piece[]): PrintedFingerprint {
  const lines: Piece[][] = [];
  for (const piece of [...pieces].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const line = lines.find((each) => Math.abs(each[0].y - piece.y) < SAME_LINE_POINTS);
    if (line) line.push(piece);
    else lines.push([piece]);
  }
  for (const line of lines) {
    const text = line.sort((a, b) => a.x - b.x).map((piece) => piece.text).join('').replace(/\s+/gu, '');
    const found = [...text.matchAll(LABELLED_CODE)].map((match) => match.slice(1).find((code) => code !== undefined));
    if (found.length > 0) return found.at(-1) ?? null;
  }
  return null;
}
