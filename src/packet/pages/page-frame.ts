// Paper sizes and margins: the frame every layout draws inside.
import type { PageFrame } from './document-model.js';
import { paperSize, type Orientation, type Paper } from '../paper.js';

export interface FrameOptions {
  paper: Paper;
  orientation: Orientation;
  /** Side margins; a formal letter wants about 25 mm. */
  margin?: number;
}

export function pageFrame({ paper, orientation, margin = 68 }: FrameOptions): PageFrame {
  const [width, height] = paperSize(paper, orientation);
  // Landscape pages are short: keep more of them for content.
  const vertical = orientation === 'portrait' ? margin : Math.min(margin, 48);
  return { width, height, left: margin, right: width - margin, top: vertical, bottom: height - vertical };
}
