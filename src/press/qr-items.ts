// A QR code as filled rectangles of the page model, so the poster (PDF) and the cards (SVG) draw the same squares.
import QRCode from 'qrcode';
import type { RectItem } from '../packet/pages/document-model.js';

/** The most bytes a QR code holds at the level used here (version 40, error correction M, byte mode). */
export const QR_MAX_BYTES = 2331;

/** Whether `text` fits one QR code at the level qrItems draws. */
export function fitsQrCode(text: string): boolean {
  try {
    QRCode.create(text, { errorCorrectionLevel: 'M' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The code of `text` in a `size` square at (x, y), quiet zone of 4 modules included, on a white ground. Dark modules
 * next to each other in a row are one rectangle, so no hairline shows between them when rasterized.
 */
export function qrItems(text: string, x: number, y: number, size: number): RectItem[] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const module = size / (count + 8);
  const items: RectItem[] = [{ kind: 'rect', x, y, width: size, height: size, fill: '#ffffff' }];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count;) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < count && modules.get(row, end)) end++;
      items.push({ kind: 'rect', x: x + (col + 4) * module, y: y + (row + 4) * module, width: (end - col) * module, height: module, fill: '#000000' });
      col = end;
    }
  }
  return items;
}
