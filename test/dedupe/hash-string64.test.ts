import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hashBegin, hashEnd, hashOut, hashString64, hashString64Without, hashText } from '../../src/dedupe/hash-string64.js';

const hash = (text: string) => {
  hashString64(text);
  return `${hashOut[0]}:${hashOut[1]}`;
};

describe('hashString64', () => {
  it('reserves 0:0 for the empty string', () => {
    expect(hash('')).toBe('0:0');
    expect(hash('a')).not.toBe('0:0');
  });

  it('gives 90,000 similar keys 90,000 different hashes', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 30_000; i++) {
      seen.add(hash(`user${i}@example.org`));
      seen.add(hash(`jane smith ${i}`));
      seen.add(hash(`${i}`));
    }
    expect(seen.size).toBe(90_000);
  });

  it('gives the hashes it always gave (signer keys are kept between runs)', () => {
    expect([hash('jane smith'), hash('김민준'), hash('a')]).toEqual(['-392695386:-1726928647', '-38143015:720311412', '-2100725503:1344023463']);
  });

  it('hashes a text without its spaces as the text with them taken out', () => {
    const without = (text: string) => {
      hashString64Without(text, 0x20);
      return `${hashOut[0]}:${hashOut[1]}`;
    };
    fc.assert(fc.property(fc.array(fc.constantFrom(' ', 'a', 'kim', '민준', 'ß', '\u0301'), { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      expect(without(text)).toBe(hash(text.replaceAll(' ', '')));
    }), { numRuns: 500 });
    expect(without('   ')).toBe('0:0');
  });

  it('is stable and sees every character', () => {
    expect(hash('김민준')).toBe(hash('김민준'));
    expect(hash('ab')).not.toBe(hash('ba'));
  });
});

/** A row's fields hashed one by one, as the pasted-twice check keys a row (no joined string per row). */
const hashFields = (texts: string[]) => {
  hashBegin();
  for (const text of texts) hashText(text);
  hashEnd();
  return `${hashOut[0]}:${hashOut[1]}`;
};

describe('hashText', () => {
  it('tells fields apart however their text is cut between them', () => {
    expect(hashFields(['ab', 'c'])).not.toBe(hashFields(['a', 'bc']));
    expect(hashFields(['ab', ''])).not.toBe(hashFields(['', 'ab']));
    expect(hashFields(['a', 'b'])).not.toBe(hashFields(['a', 'b', '']));
    expect(hashFields(['kim', 'kim@x.example'])).toBe(hashFields(['kim', 'kim@x.example']));
  });

  it('gives 60,000 rows that differ in one field 60,000 different keys, none 0:0', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 30_000; i++) {
      seen.add(hashFields(['jane smith', `user${i}@example.org`, '', 'DE', '2025-11-18']));
      seen.add(hashFields(['jane smith', 'user@example.org', '', 'DE', `2025-11-${i}`]));
    }
    expect(seen.size).toBe(60_000);
    expect(seen.has('0:0')).toBe(false);
  });
});
