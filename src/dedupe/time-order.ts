// Sorting rows by signing time (unknown last), stably: the order in which "earliest" is decided.
import type { MatchTable } from './match-table.js';
import { countsToOffsets, swapBuffers, type SortBuffers } from './radix-pass.js';

const TWO_16 = 0x10000;

/**
 * Radix keys for signing times: the offset from the earliest time, in whole seconds when every time is a whole
 * second (two 16-bit passes cover 136 years), else in milliseconds; unknown times get the largest key.
 */
export class TimeOrder {
  private readonly min: number;
  private readonly scale: number;
  private readonly unknownKey: number;

  constructor(private readonly table: MatchTable) {
    const n = table.size;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < n; i++) {
      const t = table.sortTime(i);
      if (t === Number.POSITIVE_INFINITY) continue;
      if (t < min) min = t;
      if (t > max) max = t;
    }
    let scale = 1000;
    for (let i = 0; i < n && scale === 1000; i++) {
      const t = table.sortTime(i);
      if (t !== Number.POSITIVE_INFINITY && (t - min) % 1000 !== 0) scale = 1;
    }
    this.min = min;
    this.scale = scale;
    this.unknownKey = min === Number.POSITIVE_INFINITY ? 0 : Math.floor((max - min) / scale) + 1;
  }

  /**
   * Stably sorts buffers.a[0..length) by time; afterwards buffers.a holds the result (a and b may be swapped).
   * Rows that sign at the same time keep their order in the input, which is index order when the caller built it so.
   * Digits are computed in both loops of a pass rather than stored: 2 bytes a row less at the peak.
   */
  sort(length: number, buffers: SortBuffers): void {
    const counts = buffers.counts;
    for (let divisor = 1; divisor <= this.unknownKey; divisor *= TWO_16) {
      const src = buffers.a;
      const dst = buffers.b;
      counts.fill(0);
      for (let j = 0; j < length; j++) counts[this.digit(src[j], divisor)]++;
      if (!countsToOffsets(counts, length)) continue;
      for (let j = 0; j < length; j++) {
        const row = src[j];
        dst[counts[this.digit(row, divisor)]++] = row;
      }
      swapBuffers(buffers);
    }
  }

  private digit(row: number, divisor: number): number {
    const t = this.table.sortTime(row);
    const key = t === Number.POSITIVE_INFINITY ? this.unknownKey : Math.floor((t - this.min) / this.scale);
    return Math.floor(key / divisor) % TWO_16;
  }
}
