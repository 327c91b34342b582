// One bit per row, with rank: which rows share a key with another row, and each such row's index among them.

export class RowBitset {
  private readonly words: Int32Array;
  private ranks: Int32Array | null = null;

  constructor(readonly size: number) {
    this.words = new Int32Array(Math.ceil(size / 32));
  }

  set(row: number): void {
    this.words[row >>> 5] |= 1 << (row & 31);
  }

  has(row: number): boolean {
    return (this.words[row >>> 5] & (1 << (row & 31))) !== 0;
  }

  /** Rows set; after this, set() must not be called again (rank() depends on it). */
  freeze(): number {
    const ranks = new Int32Array(this.words.length);
    let total = 0;
    for (let w = 0; w < this.words.length; w++) {
      ranks[w] = total;
      total += popcount(this.words[w]);
    }
    this.ranks = ranks;
    return total;
  }

  /** How many set rows come before `row` (its index among the set rows, when it is set). */
  rank(row: number): number {
    const ranks = this.ranks;
    if (!ranks) throw new Error('RowBitset.rank before freeze');
    const w = row >>> 5;
    const below = row & 31;
    return ranks[w] + (below === 0 ? 0 : popcount(this.words[w] & (-1 >>> (32 - below))));
  }
}

function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
