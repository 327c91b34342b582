// Shared pieces of the stable counting-sort passes (16-bit digits) every sort in dedupe is made of.

export const DIGIT_COUNT = 0x10000;

/** Rows and scratch that a stable radix sort moves between; `a` holds the current order. */
export interface SortBuffers {
  a: Int32Array;
  b: Int32Array;
  counts: Int32Array;
}

/**
 * Turns digit counts into start offsets. Returns false when all `length` elements share one digit,
 * so the pass can be skipped.
 */
export function countsToOffsets(counts: Int32Array, length: number): boolean {
  let sum = 0;
  for (let d = 0; d < DIGIT_COUNT; d++) {
    const c = counts[d];
    if (c === length) return false;
    counts[d] = sum;
    sum += c;
  }
  return true;
}

/** After a pass that wrote buffers.b, makes it the current order. */
export function swapBuffers(buffers: SortBuffers): void {
  const current = buffers.b;
  buffers.b = buffers.a;
  buffers.a = current;
}
