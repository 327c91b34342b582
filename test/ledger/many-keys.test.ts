// A ledger line carries one key per delivered signer: 20 million for the largest petitions, more than V8 lets one Set hold.
import { describe, expect, it } from '@jest/globals';
import { keyedEntry } from '../../src/ledger/keyed-ledger.js';
import { createHmac } from 'node:crypto';
import type { LedgerKeyer } from '../../src/ledger/signer-secret.js';
import { withMapsHeldTo } from '../helpers/map-limit.js';
import { makeEntry, makeKeys } from './ledger-entry-maker.js';

describe('keying a plain-hashed ledger line', () => {
  it('keys more signers than one Set may hold, each once and sorted', async () => {
    // Without the real keyer's memory of keys (a bounded cache, 1,000,000 entries), which this test's limit is far below.
    const hmac = (text: string) => createHmac('sha256', 'secret').update(text).digest('hex').slice(0, 16);
    const keyer: LedgerKeyer = { keyId: hmac('id'), key: hmac, mac: hmac };
    const keys = makeKeys(6000, 'many');
    const entry = makeEntry('first', [...keys, keys[0], keys[1]]);
    const keyed = await withMapsHeldTo(5000, () => keyedEntry(entry, keyer));
    const expected = [...new Set(keys.map((key) => keyer.key(key)))].sort();
    expect(keyed.keys).toEqual(expected);
    expect(keyed.signers).toBe(6000);
    expect(keyed.keyId).toBe(keyer.keyId);
  });
});
