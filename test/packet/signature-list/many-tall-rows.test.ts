// A list of 20 million signers may wrap most of its rows: the rows taller than one grid row must not be one Map,
// which V8 holds to 2^24 entries.
import { afterEach, describe, expect, it } from '@jest/globals';
import { setShardCapacity } from '../../../src/dedupe/sharded-map.js';
import { pageStartsFor } from '../../../src/packet/signature-list/plan-list.js';
import { findTallRows } from '../../../src/packet/signature-list/row-fit.js';
import type { ListEntry } from '../../../src/packet/signature-list/list-types.js';
import { withMapsHeldTo } from '../../helpers/map-limit.js';

afterEach(() => setShardCapacity(undefined));

describe('the tall rows of a long list', () => {
  it('are all found and paged with every Map and Set held to 5,000 entries (tables to 64 a shard)', async () => {
    const rows = 7000;
    const entries = Array.from({ length: rows }, () => ({}) as ListEntry);
    // Every row but each seventh takes two grid rows.
    const slotsOf = (index: number): number => (index % 7 === 0 ? 1 : 2);
    let asked = 0;
    setShardCapacity(64);
    const tall = await withMapsHeldTo(5000, () => findTallRows(entries[Symbol.iterator](), { measureRow: () => ({ slots: slotsOf(asked++), cut: false }) }));
    expect(tall.size).toBe(6000);
    expect(tall.get(0)).toBeUndefined();
    expect(tall.get(6999)).toBe(2);
    // 13 grid rows a page: each seven signers (one one-row, six two-row) fill one page exactly.
    expect(pageStartsFor(0, rows, 13, tall)).toEqual(Array.from({ length: rows / 7 }, (_, page) => page * 7));
  });
});
