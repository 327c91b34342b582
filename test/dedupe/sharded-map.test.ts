// Tables keyed by distinct values must not hit V8's 2^24-entry limit on one Map: they split into shards.
import { afterEach, describe, expect, it } from '@jest/globals';
import { DEFAULT_SHARD_CAPACITY, setShardCapacity, ShardedMap, ShardedSet, shardSplits, V8_MAP_LIMIT } from '../../src/dedupe/sharded-map.js';

afterEach(() => setShardCapacity(undefined));

describe('ShardedMap', () => {
  it('keeps every entry of 10,000 string keys with no shard over a capacity of 64', () => {
    const map = new ShardedMap<string, number>(64);
    for (let i = 0; i < 10_000; i++) map.set(`user${i}@example.org`, i);
    map.set('user7@example.org', -7); // an update adds no entry
    expect(map.size).toBe(10_000);
    expect(map.largestShard).toBeLessThanOrEqual(64);
    expect(map.get('user7@example.org')).toBe(-7);
    for (let i = 0; i < 10_000; i += 97) if (i !== 7) expect(map.get(`user${i}@example.org`)).toBe(i);
    expect(map.get('nobody@example.org')).toBeUndefined();
    expect(new Set(map.keys()).size).toBe(10_000);
  });

  it('shards number keys beyond 32 bits (pair keys a × rows + b) and deletes them', () => {
    const map = new ShardedMap<number, number>(64);
    const rows = 20_000_000;
    const keys = Array.from({ length: 5000 }, (_, i) => (i * 3989) * rows + i);
    keys.forEach((key, i) => map.set(key, i));
    expect(map.largestShard).toBeLessThanOrEqual(64);
    keys.forEach((key, i) => expect(map.get(key)).toBe(i));
    expect(map.delete(keys[10])).toBe(true);
    expect(map.delete(keys[10])).toBe(false);
    expect(map.has(keys[10])).toBe(false);
    expect(map.size).toBe(4999);
    expect([...map.values()].sort((x, y) => x - y)).toEqual(keys.map((_, i) => i).filter((i) => i !== 10));
  });

  it('takes its capacity from setShardCapacity when built, and never more than half of V8s limit', () => {
    expect(DEFAULT_SHARD_CAPACITY).toBeLessThan(V8_MAP_LIMIT);
    setShardCapacity(8);
    const before = shardSplits();
    const set = new ShardedSet<number>();
    for (let i = 0; i < 100; i++) set.add(i);
    expect(shardSplits()).toBeGreaterThan(before);
    expect(set.size).toBe(100);
    expect([...set].sort((x, y) => x - y)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(() => setShardCapacity(V8_MAP_LIMIT)).toThrow(RangeError);
  });

  it('refuses, rather than drops, a key its shards cannot take, and keeps every entry it took', () => {
    // A capacity of 1 soon puts two keys in one shard at the most shards there may be (2^16).
    const map = new ShardedMap<string, number>(1);
    let taken = 0;
    expect(() => {
      for (let i = 0; i < 5000; i++, taken++) map.set(`key${i}`, i);
    }).toThrow(RangeError);
    expect(taken).toBeGreaterThan(1);
    expect(taken).toBeLessThan(5000);
    expect(map.size).toBe(taken);
    for (let i = 0; i < taken; i++) expect(map.get(`key${i}`)).toBe(i);
    expect(map.has(`key${taken}`)).toBe(false);
  });
});
