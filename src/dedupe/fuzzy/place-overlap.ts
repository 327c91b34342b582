// How much one place field's agreement already says about another's, learned from the data being deduplicated.
//
// Postcode, city, region and street can describe one place or be four independent facts. In a real export they
// describe one place: strangers who share a postcode share its city and region, so counting each agreement in full
// lets the place outvote a different given and family name, and neighbours and households merge. In data built by
// drawing each field at random (FEBRL) they are independent, and each agreement is evidence of its own. The data
// tells which: among pairs of rows that are surely two people (both name parts differ) and agree on one place
// field, how often does another agree, against how often it agrees by chance?

/** Neighbour pairs looked at per field, at most: the names of each are compared, which is the cost. */
const MAX_PAIRS_PER_FIELD = 200_000;

/** Pairs of strangers agreeing on a field needed before its overlap with another is learned rather than assumed. */
export const MIN_OVERLAP_PAIRS = 30;

/**
 * Where too few strangers share a value to tell (a file of a few dozen rows), the overlap is taken as halfway:
 * a petition's addresses are real places, so the fields are not independent, but in so small a file each value's
 * own weight is already low (two rows of 36 sharing a postcode weigh 6 bits, not 11), and counting the place only
 * once would leave one person's two signatures with a name and an address short of a merge.
 */
const ASSUMED_OVERLAP = 0.5;

export interface PlaceColumns {
  /** Rows side by side, `stride` ids a row; field f of row r is cells[r * stride + at[f]] (-1: not given). */
  cells: Int32Array;
  stride: number;
  at: number[];
  /**
   * Whether two rows are surely two people whatever their addresses say: both name parts given and clearly
   * different (not a typo, nickname or romanization of each other).
   */
  strangers: (a: number, b: number) => boolean;
  /** The rows in the order of a hash of their content: pairs are made in it, so the result is the same whatever order rows came in. */
  rowOrder: Int32Array;
}

export interface PlaceOverlap {
  /** overlap[i * n + j]: the share (0 to 1) of field j's agreement bits already told by field i's agreement. */
  overlap: Float64Array;
  /** pairs[i * n + j]: how many pairs of strangers it was learned from (0: assumed). */
  pairs: Int32Array;
  /** byFamily[j]: the share of field j's agreement bits a shared family name already tells (0 until learned). */
  byFamily: Float64Array;
  /** byFamilyPairs[j]: the pairs of namesakes by family it was learned from (0: not learned). */
  byFamilyPairs: Int32Array;
}

/** The assumed overlap between every two place fields, before (or without) learning. */
export function assumedOverlap(fieldCount: number): PlaceOverlap {
  const overlap = new Float64Array(fieldCount * fieldCount).fill(ASSUMED_OVERLAP);
  return { overlap, pairs: new Int32Array(fieldCount * fieldCount), byFamily: new Float64Array(fieldCount), byFamilyPairs: new Int32Array(fieldCount) };
}

/**
 * Learns the overlap of every two place fields. For field i, rows are grouped by their value of i; neighbours in a
 * group (in content-hash order) whose given and family names both clearly differ are strangers who share that value. A
 * group of g rows stands for g²/2 such pairs, as it would among pairs drawn at random, so each neighbour pair
 * weighs g/2. The overlap is how far field j's agreement among them exceeds its agreement by chance, as a share of
 * the bits that agreement weighs: log(P(j | i) / P(j)) / log(1 / P(j)).
 *
 * With `family` given, it also learns how much a shared family name tells of each place field (`byFamily`), from
 * strangers who share one and whose given names clearly differ. Where a name belongs to one people or one region
 * (Kim and Seoul, Walmore and Annandale), two namesakes share a city far more often than two rows at random, and
 * the city must not be counted again as if it were news.
 */
export function learnPlaceOverlap(columns: PlaceColumns, family?: NameColumn): PlaceOverlap {
  const { at } = columns;
  const n = at.length;
  const { overlap, pairs } = assumedOverlap(n);
  /** chance[i]: how often two rows drawn at random (both giving field i) agree on it, the sum of its values' squared shares. */
  const chance = new Float64Array(n);
  /** given[i * n + j]: how often strangers agreeing on i agree on j (when both give j). */
  const given = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const among = agreementAmongStrangers(columns, at[i], columns.strangers);
    chance[i] = among.chance;
    for (let j = 0; j < n; j++) {
      if (j === i || among.filledPairs[j] === 0) continue;
      pairs[i * n + j] = among.filledPairs[j];
      given[i * n + j] = among.agreement[j];
    }
  }
  // Agreeing on i makes agreement on j exp(surprise) times likelier, and the same holds the other way round
  // (P(j | i) / P(j) = P(i | j) / P(i)): each pair of fields takes it from the side with more pairs to tell.
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const from = pairs[i * n + j] >= pairs[j * n + i] ? i * n + j : j * n + i;
      if (pairs[from] < MIN_OVERLAP_PAIRS || !(chance[i] > 0 && chance[i] < 1 && chance[j] > 0 && chance[j] < 1)) {
        pairs[i * n + j] = pairs[j * n + i] = 0;
        continue;
      }
      pairs[i * n + j] = pairs[j * n + i] = pairs[from];
      const surprise = Math.max(0, Math.log(given[from] / (from === i * n + j ? chance[j] : chance[i])));
      overlap[i * n + j] = Math.min(1, surprise / Math.log(1 / chance[j]));
      overlap[j * n + i] = Math.min(1, surprise / Math.log(1 / chance[i]));
    }
  }
  const byFamily = new Float64Array(n);
  const byFamilyPairs = new Int32Array(n);
  if (family) {
    const among = agreementAmongStrangers(columns, family.at, family.strangers);
    for (const j of family.tells) {
      if (among.filledPairs[j] < MIN_OVERLAP_PAIRS || !(chance[j] > 0 && chance[j] < 1)) continue;
      byFamilyPairs[j] = among.filledPairs[j];
      byFamily[j] = Math.min(1, Math.max(0, Math.log(among.agreement[j] / chance[j])) / Math.log(1 / chance[j]));
    }
  }
  return { overlap, pairs, byFamily, byFamilyPairs };
}

