import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { instructionByUnicode, isInstruction } from '../../src/read/header-hints.js';

// An ASCII cell skips the Unicode passes (NFKC, CJK words, the \p{L} look-arounds): it must be read as they read it.
const pieces = ['please', 'Print clearly', 'OPTIONAL', 'e.g', 'e.g.', 'z.B', 'p.ej', 'svp', 'bitte', 'DD/MM/YYYY', 'yyyy', 'mm', 'dd', '0000',
  'xx', '##', 'jj', 'aaaa', 'tt', '(', ')', '[', ']', '<', '>', ' ', '  ', '.', '-', '/', ':', '_', ',', '\t', 'a', 'x', '0', '1', 'Anna',
  'Smith', 'pleased', 'optionally', 'required', 'Mandatory', 'capitals', 'for example', 'ejemplo', 'beispiel', '@', "'", 'ex', 'y'];

describe('isInstruction on ASCII cells', () => {
  it('answers as the Unicode passes do', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
      const cell = parts.join('');
      expect(isInstruction(cell)).toBe(instructionByUnicode(cell));
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii', maxLength: 16 }), (cell) => {
      expect(isInstruction(cell)).toBe(instructionByUnicode(cell));
    }), { numRuns: 2000 });
  });

  it.each([['Please print clearly', true], ['(optional)', true], ['dd/mm/yyyy', true], ['0000.00.00', true], ['Anna Smith', false], ['Mary Print', false], ['(anonymous)', false]])('%j: %s', (cell, expected) => {
    expect(isInstruction(cell)).toBe(expected);
  });
});
