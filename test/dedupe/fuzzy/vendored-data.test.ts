import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { KOREAN_SURNAMES_CSV } from '../../../src/dedupe/fuzzy/korean-surname-data.js';
import { NICKNAMES_CSV } from '../../../src/dedupe/fuzzy/nickname-data.js';
import { DIMINUTIVES_CSV } from '../../../src/dedupe/fuzzy/diminutive-data.js';

// The lists ship inside the built code; data/ holds the vendored files with their sources. They must not drift.
describe('vendored name lists', () => {
  it.each([
    ['data/nicknames.csv', NICKNAMES_CSV],
    ['data/diminutives.csv', DIMINUTIVES_CSV],
    ['data/korean-surnames.csv', KOREAN_SURNAMES_CSV],
  ])('%s is what the code embeds', (path, embedded) => {
    expect(embedded).toBe(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
  });
});
