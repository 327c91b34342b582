// Paper sizes, margins and the fixed bands of every page (header, column headings, rows, footer).
import type { ListOptions } from './list-types.js';
import { paperSize } from '../paper.js';

export interface Geometry {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  contentWidth: number;
  /** Title and addressee band. */
  headerHeight: number;
  headingHeight: number;
  rowHeight: number;
  footerHeight: number;
  /** Where the first row starts. */
  bodyTop: number;
  rowsPerPage: number;
}

export const ROW_HEIGHT = 15.2;

export function geometryFor(paper: ListOptions['paper'], orientation: ListOptions['orientation']): Geometry {
  const [width, height] = paperSize(paper, orientation);
  const left = 42;
  const right = 42;
  const top = 34;
  const bottom = 30;
  const headerHeight = 42;
  const headingHeight = 17;
  const footerHeight = 24;
  const bodyTop = top + headerHeight + headingHeight;
  const rowsPerPage = Math.floor((height - bodyTop - footerHeight - bottom) / ROW_HEIGHT);
  return {
    width, height, left, right, top, bottom, contentWidth: width - left - right,
    headerHeight, headingHeight, rowHeight: ROW_HEIGHT, footerHeight, bodyTop, rowsPerPage,
  };
}
