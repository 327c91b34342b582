// The document model the layout produces and the drawing step paints: text boxes and simple shapes per page.
import type { HanForm } from '../fonts/han-form.js';

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
  /** The national form of Han characters (the signer's country), when the text alone does not tell. */
  han?: HanForm;
}

/**
 * A TextBox made by a constructor, for the boxes layout makes by the hundred on every page. Made as object literals,
 * V8 may judge early on (while its young generation is still small) that the literal's objects live long, and then
 * allocate every later one straight into the old generation (allocation-site pretenuring): at a million signers that
 * was hundreds of MB of old garbage between full collections. Class instances are not pretenured that way.
 */
export class PlacedText implements TextBox {
  constructor(
    public text: string,
    public x: number,
    public y: number,
    public width: number,
    public size: number,
    public align?: 'left' | 'center' | 'right',
    public color?: string,
    public bold?: boolean,
    public han?: HanForm,
  ) {}
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
  widthOf(text: string, size: number, bold?: boolean, han?: HanForm): number;
  wrap(text: string, width: number, size: number, bold?: boolean, han?: HanForm): string[];
  /** An upper bound of widthOf, cheaper to find; absent: widthOf itself is used. */
  widthBound?(text: string, size: number, bold?: boolean, han?: HanForm): number;
  /** Characters of `text` that no font has (undefined when every one can be drawn); absent: all can. */
  missing?(text: string, bold?: boolean, han?: HanForm): readonly string[] | undefined;
}
