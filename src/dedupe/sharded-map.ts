// Map and Set for tables that grow with distinct values: V8's Map and Set hold at most 2^24 (16,777,216) entries,
// and a petition of 20 million signers has more distinct emails than that. Entries are spread over shards by a
// hash of the key once one shard is full, so no shard ever holds more than its capacity.
import { hashOut, hashString64 } from './hash-string64.js';
import { counted } from '../text/counted.js';

/** V8's limit on one Map or Set. */
export const V8_MAP_LIMIT = 1 << 24;
/** Half of V8's limit: a full shard splits in two long before V8 would refuse an entry. */
export const DEFAULT_SHARD_CAPACITY = 1 << 23;
/** 65,536 shards of 2^23 entries is far beyond what fits in memory; more means the hash is broken. */
const MAX_SHARD_BITS = 16;

let shardCapacity = DEFAULT_SHARD_CAPACITY;
let splits = 0;

/**
 * The capacity each new table's shards get, until set again (`undefined` restores the default). Tests inject a
 * tiny one (64) to show that runs split their tables and still give the same result.
 */
export function setShardCapacity(capacity: number | undefined): void {
  if (capacity !== undefined && !(Number.isInteger(capacity) && capacity >= 1 && capacity <= DEFAULT_SHARD_CAPACITY)) {
    throw new RangeError(`shard capacity must be a whole number from 1 to ${DEFAULT_SHARD_CAPACITY}`);
  }
  shardCapacity = capacity ?? DEFAULT_SHARD_CAPACITY;
}

/** How many times any table split its shards in this process: tests check that an injected capacity was reached. */
export function shardSplits(): number {
  return splits;
}

type Key = string | number;

/** 32 well-mixed bits of a key: the string's 64-bit hash, or an integer's two halves mixed (murmur3's finalizer). */
function hashKey(key: Key): number {
  if (typeof key === 'string') {
    hashString64(key);
    return hashOut[1];
  }
  let h = (key >>> 0) ^ Math.imul(Math.floor(key / 4294967296) | 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A Map that splits into shards by key hash when one shard reaches `capacity`. With one shard (every table below
 * 2^23 entries) a lookup costs one Map lookup; keys are hashed only once there are several.
 * Iteration visits shard by shard: insertion order holds only while there is one shard, so callers that iterate
 * must not depend on the order.
 */
export class ShardedMap<K extends Key, V> {
  private shards: Array<Map<K, V>> = [new Map()];
  private single: Map<K, V> | null = this.shards[0];
  private bits = 0;
  private count = 0;

  constructor(private readonly capacity = shardCapacity) {}

  private shardOf(key: K): Map<K, V> {
    return this.single ?? this.shards[hashKey(key) >>> (32 - this.bits)];
  }

  get(key: K): V | undefined {
    return (this.single ?? this.shardOf(key)).get(key);
  }

  has(key: K): boolean {
    return (this.single ?? this.shardOf(key)).has(key);
  }

  set(key: K, value: V): this {
    let shard = this.single ?? this.shardOf(key);
    if (shard.size >= this.capacity && !shard.has(key)) {
      while (shard.size >= this.capacity) {
        this.split();
        shard = this.shardOf(key);
      }
    }
    const before = shard.size;
    shard.set(key, value);
    this.count += shard.size - before;
    return this;
  }

  delete(key: K): boolean {
    const deleted = (this.single ?? this.shardOf(key)).delete(key);
    if (deleted) this.count--;
    return deleted;
  }

  clear(): void {
    this.shards = [new Map()];
    this.single = this.shards[0];
    this.bits = 0;
    this.count = 0;
  }

  get size(): number {
    return this.count;
  }

  /** The entries of the fullest shard (tests check it never passes the capacity). */
  get largestShard(): number {
    let largest = 0;
    for (const shard of this.shards) largest = Math.max(largest, shard.size);
    return largest;
  }

  *entries(): IterableIterator<[K, V]> {
    for (const shard of this.shards) yield* shard.entries();
  }

  *keys(): IterableIterator<K> {
    for (const shard of this.shards) yield* shard.keys();
  }

  *values(): IterableIterator<V> {
    for (const shard of this.shards) yield* shard.values();
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  /** Twice the shards, every entry moved to its new shard; the old shards are dropped as they empty. */
  private split(): void {
    if (this.bits === MAX_SHARD_BITS) throw new RangeError(`a table outgrew ${counted(2 ** MAX_SHARD_BITS, 'shard')} of ${counted(this.capacity, 'entry', 'entries')}`);
    const old = this.shards;
    this.bits++;
    splits++;
    this.shards = Array.from({ length: 2 ** this.bits }, () => new Map<K, V>());
    this.single = null;
    for (let s = 0; s < old.length; s++) {
      for (const [key, value] of old[s]) this.shards[hashKey(key) >>> (32 - this.bits)].set(key, value);
      old[s] = new Map();
    }
  }
}

/** A Set on a ShardedMap: the same capacity rule, for sets of rows, pairs or values. */
export class ShardedSet<K extends Key> {
  private readonly map: ShardedMap<K, true>;

  constructor(values?: Iterable<K>, capacity?: number) {
    this.map = new ShardedMap<K, true>(capacity);
    if (values) for (const value of values) this.map.set(value, true);
  }

  add(value: K): this {
    this.map.set(value, true);
    return this;
  }

  has(value: K): boolean {
    return this.map.has(value);
  }

  delete(value: K): boolean {
    return this.map.delete(value);
  }

  get size(): number {
    return this.map.size;
  }

  values(): IterableIterator<K> {
    return this.map.keys();
  }

  [Symbol.iterator](): IterableIterator<K> {
    return this.map.keys();
  }
}
