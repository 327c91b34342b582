// The stable keys of a packet's signers, eight bytes each: a million keys as strings cost over 100 MB of heap.
import { fingerprintOfSortedKeys } from './manifest/signer-list-fingerprint.js';

/** What src/dedupe/signer-key.ts makes: 16 lower-case hex digits (64 bits of a SHA-256). */
const SIGNER_KEY = /^[0-9a-f]{16}$/u;

/** Keys in the order signers were added (one per signer, repeats possible). */
export class SignerKeys {
  private values: BigUint64Array;
  private count = 0;

  constructor(capacity = 1024) {
    this.values = new BigUint64Array(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  add(key: string): void {
    if (!SIGNER_KEY.test(key)) throw new Error(`A signer key must be 16 lower-case hex digits, got "${key}"`);
    if (this.count === this.values.length) {
      const grown = new BigUint64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.count++] = BigInt(`0x${key}`);
  }

  /** The i-th key added. */
  at(index: number): string {
    return this.values[index].toString(16).padStart(16, '0');
  }

  /** The distinct keys of the signers `include` accepts (all when absent), sorted. */
  distinct(include?: (index: number) => boolean): SortedKeys {
    let picked: BigUint64Array;
    if (include) {
      picked = new BigUint64Array(this.count);
      let n = 0;
      for (let i = 0; i < this.count; i++) if (include(i)) picked[n++] = this.values[i];
      picked = picked.slice(0, n);
    } else picked = this.values.slice(0, this.count);
    picked.sort();
    let unique = 0;
    for (let i = 0; i < picked.length; i++) if (i === 0 || picked[i] !== picked[i - 1]) picked[unique++] = picked[i];
    return new SortedKeys(unique === picked.length ? picked : picked.slice(0, unique));
  }
}

/** Distinct signer keys in string order (equal-length lower-case hex sorts as the numbers do). */
export class SortedKeys {
  constructor(private readonly values: BigUint64Array) {}

  get size(): number {
    return this.values.length;
  }

  *strings(): Generator<string> {
    for (let i = 0; i < this.values.length; i++) yield this.values[i].toString(16).padStart(16, '0');
  }

  /** The signer list fingerprint (signerListFingerprint), without a string per key held. */
  fingerprint(): string {
    return fingerprintOfSortedKeys(this.strings());
  }
}
