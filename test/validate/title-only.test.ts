// A name cell of only a title, an honorific or a family word names nobody (verifyR2 F16): "Mr.", "Herr", "씨", "様",
// "The Family", "Mr. & Mrs." were counted and printed as names. Letters that print as punctuation (ǃ, ᐧ) are no letters.
import { describe, expect, it } from '@jest/globals';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { validateSignature } from '../../src/validate/validate-signature.js';
import type { RawSignature } from '../../src/types.js';

function check(name: string) {
  const raw: RawSignature = { source: 'title.csv', row: 1, line: 2, fields: { name, email: 't@example.org', country: 'KR' }, extra: {} };
  return validateSignature(createNormalizer({ source: 'title.csv' }).normalize(raw), raw);
}

describe('a title or honorific alone', () => {
  it.each([
    ['Mr.'], ['Dr.'], ['Mrs'], ['Ms'], ['Sr.'], ['Herr'], ['Frau'], ['씨'], ['님'], ['様'], ['先生'], ['Prof.'], ['Rev.'], ['Sir'], ['Madam'],
    ['M.'], ['Mme'], ['Sra.'], ['Господин'], ['κ.'], ['Mr. & Mrs.'], ['The Family'], ['Family'], ['가족'], ['Mr X.'], ['Ms. '], ['Herr und Frau'],
    ['Señora'], ['선생님'],
  ])('%j is no_name, said as a title', (name) => {
    const verdict = check(name);
    expect(verdict).toMatchObject({ reason: 'no_name' });
    expect(verdict?.detail).toMatch(/only a title or form of address/);
  });

  it.each([['Mr. John Smith'], ['Dr. Kim'], ['The Smith Family'], ['M. K.'], ['Don'], ['Dona Silva'], ['Miss Jones'], ['Sir Ian McKellen'],
    ['Frau Müller'], ['김씨네'], ['J.']])('%j is a name', (name) => {
    expect(check(name)).toBeNull();
  });

  it.each([['ǃ'], ['ᐧ'], ['ǀǀ'], ['ᐨ']])('%j has no letters', (name) => {
    expect(check(name)).toMatchObject({ reason: 'name_without_letters' });
  });

  it('a name with a click letter among other letters is a name', () => {
    expect(check('ǃXóõ')).toBeNull();
  });
});
