// Typed-array columns grown in fixed chunks: memory follows the row count with no doubling peak and no copying.

export const CHUNK_BITS = 16;
export const CHUNK_SIZE = 1 << CHUNK_BITS;
export const CHUNK_MASK = CHUNK_SIZE - 1;

// Three small classes rather than one generic one, so each element read stays monomorphic in hot loops.

export class Int32Column {
  readonly chunks: Int32Array[] = [];
  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }
  set(i: number, value: number): void {
    const c = i >>> CHUNK_BITS;
    if (c === this.chunks.length) this.chunks.push(new Int32Array(CHUNK_SIZE));
    this.chunks[c][i & CHUNK_MASK] = value;
  }
}

export class Uint16Column {
  readonly chunks: Uint16Array[] = [];
  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }
  set(i: number, value: number): void {
    const c = i >>> CHUNK_BITS;
    if (c === this.chunks.length) this.chunks.push(new Uint16Array(CHUNK_SIZE));
    this.chunks[c][i & CHUNK_MASK] = value;
  }
}

type IdChunk = Uint8Array | Uint16Array | Int32Array;

/**
 * Non-negative integer ids stored 1 byte wide until a value needs 2, then 2 until one needs 4: a column of a
 * dozen countries costs 1 byte a row, one of 100,000 postcodes 4. Widening converts one chunk at a time.
 */
export class IdColumn {
  private chunks: IdChunk[] = [];
  private max = 0xff;

  get(i: number): number {
    return this.chunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }

  set(i: number, value: number): void {
    if (value > this.max) this.widen(value);
    const c = i >>> CHUNK_BITS;
    if (c === this.chunks.length) this.chunks.push(this.newChunk());
    this.chunks[c][i & CHUNK_MASK] = value;
  }

  private newChunk(): IdChunk {
    if (this.max === 0xff) return new Uint8Array(CHUNK_SIZE);
    if (this.max === 0xffff) return new Uint16Array(CHUNK_SIZE);
    return new Int32Array(CHUNK_SIZE);
  }

  private widen(value: number): void {
    this.max = value > 0xffff ? 0x7fffffff : 0xffff;
    for (let c = 0; c < this.chunks.length; c++) {
      const wider = this.newChunk();
      wider.set(this.chunks[c]);
      this.chunks[c] = wider;
    }
  }
}

const UNKNOWN_SECONDS = -0x80000000;

/**
 * Signing times in epoch ms, +Infinity for unknown. Stored as 4-byte whole seconds from the first time seen while
 * every time is a whole second from it (the usual export) and within 68 years of it; the first time that is not
 * turns the column into 8-byte floats, converting one chunk at a time.
 */
export class TimeColumn {
  private seconds: Int32Array[] | null = [];
  private millis: Float64Array[] | null = null;
  private base = Number.NaN;

  get(i: number): number {
    if (this.seconds !== null) {
      const s = this.seconds[i >>> CHUNK_BITS][i & CHUNK_MASK];
      return s === UNKNOWN_SECONDS ? Number.POSITIVE_INFINITY : this.base + s * 1000;
    }
    return (this.millis as Float64Array[])[i >>> CHUNK_BITS][i & CHUNK_MASK];
  }

  set(i: number, ms: number): void {
    const c = i >>> CHUNK_BITS;
    if (this.seconds !== null) {
      let s = UNKNOWN_SECONDS;
      if (ms !== Number.POSITIVE_INFINITY) {
        if (Number.isNaN(this.base)) this.base = ms;
        s = (ms - this.base) / 1000;
      }
      if (s === UNKNOWN_SECONDS || (Number.isInteger(s) && s > UNKNOWN_SECONDS && s <= 0x7fffffff)) {
        if (c === this.seconds.length) this.seconds.push(new Int32Array(CHUNK_SIZE));
        this.seconds[c][i & CHUNK_MASK] = s;
        return;
      }
      this.widen();
    }
    const millis = this.millis as Float64Array[];
    if (c === millis.length) millis.push(new Float64Array(CHUNK_SIZE));
    millis[c][i & CHUNK_MASK] = ms;
  }

  private widen(): void {
    const seconds = this.seconds as Int32Array[];
    const millis: Float64Array[] = [];
    for (let c = 0; c < seconds.length; c++) {
      const chunk = new Float64Array(CHUNK_SIZE);
      const from = seconds[c];
      for (let o = 0; o < CHUNK_SIZE; o++) {
        chunk[o] = from[o] === UNKNOWN_SECONDS ? Number.POSITIVE_INFINITY : this.base + from[o] * 1000;
      }
      seconds[c] = new Int32Array(0); // let each converted chunk go before the next is made
      millis.push(chunk);
    }
    this.seconds = null;
    this.millis = millis;
  }
}