/** A name column of the rows (`cells` at `at`), and which neighbours sharing its value are surely two people. */
export interface NameColumn {
  at: number;
  strangers: (a: number, b: number) => boolean;
  /** The place fields (indices into `at`) it is learned for: the area (city, region), not the address. */
  tells: number[];
}

/**
 * Among strangers who share the value at `groupAt` (neighbours in content order within a group), how often each
 * place field agrees, where both give it; and how often two rows at random agree on the grouping field itself.
 */
function agreementAmongStrangers(columns: PlaceColumns, groupAt: number, strangers: (a: number, b: number) => boolean) {
  const { cells, stride, at } = columns;
  const n = at.length;
  const order = groupedRows(cells, stride, groupAt, columns.rowOrder);
  const agreeWeight = new Float64Array(n);
  const filledWeight = new Float64Array(n);
  const filledPairs = new Int32Array(n);
  let chance = 0;
  const valueOf = (row: number): number => cells[row * stride + groupAt];
  // At a million rows there are near a million neighbour pairs; every step-th is as good a sample.
  const step = Math.max(1, Math.ceil(order.length / MAX_PAIRS_PER_FIELD));
  let next = 0;
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    while (end < order.length && valueOf(order[end]) === valueOf(order[start])) end++;
    const weight = (end - start) / 2;
    chance += ((end - start) / order.length) ** 2;
    for (let k = start; k + 1 < end; k++) {
      if (next++ % step !== 0) continue;
      const a = order[k];
      const b = order[k + 1];
      if (!strangers(a, b)) continue;
      for (let j = 0; j < n; j++) {
        if (at[j] === groupAt) continue;
        const x = cells[a * stride + at[j]];
        const y = cells[b * stride + at[j]];
        if (x < 0 || y < 0) continue;
        filledPairs[j]++;
        filledWeight[j] += weight;
        if (x === y) agreeWeight[j] += weight;
      }
    }
    start = end;
  }
  const agreement = Float64Array.from(agreeWeight, (agree, j) => (filledWeight[j] > 0 ? agree / filledWeight[j] : 0));
  // One row alone tells no chance of agreement.
  return { agreement, filledPairs, chance: order.length < 2 ? 0 : chance };
}

/** The rows that give a value, grouped by value, in content order within a group (a stable counting sort). */
function groupedRows(cells: Int32Array, stride: number, offset: number, rowOrder: Int32Array): Int32Array {
  const rows = cells.length / stride;
  let largest = -1;
  let filled = 0;
  for (let row = 0; row < rows; row++) {
    const id = cells[row * stride + offset];
    if (id > largest) largest = id;
    if (id >= 0) filled++;
  }
  const start = new Int32Array(largest + 2);
  for (let row = 0; row < rows; row++) {
    const id = cells[row * stride + offset];
    if (id >= 0) start[id + 1]++;
  }
  for (let id = 0; id <= largest; id++) start[id + 1] += start[id];
  const grouped = new Int32Array(filled);
  for (const row of rowOrder) {
    const id = cells[row * stride + offset];
    if (id >= 0) grouped[start[id]++] = row;
  }
  return grouped;
}

/**
 * The place's weight in one comparison: the fields that agree, most telling first, each counting only the share of
 * its bits the fields before it did not already tell; every field that disagrees counts against in full.
 * `bits` holds each place field's weight in this comparison (0: not compared); `scratch` is reused storage;
 * `toldAlready`, per field, the share the names already told (a shared family name: `byFamily`).
 */
export function placeBits(bits: Float64Array, overlap: Float64Array, scratch: Int32Array, toldAlready: Float64Array | null = null): number {
  const n = bits.length;
  let against = 0;
  let agreeing = 0;
  for (let f = 0; f < n; f++) {
    if (bits[f] < 0) against += bits[f];
    else if (bits[f] > 0) {
      // Insertion sort by weight, heaviest first: at most five fields.
      let at = agreeing++;
      while (at > 0 && bits[scratch[at - 1]] < bits[f]) {
        scratch[at] = scratch[at - 1];
        at--;
      }
      scratch[at] = f;
    }
  }
  let total = against;
  for (let k = 0; k < agreeing; k++) {
    const j = scratch[k];
    let told = toldAlready ? toldAlready[j] : 0;
    for (let l = 0; l < k; l++) told = Math.max(told, overlap[scratch[l] * n + j]);
    total += bits[j] * (1 - told);
  }
  return total;
}
