// Paper sizes in points, shared by every page of the packet.

export type Paper = 'A4' | 'Letter';
export type Orientation = 'portrait' | 'landscape';

const PAPER_POINTS: Record<Paper, [number, number]> = {
  A4: [595.28, 841.89],
  Letter: [612, 792],
};

/** Width and height of a page, in points. */
export function paperSize(paper: Paper, orientation: Orientation): [width: number, height: number] {
  const [shortSide, longSide] = PAPER_POINTS[paper];
  return orientation === 'portrait' ? [shortSide, longSide] : [longSide, shortSide];
}
