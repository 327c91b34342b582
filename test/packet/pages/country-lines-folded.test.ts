import { describe, expect, it } from '@jest/globals';
import { countryLines } from '../../../src/packet/pages/country-lines.js';

describe('countryLines: one folding for the whole count-only packet', () => {
  it('folds a country hidden in the other table even when it has enough signers here', () => {
    const lines = countryLines([['KR', 16], ['US', 6], ['ES', 3], ['FR', 1], ['IT', 1]], 'en', 12, 3, ['ES', 'FR', 'IT']);
    expect(lines.named.map(([code]) => code)).toEqual(['KR', 'US']);
    expect(lines.others).toEqual({ countries: 3, signers: 5 });
  });

  it('never shows a group of one country: the smallest named country joins it', () => {
    const lines = countryLines([['KR', 3], ['US', 3], ['ES', 1]], 'en', 12, 3);
    expect(lines.others?.countries).toBeGreaterThan(1);
    expect(lines.others).toEqual({ countries: 2, signers: 4 });
  });

  it('leaves a list that names every country alone', () => {
    expect(countryLines([['KR', 3], ['ES', 1]], 'en', 12, 1).others).toBeNull();
  });
});
