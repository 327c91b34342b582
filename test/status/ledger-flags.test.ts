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
    expect(flags[1].message).toContain('a follow-up no longer counts them in its total');
  });

  it('counts people, not rows: a signer is missing only when none of their keys is found', () => {
    const [rowA, rowB, weak] = makeKeys(3, 'other');
    // Signer 0 has two other rows and a weak key; signer 1 has a weak key only.
    const grouped = makeEntry('embassy-2025', keys, { rowKeys: [rowA, rowB], rowKeysSigner: [0, 0], weakKeys: [weak, weak], weakKeysSigner: [0, 1] });
    expect(ledgerFlags([grouped], ['../exports/a.csv'], new Set([...keys.slice(2), rowB]))).toEqual([expect.objectContaining({ count: 1 })]);
    expect(ledgerFlags([grouped], ['../exports/a.csv'], new Set(keys.slice(2)), new Set([weak]))).toEqual([]);
    expect(ledgerFlags([grouped], ['../exports/a.csv'], new Set(keys.slice(2)))).toEqual([expect.objectContaining({ count: 2 })]);
  });

  it('reads a line of an older version, whose other keys say no signer, as it did: by the kept rows', () => {
    const [rowA] = makeKeys(1, 'other');
    const older = makeEntry('embassy-2025', keys, { rowKeys: [rowA] });
    expect(ledgerFlags([older], ['../exports/a.csv'], new Set([...keys.slice(1), rowA]))).toEqual([expect.objectContaining({ count: 1 })]);
  });
});
