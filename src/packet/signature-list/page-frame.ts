// The furniture every page shares: the title band at the top and the page/fingerprint line at the bottom.
import type { Geometry } from './page-geometry.js';
import type { PageModel, Shape, TextBox } from './page-model.js';

export const INK = '#111827';
export const MUTED = '#4b5563';
export const FAINT = '#6b7280';
export const RULE = '#9ca3af';
export const ZEBRA = '#f3f4f6';

export interface FrameText {
  title: string;
  /** "To: …" line under the title. */
  addressee: string;
  /** Right of the title, e.g. "Signature list · Volume 2 of 5". */
  kind: string;
  /** Right of the addressee, e.g. "178,921 signers". */
  summary: string;
  /** Left of the footer: "Page 12 of 3,980 · Signatures 529–573 of 178,921". */
  footer: string;
  fingerprint: string;
}

export function header(geometry: Geometry, text: FrameText, texts: TextBox[], shapes: Shape[]): void {
  const { left, top, contentWidth } = geometry;
  const kindWidth = Math.min(150, contentWidth * 0.3);
  texts.push(
    { text: text.title, x: left, y: top, width: contentWidth - kindWidth - 12, size: 12, bold: true, color: INK },
    { text: text.kind, x: left + contentWidth - kindWidth, y: top + 2.5, width: kindWidth, size: 8, align: 'right', color: MUTED },
    { text: text.addressee, x: left, y: top + 17, width: contentWidth * 0.62, size: 8.5, color: MUTED },
    { text: text.summary, x: left + contentWidth * 0.62 + 12, y: top + 17, width: contentWidth * 0.38 - 12, size: 8, align: 'right', color: MUTED },
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
    { text: text.footer, x: left, y: y + 5, width: contentWidth - fingerprintWidth - 12, size: 7.5, color: MUTED },
    { text: `List fingerprint ${text.fingerprint}`, x: left + contentWidth - fingerprintWidth, y: y + 5, width: fingerprintWidth, size: 7.5, align: 'right', color: FAINT },
  );
}

export function framedPage(number: number, geometry: Geometry, text: FrameText, withHeader: boolean): PageModel {
  const page: PageModel = { number, texts: [], shapes: [] };
  if (withHeader) header(geometry, text, page.texts, page.shapes);
  footer(geometry, text, page.texts, page.shapes);
  return page;
}
