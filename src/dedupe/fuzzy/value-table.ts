// Interned strings with a count each: a million rows hold small integer ids, and equal values compare as equal ids.
import { ShardedMap } from '../sharded-map.js';

export class ValueTable {
  readonly values: string[] = [];
  readonly counts: number[] = [];
  private readonly ids = new ShardedMap<string, number>();

  /** The id of a value, counted once more; -1 for the empty string (not given). */
  add(value: string): number {
    if (!value) return -1;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
      this.counts.push(0);
    }
    this.counts[id]++;
    return id;
  }

  /** The id of a value without counting it; -1 when unseen or empty. */
  find(value: string): number {
    return value ? (this.ids.get(value) ?? -1) : -1;
  }

  get size(): number {
    return this.values.length;
  }
}

/** An Int32Array that grows as rows arrive. */
export class GrowableInt32 {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  get(index: number): number {
    return this.data[index];
  }

  /** The filled part, without copying. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
