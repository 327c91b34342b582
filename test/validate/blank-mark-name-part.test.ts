// A first or last name cell of only a dash or a sign is the volunteer's "none", an empty cell (verifyR2 F4): `Jane,-`,
// `-,Kowalski` were rejected as formulas and the signers lost. A cell with more after the sign still is a formula, and
// the rejection names that cell's column and quotes that cell.
import { describe, expect, it } from '@jest/globals';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { validateSignature } from '../../src/validate/validate-signature.js';
import type { CanonicalField, RawSignature } from '../../src/types.js';

function read(fields: Partial<Record<CanonicalField, string>>) {
  const raw: RawSignature = { source: 'dash.csv', row: 1, line: 2, fields, extra: {} };
  const sig = createNormalizer({ source: 'dash.csv' }).normalize(raw);
  return { sig, verdict: validateSignature(sig, raw) };
}

describe('a name part of only a dash or a sign', () => {
  it.each([
    ['Jane', '-', 'Jane'], ['Omar', '--', 'Omar'], ['Li', '+', 'Li'], ['Min', '=', 'Min'], ['Ada', '@', 'Ada'], ['-', 'Kowalski', 'Kowalski'],
    ['Eve', '.', 'Eve'], ['Bo', '—', 'Bo'], ['+', 'Nowak', 'Nowak'], ['Mary Ann', '-', 'Mary Ann'],
  ])('%j + %j is the signer %j', (given, family, name) => {
    const { sig, verdict } = read({ given, family, email: 'x@example.org' });
    expect(verdict).toBeNull();
    expect(sig.name).toBe(name);
  });

  it('both cells of marks have no letters', () => {
    expect(read({ given: '-', family: '-' }).verdict).toMatchObject({ reason: 'name_without_letters' });
  });

  it.each([
    [{ given: 'Jane', family: '=HYPERLINK("http://x")' }, 'family', '=HYPERLINK("http://x")'],
    [{ given: '=1+1', family: 'Kowalski' }, 'given', '=1+1'],
    [{ given: 'Ann', family: '@SUM(A1)' }, 'family', '@SUM(A1)'],
    [{ name: '=SUM(A1:A9)' }, 'name', '=SUM(A1:A9)'],
  ])('%j is still a formula, said of column %j quoting %j', (fields, column, quoted) => {
    const { verdict } = read(fields);
    expect(verdict).toMatchObject({ reason: 'formula_name', column });
    expect(verdict?.detail).toContain(`"${quoted}"`);
  });
});
