import { describe, expect, it } from '@jest/globals';
import { ledgerFlags } from '../../src/status/ledger-flags.js';
import { makeEntry, makeKeys } from '../ledger/ledger-entry-maker.js';

describe('ledgerFlags', () => {
  const keys = makeKeys(5, 'k');
  const entry = makeEntry('embassy-2025', keys, { sources: ['a.csv', 'b.csv'] });

  it('is quiet when every delivered export and signer is still there', () => {
    expect(ledgerFlags([entry], ['a.csv', 'b.csv', 'c.csv'], new Map([['embassy-2025', 0]]))).toEqual([]);
  });

  it('flags an export removed after a delivery and the delivered signers that went with it', () => {
    const flags = ledgerFlags([entry], ['a.csv'], new Map([['embassy-2025', 2]]));
    expect(flags.map((f) => f.code)).toEqual(['source-removed', 'delivered-signers-missing']);
    expect(flags[0]).toMatchObject({ path: 'b.csv', message: 'b.csv was part of delivery embassy-2025 but is no longer in the campaign' });
    expect(flags[1]).toMatchObject({ delivery: 'embassy-2025', count: 2, delivered: 5 });
    expect(flags[1].message).toContain('a follow-up no longer counts them in its total');
  });

  it('says a delivery marked twice once, by its last line', () => {
    const again = makeEntry('embassy-2025', keys.slice(0, 4), { sources: ['a.csv', 'b.csv'] });
    expect(ledgerFlags([entry, again], ['a.csv', 'b.csv'], new Map([['embassy-2025', 1]]))).toEqual([expect.objectContaining({ count: 1, delivered: 4 })]);
  });
});
