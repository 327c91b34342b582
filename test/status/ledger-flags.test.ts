import { describe, expect, it } from '@jest/globals';
import { ledgerFlags } from '../../src/status/ledger-flags.js';
import { makeEntry, makeKeys } from '../ledger/ledger-entry-maker.js';

describe('ledgerFlags', () => {
  const keys = makeKeys(5, 'k');
  const entry = makeEntry('embassy-2025', keys, { sources: ['a.csv', 'b.csv'] });

  it('is quiet when every delivered export and signer is still there', () => {
    expect(ledgerFlags([entry], ['a.csv', 'b.csv', 'c.csv'], new Set([...keys, 'ffffffffffffffff']))).toEqual([]);
  });

  it('flags an export removed after a delivery and the delivered signers that went with it', () => {
    const flags = ledgerFlags([entry], ['a.csv'], new Set(keys.slice(0, 3)));
    expect(flags.map((f) => f.code)).toEqual(['source-removed', 'delivered-signers-missing']);
    expect(flags[0]).toMatchObject({ path: 'b.csv', message: 'b.csv was part of delivery embassy-2025 but is no longer in the campaign' });
    expect(flags[1]).toMatchObject({ delivery: 'embassy-2025', count: 2 });
    expect(flags[1].message).toContain('the delivered total still counts them');
  });
});
