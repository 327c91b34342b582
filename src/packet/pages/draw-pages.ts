// The thin drawing step: turns laid-out pages into pdfkit calls; all text goes through the TextDrawer.
import type { PageFrame, PageItem, PageModel } from './document-model.js';

/** The part of the TextDrawer this step uses. */
export interface TextPainter {
  draw(text: string, x: number, y: number, options: { size: number; bold?: boolean; width?: number; align?: 'left' | 'center' | 'right'; color?: string; direction?: 'ltr' | 'rtl' }): void;
}

export function drawPage(doc: PDFKit.PDFDocument, painter: TextPainter, page: PageModel, frame: PageFrame): void {
  // Margin 0: layout has already placed everything, pdfkit must not wrap or break pages on its own.
  doc.addPage({ size: [frame.width, frame.height], margin: 0 });
  for (const item of page.items) drawItem(doc, painter, item);
}

function drawItem(doc: PDFKit.PDFDocument, painter: TextPainter, item: PageItem): void {
  switch (item.kind) {
    case 'text':
      if (item.text === '') return;
      painter.draw(item.text, item.x, item.y, {
        size: item.size,
        ...(item.bold ? { bold: true } : {}),
        ...(item.width !== undefined ? { width: item.width } : {}),
        ...(item.align ? { align: item.align } : {}),
        ...(item.color ? { color: item.color } : {}),
        ...(item.direction ? { direction: item.direction } : {}),
      });
      return;
    case 'line':
      doc.save().moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.lineWidth).strokeColor(item.color).stroke().restore();
      return;
    case 'rect':
      doc.save().rect(item.x, item.y, item.width, item.height).fill(item.fill).restore();
      return;
    case 'polyline': {
      if (item.points.length < 2) return;
      doc.save().lineWidth(item.lineWidth).strokeColor(item.color).lineJoin('round').lineCap('round');
      const [[x0, y0], ...rest] = item.points;
      doc.moveTo(x0, y0);
      for (const [x, y] of rest) doc.lineTo(x, y);
      doc.stroke().restore();
      return;
    }
  }
}
