import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SignerKeys } from '../../src/packet/signer-keys.js';
import { signerListFingerprint } from '../../src/packet/manifest/signer-list-fingerprint.js';

const key = fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }).map((n) => n.toString(16).padStart(16, '0'));

function keysOf(list: string[], capacity: number): SignerKeys {
  const keys = new SignerKeys(capacity);
  for (const k of list) keys.add(k);
  return keys;
}

describe('SignerKeys', () => {
  it('gives the fingerprint and the sorted distinct keys the string list gives, whatever the order and repeats', () => {
    fc.assert(fc.property(fc.array(fc.oneof(key, fc.constantFrom('0000000000000000', 'ffffffffffffffff', '00000000000000ff')), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (list, capacity) => {
      const keys = keysOf(list, capacity);
      expect(keys.size).toBe(list.length);
      const distinct = keys.distinct();
      expect([...distinct.strings()]).toEqual([...new Set(list)].sort());
      expect(distinct.size).toBe(new Set(list).size);
      expect(distinct.fingerprint()).toBe(signerListFingerprint(list));
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 200) });
  });

  it('leaves out the signers `include` rejects (a follow-up delivery)', () => {
    const list = ['00000000000000c3', '00000000000000a1', '00000000000000b2', '00000000000000a1'];
    const keys = keysOf(list, 2);
    const include = (i: number) => i !== 2;
    expect([...keys.distinct(include).strings()]).toEqual(['00000000000000a1', '00000000000000c3']);
    expect(keys.distinct(include).fingerprint()).toBe(signerListFingerprint(['00000000000000c3', '00000000000000a1']));
  });

  it.each([['key0'], ['00000000000000AB'], ['0000000000000000a'], ['']])('refuses %p, which is not a signer key', (bad) => {
    expect(() => new SignerKeys().add(bad)).toThrow(/16 lower-case hex digits/u);
  });
});
