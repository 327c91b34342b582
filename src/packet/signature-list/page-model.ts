// The document model the layout produces and the drawing step paints: text boxes and simple shapes per page.

export interface TextBox {
  text: string;
  /** Top-left of the line box, in points from the page's top-left corner. */
  x: number;
  y: number;
  /** The box the text stays in (it is drawn smaller if it would not fit). */
  width: number;
  size: number;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  color?: string;
}

export type Shape =
  | { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { kind: 'fill'; x: number; y: number; width: number; height: number; color: string };

export interface PageModel {
  /** 1-based, continuous across volumes. */
  number: number;
  texts: TextBox[];
  shapes: Shape[];
}

/** What layout needs from the fonts: measuring and line breaking (FontSet-backed in production, fakes in tests). */
export interface TextMeasure {
  widthOf(text: string, size: number, bold?: boolean): number;
  wrap(text: string, width: number, size: number, bold?: boolean): string[];
}
