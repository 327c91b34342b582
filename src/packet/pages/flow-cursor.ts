// Places items top to bottom and starts a new page when the next block does not fit.
import type { PageFrame, PageItem, PageModel, TextMeasure } from './document-model.js';

export interface ParagraphStyle {
  size: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  color?: string;
  /** Left edge offset from the frame's left margin. */
  indent?: number;
  /** Width to wrap in; defaults to the frame width minus the indent. */
  width?: number;
}

export class FlowCursor {
  readonly pages: PageModel[] = [];
  y: number;
  /** Where the body starts on the current page, below any running header. */
  private bodyTop = 0;

  constructor(
    readonly frame: PageFrame,
    readonly measure: TextMeasure,
    /** Called on every new page (running headers); may add items and move `y`. */
    private readonly onNewPage?: (cursor: FlowCursor, pageIndex: number) => void,
  ) {
    this.y = frame.top;
    this.newPage();
  }

  get page(): PageModel {
    return this.pages[this.pages.length - 1];
  }

  newPage(): void {
    this.pages.push({ items: [] });
    this.y = this.frame.top;
    // A running header never breaks the page it is on.
    this.bodyTop = Infinity;
    this.onNewPage?.(this, this.pages.length - 1);
    this.bodyTop = this.y;
  }

  /** Starts a new page unless `height` still fits; an empty page is never left behind. */
  ensure(height: number): void {
    if (this.y + height > this.frame.bottom && this.y > this.bodyTop) this.newPage();
  }

  advance(dy: number): void {
    this.y += dy;
  }

  add(item: PageItem): void {
    this.page.items.push(item);
  }

  /** Wrapped text; lines flow onto the next page one by one. Returns the lines placed. */
  paragraph(text: string, style: ParagraphStyle): string[] {
    const indent = style.indent ?? 0;
    const width = style.width ?? this.frame.right - this.frame.left - indent;
    const lineHeight = this.measure.lineHeight(style.size);
    const lines = this.measure.wrap(text, width, style.size, style.bold);
    for (const line of lines) {
      this.ensure(lineHeight);
      this.line(line, { ...style, indent, width });
    }
    return lines;
  }

  /** One line already known to fit in width, at the current y. */
  line(text: string, style: ParagraphStyle): void {
    const indent = style.indent ?? 0;
    const width = style.width ?? this.frame.right - this.frame.left - indent;
    this.add({
      kind: 'text',
      x: this.frame.left + indent,
      y: this.y,
      text,
      size: style.size,
      ...(style.bold ? { bold: true } : {}),
      width,
      align: style.align ?? 'left',
      ...(style.color ? { color: style.color } : {}),
    });
    this.y += this.measure.lineHeight(style.size);
  }
}
