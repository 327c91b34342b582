import { describe, expect, it } from '@jest/globals';
import { givenIdentity } from '../../src/normalize/korean-skeleton.js';

describe('givenIdentity', () => {
  it.each([
    ['혜원', 'hyewon'], ['혜원', 'hye-won'], ['민준', 'minjoon'], ['민준', 'min jun'], ['서연', 'seoyeon'], ['지훈', 'jihoon'],
  ])('%s and %s are one given name', (a, b) => {
    expect(givenIdentity(a)).toBe(givenIdentity(b));
  });

  it.each([
    ['혜원', 'minjun'], ['서연', '지훈'], ['john', 'mary'], ['jane', 'john'],
  ])('%s and %s are two given names', (a, b) => {
    expect(givenIdentity(a)).not.toBe(givenIdentity(b));
  });

  it('keeps no name as no name', () => {
    expect(givenIdentity('')).toBe('');
  });
});
