// The document model: pages of positioned items, built by pure layout and drawn by draw-pages.ts.

/** One line of text; `y` is the top of its line box, in points from the top of the page. */
export interface TextItem {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  /** With `align`, the box the line is aligned in. */
  width?: number;
  align?: 'left' | 'center' | 'right';
  color?: string;
  /** The direction of the paragraph the line was wrapped from, for the bidi algorithm; the line's own when absent. */
  direction?: 'ltr' | 'rtl';
}

/** A straight stroke (rules, axes, ticks). */
export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
  color: string;
}

/** A filled rectangle (chart bars, share bars). */
export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/** A stroked open path (the cumulative line of the chart). */
export interface PolylineItem {
  kind: 'polyline';
  points: Array<[number, number]>;
  lineWidth: number;
  color: string;
}

export type PageItem = TextItem | LineItem | RectItem | PolylineItem;

export interface PageModel {
  items: PageItem[];
}

/** Page size and the printable area inside the margins, in points. */
export interface PageFrame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What layout needs to know about text: the TextDrawer answers it, tests pass a fake. */
export interface TextMeasure {
  widthOf(text: string, size: number, bold?: boolean): number;
  wrap(text: string, width: number, size: number, bold?: boolean): string[];
  lineHeight(size: number): number;
}

export function contentWidth(frame: PageFrame): number {
  return frame.right - frame.left;
}
