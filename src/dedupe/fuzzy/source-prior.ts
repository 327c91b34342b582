// Whether two rows come from one export. Platforms refuse a second signature from one email, and a person rarely
// signs one petition twice in one place, so two rows of one person are more often on two exports than two rows of
// two people are; namesakes sign wherever they happen to. How much more is learned from the data: the share of
// one export among the pairs surely one person, against its share among all pairs (from the exports' sizes).

/** Pairs' worth of the "no difference" prior mixed into the learned share: a few sure pairs don't decide it. */
const PRIOR_PAIRS = 50;
/** Fewer sure pairs than this teach nothing: the weights stay 0. */
const MIN_SURE_PAIRS = 30;

export interface SourcePrior {
  /** Bits for two rows of one export, and for two rows of two exports. */
  sameBits: number;
  otherBits: number;
  /** The share of one export among all pairs of rows (u) and among the sure pairs (m, with the prior mixed in). */
  shareOfAllPairs: number;
  shareOfSurePairs: number;
  surePairs: number;
}

/**
 * The weights of one export against two, from the exports' row counts and the sure pairs seen (`sure`, of which
 * `sureSame` within one export); null when there is one export, or too few sure pairs to tell.
 */
export function sourcePrior(rowsPerSource: ArrayLike<number>, sure: number, sureSame: number): SourcePrior | null {
  let rows = 0;
  let samePairs = 0;
  for (let i = 0; i < rowsPerSource.length; i++) {
    const n = rowsPerSource[i];
    rows += n;
    samePairs += n * (n - 1);
  }
  if (rows < 2 || sure < MIN_SURE_PAIRS) return null;
  const u = samePairs / (rows * (rows - 1));
  if (u <= 0 || u >= 1) return null;
  const m = (sureSame + PRIOR_PAIRS * u) / (sure + PRIOR_PAIRS);
  return { sameBits: Math.log2(m / u), otherBits: Math.log2((1 - m) / (1 - u)), shareOfAllPairs: u, shareOfSurePairs: m, surePairs: sure };
}
