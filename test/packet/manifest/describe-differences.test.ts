import { describe, it, expect } from '@jest/globals';
import { describeDifference } from '../../../src/packet/manifest/describe-differences.js';

describe('describeDifference', () => {
  it.each([
    [{ path: 'signatures.pdf', problem: 'missing' as const }, 'signatures.pdf: missing'],
    [{ path: 'letter.pdf', problem: 'size' as const, expected: '1200 bytes', actual: '1100 bytes' }, 'letter.pdf: size differs: manifest says 1200 bytes, file has 1100 bytes'],
    [{ path: 'summary.pdf', problem: 'changed' as const, expected: 'a'.repeat(64), actual: 'b'.repeat(64) },
      `summary.pdf: content changed: SHA-256 ${'b'.repeat(16)}… where the manifest says ${'a'.repeat(16)}…`],
  ])('%j reads %j', (difference, line) => {
    expect(describeDifference(difference)).toBe(line);
  });
});
