import { describe, expect, it } from '@jest/globals';
import { clusterLinks, type Link } from '../../src/dedupe/cluster-links.js';
import { dedupeExact } from '../../src/dedupe/exact-dedupe.js';
import { describeOutcome } from './describe-outcome.js';
import { makeTable, type SignatureSpec } from './make-signature.js';

const at = (day: number) => `2026-03-${String(day).padStart(2, '0')}T09:00:00Z`;

interface Case {
  title: string;
  rows: SignatureSpec[];
  links: Link[];
  /** Start from dedupeExact's outcome (true) or from every row alone (false). */
  onExact: boolean;
  expected: string[];
}

const cases: Case[] = [
  { title: 'a link joins two rows; the earlier is kept and the later records the link\'s rule', onExact: false, rows: [
    { name: 'Jon Smith', at: at(2) },
    { name: 'John Smith', at: at(1) },
  ], links: [{ a: 0, b: 1, rule: 'similar_name', score: 0.93 }], expected: ['similar_name → 1', 'kept'] },
  { title: 'links chain: a–b and b–c make one signer', onExact: false, rows: [
    { name: 'Jon Smith', at: at(1) },
    { name: 'John Smith', at: at(2) },
    { name: 'Johnny Smith', at: at(3) },
  ], links: [{ a: 1, b: 2, rule: 'nickname' }, { a: 0, b: 1, rule: 'similar_name' }],
  expected: ['kept', 'similar_name → 0', 'nickname → 0'] },
  { title: 'a link between two different valid emails is refused', onExact: false, rows: [
    { name: 'Jon Smith', email: 'jon@example.org', at: at(1) },
    { name: 'John Smith', email: 'john@example.org', at: at(2) },
  ], links: [{ a: 0, b: 1, rule: 'similar_name' }], expected: ['kept', 'kept'] },
  { title: 'the guard sees the whole signer: A(a) – C – B(b) joins C to A only', onExact: false, rows: [
    { name: 'Jon Smith', email: 'a@example.org', at: at(1) },
    { name: 'John Smith', at: at(2) },
    { name: 'Johnny Smith', email: 'b@example.org', at: at(3) },
  ], links: [{ a: 0, b: 1, rule: 'similar_name' }, { a: 1, b: 2, rule: 'similar_name' }],
  expected: ['kept', 'similar_name → 0', 'kept'] },
  { title: 'on top of the exact outcome, a link joins two exact signers and keeps their rules', onExact: true, rows: [
    { name: 'Jane Smith', email: 'jane@example.org', at: at(1) },
    { name: 'Jane Smith', email: 'jane@example.org', at: at(3) },
    { name: 'Jayne Smith', postcode: 'N1 9GU', at: at(2) },
    { name: 'Jayne Smith', postcode: 'N1 9GU', at: at(4) },
  ], links: [{ a: 1, b: 3, rule: 'similar_name' }],
  expected: ['kept', 'same_email → 0', 'similar_name → 0', 'same_name_postcode → 0'] },
  { title: 'on top of the exact outcome, a household stays apart from its first signer', onExact: true, rows: [
    { name: 'Jane Smith', email: 'smiths@example.org', postcode: 'N1 9GU', at: at(1) },
    { name: 'John Smith', email: 'smiths@example.org', postcode: 'N1 9GU', at: at(2) },
    { name: 'Jon Smith', postcode: 'N1 9GU', at: at(3) },
  ], links: [{ a: 0, b: 1, rule: 'similar_name' }, { a: 2, b: 1, rule: 'similar_name' }],
  expected: ['kept', 'household', 'similar_name → 1'] },
];

describe('clusterLinks', () => {
  it.each(cases)('$title', ({ rows, links, onExact, expected }) => {
    const table = makeTable(rows);
    const outcome = clusterLinks(table, links, onExact ? dedupeExact(table) : undefined);
    expect(describeOutcome(outcome)).toEqual(expected);
  });

  it('leaves the base outcome as it was', () => {
    const table = makeTable([{ name: 'Jon Smith', at: at(1) }, { name: 'John Smith', at: at(2) }]);
    const base = dedupeExact(table);
    const before = describeOutcome(base);
    clusterLinks(table, [{ a: 0, b: 1, rule: 'similar_name' }], base);
    expect(describeOutcome(base)).toEqual(before);
  });

  it('rejects a link to a row the table does not have', () => {
    const table = makeTable([{ name: 'Jon Smith' }]);
    expect(() => clusterLinks(table, [{ a: 0, b: 5, rule: 'similar_name' }])).toThrow(RangeError);
  });
});
