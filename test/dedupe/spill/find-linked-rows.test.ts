import { describe, expect, it } from '@jest/globals';
import { SpillFolder } from '../../../src/dedupe/spill/record-file.js';
import { findLinkedRows } from '../../../src/dedupe/spill/find-linked-rows.js';
import { RowCollector } from '../../../src/dedupe/spill/spilled-table.js';
import { makeSignature, utcDay, type SignatureSpec } from '../make-signature.js';

function linkedRows(specs: SignatureSpec[], batchRows: number) {
  const folder = new SpillFolder();
  const collector = new RowCollector({ dayOf: utcDay }, 1, folder);
  specs.forEach((spec, i) => collector.add(makeSignature({ ...spec, row: i + 1 })));
  const collected = collector.finish();
  if (!('spilled' in collected)) throw new Error('expected the rows on disk');
  const result = findLinkedRows(collected.spilled.file, folder, batchRows);
  folder.close();
  const batchOfRow = (row: number) => (result.linked.has(row) ? result.batchOf[result.linked.rank(row)] : null);
  return { count: result.count, batches: result.batches, batchOfRow };
}

describe('findLinkedRows', () => {
  it('links only rows that share a key some rule could join them by', () => {
    const { count, batchOfRow } = linkedRows([
      { name: 'Ann Lee', email: 'ann@example.org', postcode: 'N1 1AA', city: 'London' }, // 0: email with 3
      { name: 'Bo Kim', email: 'bo@example.org', postcode: 'E1 1AA', city: 'London' }, //  1: alone
      { name: 'Cy Park', postcode: 'E2 2BB', city: 'Leeds' }, //                             2: name+city with 4 (4 has no postcode)
      { name: 'Di Ross', email: 'ANN@example.org' }, //                                     3
      { name: 'Cy Park', city: 'Leeds' }, //                                                4
      { name: 'Ed Wu', postcode: 'B1 1AA', city: 'York' }, //                               5: same name and city as 6, both with postcodes:
      { name: 'Ed Wu', postcode: 'B2 2BB', city: 'York' }, //                               6: rule 3 does not apply, rule 2 does not match
    ], 100);
    expect(count).toBe(4);
    expect([0, 1, 2, 3, 4, 5, 6].map((row) => batchOfRow(row) !== null)).toEqual([true, false, true, true, true, false, false]);
  });

  it('puts each connected group whole into one batch, and fills batches in order of their first rows', () => {
    // Four groups of three, chained by email then by name and postcode: A0–A1 (email), A1–A2 (name+postcode).
    const specs: SignatureSpec[] = [];
    for (let g = 0; g < 4; g++) {
      specs.push({ name: `Person ${g}`, email: `p${g}@example.org`, postcode: `P${g}` });
      specs.push({ name: `Person ${g}`, email: `p${g}@example.org`, postcode: `P${g}` });
      specs.push({ name: `Person ${g}`, postcode: `P${g}` });
    }
    const { count, batches, batchOfRow } = linkedRows(specs, 6);
    expect(count).toBe(12);
    expect(batches).toBe(2);
    expect(specs.map((_, row) => batchOfRow(row))).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
  });
});
