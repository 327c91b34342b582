// The furniture every page shares: the title band at the top and the page/fingerprint line at the bottom.
import type { Geometry } from './page-geometry.js';
import { fillWords, packetWords } from '../pages/packet-words.js';
import { PlacedText, type PageModel, type Shape, type TextBox } from './page-model.js';

export const INK = '#111827';
export const MUTED = '#4b5563';
export const FAINT = '#6b7280';
export const RULE = '#9ca3af';
export const ZEBRA = '#f3f4f6';
/** The header's summary line, in points. */
export const SUMMARY_SIZE = 8;
/** The header's addressee line, in points. */
export const ADDRESSEE_SIZE = 8.5;

export interface FrameText {
  title: string;
  /** "To: …" line under the title. */
  addressee: string;
  /** Right of the title, e.g. "Signature list · Volume 2 of 5". */
  kind: string;
  /** Right of the addressee, e.g. "178,921 signers". */
  summary: string;
  /** The summary's width at its size (SUMMARY_SIZE): the addressee takes the rest of the line, not a fixed share. */
  summaryWidth?: number;
  /** Left of the footer: "Page 12 of 3,980 · Signatures 529–573 of 178,921". */
  footer: string;
  fingerprint: string;
  /** In a packet, the footer prints the packet fingerprint instead: the code the official holds on paper. */
  packetFingerprint?: string;
  /** The language of the fingerprint's label. */
  language?: string;
}

export function header(geometry: Geometry, text: FrameText, texts: TextBox[], shapes: Shape[]): void {
  const { left, top, contentWidth } = geometry;
  const kindWidth = Math.min(150, contentWidth * 0.3);
  // A short summary ("35 signers") leaves the addressee, often an official's whole style, the rest of the line; a long
  // one takes at most half of it.
  const summaryWidth = Math.min(contentWidth * 0.5, text.summaryWidth === undefined ? contentWidth * 0.38 - 12 : text.summaryWidth + 2);
  const addresseeWidth = contentWidth - summaryWidth - 12;
  texts.push(
    new PlacedText(text.title, left, top, contentWidth - kindWidth - 12, 12, undefined, INK, true),
    new PlacedText(text.kind, left + contentWidth - kindWidth, top + 2.5, kindWidth, 8, 'right', MUTED),
    new PlacedText(text.addressee, left, top + 17, addresseeWidth, ADDRESSEE_SIZE, undefined, MUTED),
    new PlacedText(text.summary, left + contentWidth - summaryWidth, top + 17, summaryWidth, SUMMARY_SIZE, 'right', MUTED),
  );
  const ruleY = top + geometry.headerHeight - 9;
  shapes.push({ kind: 'rule', x1: left, y1: ruleY, x2: left + contentWidth, y2: ruleY, width: 0.9, color: INK });
}

export function footer(geometry: Geometry, text: FrameText, texts: TextBox[], shapes: Shape[]): void {
  const { left, contentWidth } = geometry;
  const y = geometry.height - geometry.bottom - geometry.footerHeight + 6;
  shapes.push({ kind: 'rule', x1: left, y1: y, x2: left + contentWidth, y2: y, width: 0.4, color: RULE });
  const fingerprintWidth = Math.min(170, contentWidth * 0.35);
  texts.push(
    new PlacedText(text.footer, left, y + 5, contentWidth - fingerprintWidth - 12, 7.5, undefined, MUTED),
    new PlacedText(fingerprintLabel(text), left + contentWidth - fingerprintWidth, y + 5, fingerprintWidth, 7.5, 'right', FAINT),
  );
}

function fingerprintLabel(text: FrameText): string {
  const words = packetWords(text.language);
  return text.packetFingerprint
    ? fillWords(words.packetFingerprint, { code: text.packetFingerprint })
    : fillWords(words.listFingerprint, { code: text.fingerprint });
}

export function framedPage(number: number, geometry: Geometry, text: FrameText, withHeader: boolean): PageModel {
  const page: PageModel = { number, texts: [], shapes: [] };
  if (withHeader) header(geometry, text, page.texts, page.shapes);
  footer(geometry, text, page.texts, page.shapes);
  return page;
}
