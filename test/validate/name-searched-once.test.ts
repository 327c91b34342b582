// The contact search of a name runs once per row (issue #13: it ran in the normalizer and again in validation, 5.4 s of a
// 32 s packet): validation takes the normalizer's verdict, and what is rejected, and why, stays the same.
import { describe, expect, it } from '@jest/globals';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { validateSignature } from '../../src/validate/validate-signature.js';
import type { CanonicalField, RawSignature } from '../../src/types.js';

function read(fields: Partial<Record<CanonicalField, string>>) {
  const raw: RawSignature = { source: 'sheet.csv', row: 1, line: 2, fields, extra: {} };
  const sig = createNormalizer({ source: 'sheet.csv' }).normalize(raw);
  return { raw, sig };
}

/** Name cells of every kind the contact search reads: clean, cut, left whole, joined and split by splitName. */
const NAME_CELLS: Array<Partial<Record<CanonicalField, string>>> = [
  { name: 'Anna Kim' }, { name: 'J.R.R. Tolkien' }, { name: 'St. John' }, { name: 'Line Dupont' }, { name: 'Kakao Lee' },
  { name: 'Ann 123 Main St Apt 4' }, { name: 'Lee Kakao ID: lee1234' }, { name: 'Kakao ID: lee1234' }, { name: 'Bob bob.example.com' },
  { name: 'Bob www.example.org/me' }, { name: 'www.example.org' }, { name: 'jane [at] example [dot] com' }, { name: '221 Baker Street' },
  { name: '박지호 101동 1203호' }, { name: '김민구 테헤란로 123' }, { name: 'Max Muster, Hauptstraße 5' }, { name: 'Mary Poppins 555-867-5309' },
  { name: 'Park, Min-jun' }, { name: 'PARK Min-jun' }, { name: 'Maria de la Cruz' }, { name: '山田太郎' }, { name: 'Ivan Storgata 1' },
  { name: 'Ana fb: ana.lopez' }, { name: 'Mai Zalo maimai' }, { name: 'five five five zero one zero zero' },
  { given: 'Kakao', family: 'ID: lee' }, { given: 'Sam', family: 'sam@gmail.com' }, { given: 'Bob', family: 'Baker Street 5' },
  { given: 'Anna Kim' }, { given: 'Ann', family: 'Lee' }, { given: '민준', family: '박' }, { given: 'Line', family: 'Idris' },
];

describe('the contact search of a name cell', () => {
  it('is not run again by validation on a name the normalizer searched and found clean', () => {
    const { raw, sig } = read({ name: 'Anna Kim' });
    expect(sig.nameContactFree).toEqual({ name: true, given: false, family: false });
    // A verdict the normalizer gave is taken as given: validation searches only the parts it did not.
    const trusted = { ...sig, name: 'Kakao ID lee', nameContactFree: { name: true, given: false, family: false } };
    expect(validateSignature(trusted, raw)).toBeNull();
    expect(validateSignature({ ...trusted, nameContactFree: undefined }, raw)?.reason).toBe('name_is_contact');
  });

  it.each(NAME_CELLS)('gives the verdict and message of a full search (%o)', (fields) => {
    const { raw, sig } = read(fields);
    expect(validateSignature(sig, raw)).toEqual(validateSignature({ ...sig, nameContactFree: undefined }, raw));
  });

  it('marks no part that splitName cut out of or joined from the cells', () => {
    expect(read({ name: 'Anna Kim' }).sig).toMatchObject({ given: 'Anna', family: 'Kim', nameContactFree: { given: false, family: false } });
    expect(read({ given: 'Ann', family: 'Lee' }).sig).toMatchObject({ name: 'Ann Lee', nameContactFree: { name: false, given: true, family: true } });
  });
});
