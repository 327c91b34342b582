// Paper sizes and margins: the frame every layout draws inside.
import type { PageFrame } from './document-model.js';

const PAPER_POINTS: Record<'A4' | 'Letter', [number, number]> = {
  A4: [595.28, 841.89],
  Letter: [612, 792],
};

export interface FrameOptions {
  paper: 'A4' | 'Letter';
  orientation: 'portrait' | 'landscape';
  /** Side margins; a formal letter wants about 25 mm. */
  margin?: number;
}

export function pageFrame({ paper, orientation, margin = 68 }: FrameOptions): PageFrame {
  const [shortSide, longSide] = PAPER_POINTS[paper];
  const [width, height] = orientation === 'portrait' ? [shortSide, longSide] : [longSide, shortSide];
  // Landscape pages are short: keep more of them for content.
  const vertical = orientation === 'portrait' ? margin : Math.min(margin, 48);
  return { width, height, left: margin, right: width - margin, top: vertical, bottom: height - vertical };
}
