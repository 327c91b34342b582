// What volunteers type for a name they could not read or that is missing ("판독불가", "illegible", "N/A", "x") is no
// name (adv14c N15): it was counted, printed in the official's list and two of them merged as one "person".
import { describe, expect, it } from '@jest/globals';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { validateSignature } from '../../src/validate/validate-signature.js';
import type { RawSignature } from '../../src/types.js';

function check(name: string) {
  const raw: RawSignature = { source: 'typed.csv', row: 1, line: 2, fields: { name }, extra: {} };
  return validateSignature(createNormalizer({ source: 'typed.csv' }).normalize(raw), raw);
}

describe('placeholders for a name nobody could read', () => {
  it.each([
    ['판독불가'], ['판독 불가'], ['(읽을 수 없음)'], ['이름 없음'], ['서명만 있음'], ['미기재'], ['없음'], ['illegible'], ['Unreadable'],
    ['unknown'], ['no name'], ['N/A'], ['n/a'], ['x'], ['X'], ['ilegible'], ['sin nombre'], ['ㅇㅇ'], ['ㄱ'], ['[illegible]'],
  ])('%j is rejected as no_name, quoting it', (name) => {
    const verdict = check(name);
    expect(verdict).toMatchObject({ reason: 'no_name' });
    expect(verdict?.detail).toContain(name.trim());
  });

  it.each([['Na'], ['Xi'], ['Kim Na'], ['김없음'], ['Max'], ['Ng']])('%j is a name', (name) => {
    expect(check(name)).toBeNull();
  });
});
