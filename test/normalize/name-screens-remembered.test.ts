// A name cell's screens (anonymity note, contact search, scripts, private use, and validation's totals, placeholder and
// contact checks) run once per distinct text of a column (issue #13), and every row that holds the text is still read,
// warned about and rejected as it was when each row was screened on its own.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { createSignatureValidator, validateSignature } from '../../src/validate/validate-signature.js';
import type { CanonicalField, RawSignature } from '../../src/types.js';

type Fields = Partial<Record<CanonicalField, string>>;

/** Cells each screen has something to say about, and plain ones. */
const NAMES = ['Anna Kim', 'Haruto Иванов', 'Аnna Kim', 'Kim <kim@x.example>', '김철수 (비공개)', 'Anonymous', 'Total', 'Summe 40',
  'N/A', 'unknown', 'Test Signer 2', 'Sam sam@gmail.com', 'Kakao ID: lee1234', 'Anna\uE000 Kim', '221 Baker Street', 'www.example.org',
  'Mary Poppins 555-867-5309', '익명', 'Bob www.example.org/me', '=SUM(A1:A9)', 'Park, Min-jun', 'Lee Kakao ID: lee1234', ''];
const PARTS = ['Anna', 'Kim', '', 'sam@gmail.com', 'Anon', '(anonymous)', 'ID: lee', 'Baker Street 5', 'Total', 'Test', '익명', 'Аnna'];

const rowOf = (fields: Fields, row: number): RawSignature => ({ source: 'sheet.csv', row, line: row + 1, fields, extra: {} });

/** Each row read by a normalizer and validator of its own: nothing remembered from another row. */
function alone(rows: Fields[]) {
  return rows.map((fields, i) => {
    const normalizer = createNormalizer({ source: 'sheet.csv' });
    const raw = rowOf(fields, i + 1);
    const signature = normalizer.normalize(raw);
    return { signature, verdict: validateSignature(signature, raw), problems: normalizer.problems().map((p) => p.code) };
  });
}

/** All rows read by one normalizer and validator, as a file is. */
function together(rows: Fields[], limit?: number) {
  const normalizer = createNormalizer({ source: 'sheet.csv' });
  const validate = createSignatureValidator(limit);
  const read = rows.map((fields, i) => {
    const raw = rowOf(fields, i + 1);
    const signature = normalizer.normalize(raw);
    return { signature, verdict: validate(signature, raw) };
  });
  return { read, problems: normalizer.problems() };
}

describe('name screens remembered per cell text', () => {
  it('reject, cut and warn about a repeated name cell on every row that holds it', () => {
    const rows: Fields[] = [1, 2, 3].flatMap(() => [{ name: 'Kim <kim@x.example>' }, { name: 'Total' }, { name: 'Аnna Kim' }, { name: 'Anna\uE000 Kim' }]);
    const { read, problems } = together(rows);
    expect(read.map((r) => r.signature.name)).toEqual(Array(3).fill(['Kim', 'Total', 'Аnna Kim', 'Anna Kim']).flat());
    expect(read.map((r) => r.verdict?.reason ?? 'counted')).toEqual(Array(3).fill(['counted', 'totals_row', 'counted', 'counted']).flat());
    const rowsOf = (code: string) => problems.filter((p) => p.code === code).map((p) => p.message);
    expect(rowsOf('contact_in_name')).toEqual([expect.stringMatching(/1, 5(,| and) 9/)]);
    expect(rowsOf('mixed_scripts_in_name')).toEqual([expect.stringMatching(/3, 7(,| and) 11/)]);
    expect(rowsOf('private_use_in_name')).toEqual([expect.stringMatching(/4, 8(,| and) 12/)]);
  });

  it('give every row what a row read alone gets, whatever the memory holds (seeded)', () => {
    const fields = fc.oneof(
      fc.record({ name: fc.constantFrom(...NAMES) }),
      fc.record({ given: fc.constantFrom(...PARTS), family: fc.constantFrom(...PARTS) }),
      fc.record({ given: fc.constantFrom(...PARTS) }),
    ) as fc.Arbitrary<Fields>;
    fc.assert(fc.property(fc.array(fields, { minLength: 1, maxLength: 40 }), fc.constantFrom(1, 3, 50_000), (rows, limit) => {
      const expected = alone(rows);
      const { read, problems } = together(rows, limit);
      expect(read.map((r) => [r.signature, r.verdict])).toEqual(expected.map((r) => [r.signature, r.verdict]));
      expect(new Set(problems.map((p) => p.code))).toEqual(new Set(expected.flatMap((r) => r.problems)));
    }), { numRuns: 300, seed: 1323 });
  });
});
