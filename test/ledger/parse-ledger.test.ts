import { describe, expect, it } from '@jest/globals';
import { parseLedger } from '../../src/ledger/parse-ledger.js';
import { ledgerLine } from '../../src/ledger/ledger-entry.js';
import { deliveredBefore } from '../../src/ledger/delivered-before.js';
import { makeEntry, makeKeys } from './ledger-entry-maker.js';

const first = makeEntry('embassy-2025', makeKeys(3, 'a'));
const second = makeEntry('embassy-2026', makeKeys(2, 'b'), { since: 'embassy-2025', total: 5 });
const good = ledgerLine(first) + ledgerLine(second);

describe('parseLedger', () => {
  it.each([
    ['an empty ledger', '', [], 0],
    ['two whole lines', good, ['embassy-2025', 'embassy-2026'], 0],
    ['a torn last line (killed mid-write)', ledgerLine(first) + ledgerLine(second).slice(0, 40), ['embassy-2025'], 1],
    // A whole, valid record whose final newline an editor or a copy dropped is a record, not a torn line.
    ['a whole last line without its final newline', ledgerLine(first) + ledgerLine(second).trimEnd(), ['embassy-2025', 'embassy-2026'], 0],
    ['a ledger saved with a UTF-8 byte order mark (Notepad)', `\uFEFF${good}`, ['embassy-2025', 'embassy-2026'], 0],
    ['a line whose keys were edited by hand', ledgerLine(first).replace(first.keys[0], '0000000000000000') + ledgerLine(second), ['embassy-2026'], 1],
    ['a line that is not JSON', `not json\n${good}`, ['embassy-2025', 'embassy-2026'], 1],
  ])('%s', (_label, text, deliveries, problems) => {
    const parsed = parseLedger(text);
    expect(parsed.entries.map((e) => e.delivery)).toEqual(deliveries);
    expect(parsed.problems).toHaveLength(problems);
  });

  it('reports where an append must start: after the last whole line', () => {
    const torn = ledgerLine(first) + '{"delivery":"x"';
    expect(parseLedger(torn).completeBytes).toBe(Buffer.byteLength(ledgerLine(first)));
  });

  it('appends after a whole last line that lacks its newline, adding the newline', () => {
    const text = ledgerLine(first).trimEnd();
    expect(parseLedger(text)).toMatchObject({ completeBytes: Buffer.byteLength(text), needsNewline: true });
  });

  it('never counts the keys of a torn line', () => {
    const torn = ledgerLine(first) + ledgerLine(second).slice(0, -2);
    const keys = parseLedger(torn).entries.flatMap((e) => e.keys);
    expect(keys).toEqual(first.keys);
  });
});

describe('deliveredBefore', () => {
  const third = makeEntry('embassy-2027', makeKeys(4, 'c'), { since: 'embassy-2026' });
  const sinceOf = (id: string) => ({ 'embassy-2026': 'embassy-2025', 'embassy-2027': 'embassy-2026' } as Record<string, string>)[id];

  it('follows the chain back: a second follow-up leaves out both earlier packets', () => {
    const result = deliveredBefore([first, second, third], 'embassy-2026', sinceOf);
    expect('missing' in result).toBe(false);
    if ('missing' in result) return;
    expect(result.chain.map((e) => e.delivery)).toEqual(['embassy-2026', 'embassy-2025']);
    expect(result.signers).toBe(5);
    expect([...result.keys].sort()).toEqual([...first.keys, ...second.keys].sort());
  });

  it('names the delivery of the chain that was never marked delivered', () => {
    expect(deliveredBefore([second], 'embassy-2026', sinceOf)).toEqual({ missing: 'embassy-2025' });
  });
});
