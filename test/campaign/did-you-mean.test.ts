import { describe, expect, it } from '@jest/globals';
import { didYouMean } from '../../src/campaign/did-you-mean.js';

describe('didYouMean', () => {
  const keys = ['address', 'organization', 'signatory', 'privacy', 'paper', 'place'];
  it.each([
    ['adress', 'address'],
    ['privcay', 'privacy'],
    ['Signatory', 'signatory'],
    ['organisation', 'organization'],
    ['color', undefined],
    ['x', undefined],
  ])('%s → %s', (word, expected) => {
    expect(didYouMean(word, keys)).toBe(expected);
  });
});
