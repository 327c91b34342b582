// The language is counted as the rows wrote it: a free-text column may give every row a language of its own, and 20
// million rows would pass V8's 2^24 entries in one Map of languages.
import { afterEach, describe, expect, it } from '@jest/globals';
import { setShardCapacity } from '../../src/dedupe/sharded-map.js';
import { dedupeExact } from '../../src/dedupe/exact-dedupe.js';
import { tableRows, tally } from '../../src/tally/tally.js';
import { makeTable, type SignatureSpec } from '../dedupe/make-signature.js';
import { withMapsHeldTo } from '../helpers/map-limit.js';

afterEach(() => setShardCapacity(undefined));

describe('tally of a language column written freely', () => {
  it('counts 6,000 languages with every Map and Set held to 5,000 entries (tables to 64 a shard)', async () => {
    const rows: SignatureSpec[] = Array.from({ length: 6000 }, (_, i) => ({
      name: `Signer Number${i}`, email: `s${i % 5999}@example.org`, country: 'DE', language: `tongue ${String(i).padStart(4, '0')}`, source: 'a.csv', at: '2026-12-01T10:00:00Z',
    }));
    const table = makeTable(rows);
    const outcome = dedupeExact(table);
    const rejected = [{ source: 'a.csv', reason: 'no_name', country: 'DE', day: '2026-12-01', language: 'tongue 0007' }];
    setShardCapacity(64);
    const counts = await withMapsHeldTo(5000, () => tally({ sources: ['a.csv'], rows: tableRows(table), outcome, rejected }));
    const languages = Object.keys(counts.byLanguage);
    expect(languages).toHaveLength(6000);
    expect(languages.slice(0, 2)).toEqual(['tongue 0000', 'tongue 0001']);
    expect(counts.byLanguage['tongue 5999']).toEqual({ rows: 1, rejected: 0, accepted: 1, duplicates: 1, unique: 0 });
    expect(counts.byLanguage['tongue 0007']).toEqual({ rows: 2, rejected: 1, accepted: 1, duplicates: 0, unique: 1 });
    expect([counts.rows, counts.accepted, counts.duplicates, counts.unique]).toEqual([6001, 6000, 1, 5999]);
  });
});
