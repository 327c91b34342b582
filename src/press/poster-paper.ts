// Poster sizes in points: a large sheet for the wall and the delivery's own paper for handing out.
export type PosterPaper = 'A3' | 'A4' | 'Tabloid' | 'Letter';

export const POSTER_PAPERS: Record<PosterPaper, { width: number; height: number }> = {
  A3: { width: 841.89, height: 1190.55 },
  A4: { width: 595.28, height: 841.89 },
  Tabloid: { width: 792, height: 1224 },
  Letter: { width: 612, height: 792 },
};

/** The large poster first, then the one on the delivery's paper: A3 and A4, or Tabloid and Letter. */
export function posterPapers(paper: 'A4' | 'Letter'): PosterPaper[] {
  return paper === 'Letter' ? ['Tabloid', 'Letter'] : ['A3', 'A4'];
}
