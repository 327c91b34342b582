import { describe, expect, it } from '@jest/globals';
import { hashOut, hashString64 } from '../../src/dedupe/hash-string64.js';

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

  it('is stable and sees every character', () => {
    expect(hash('김민준')).toBe(hash('김민준'));
    expect(hash('ab')).not.toBe(hash('ba'));
  });
});
