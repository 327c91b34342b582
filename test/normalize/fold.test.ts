import { describe, expect, it } from '@jest/globals';
import { foldText, orderFreeNameKey } from '../../src/normalize/fold.js';

describe('foldText', () => {
  it.each([
    ['Ordóñez', 'ordonez'],
    ['Ordo\u0301n\u0303ez', 'ordonez'],
    ['Straße', 'strasse'],
    ['Łukasz Øster', 'lukasz oster'],
    ['  Jean-Luc   PICARD ', 'jean luc picard'],
    ['박민준', '박민준'],
    ['Ἀλέξανδρος', 'αλεξανδρος'],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});

describe('orderFreeNameKey', () => {
  it('is equal for either name order', () => {
    expect(orderFreeNameKey('Park Min-jun')).toBe(orderFreeNameKey('Min-jun Park'));
  });
});
