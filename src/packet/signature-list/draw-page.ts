// The thin drawing step: paints one page model into a PDFKit document (shapes as raw operators, text via TextDrawer).
import type { TextDrawer } from '../fonts/text-drawer.js';
import type { PageModel } from './page-model.js';
import { pdfNumber as num } from '../pdf-number.js';

const rgbCache = new Map<string, string>();

function rgb(color: string): string {
  let text = rgbCache.get(color);
  if (!text) {
    const value = parseInt(color.slice(1), 16);
    text = [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((channel) => num(channel / 255)).join(' ');
    rgbCache.set(color, text);
  }
  return text;
}

/** Paints a page; everything goes through the drawer as one batch (one content write per page). */
export function drawPage(drawer: TextDrawer, page: PageModel): void {
  let ops = '';
  for (const shape of page.shapes) {
    if (shape.kind === 'fill') {
      ops += `${rgb(shape.color)} rg ${num(shape.x)} ${num(shape.y)} ${num(shape.width)} ${num(shape.height)} re f\n`;
    } else {
      ops += `${num(shape.width)} w ${rgb(shape.color)} RG ${num(shape.x1)} ${num(shape.y1)} m ${num(shape.x2)} ${num(shape.y2)} l S\n`;
    }
  }
  drawer.beginBatch();
  // Shapes first: the row shading sits under the text.
  if (ops) drawer.append(ops.slice(0, -1));
  for (const box of page.texts) {
    drawer.draw(box.text, box.x, box.y, { size: box.size, bold: box.bold, width: box.width, align: box.align, color: box.color, han: box.han });
  }
  drawer.endBatch();
}
