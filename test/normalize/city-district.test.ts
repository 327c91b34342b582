// A city cell with a district number, arrondissement or postcode names a city (tester F3): it is kept, and matched by
// its town, so the same person in "Dublin 8" in two exports is one signer, not a pair to review.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenCity } from '../../src/normalize/contact-in-place.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

function normalizeCity(city: string) {
  const normalizer = createNormalizer({ source: 'form.csv' });
  const signature = normalizer.normalize({ source: 'form.csv', row: 1, line: 2, fields: { name: 'Ann Lee', city }, extra: {} });
  return { city: signature.city, cityKey: signature.cityKey, problems: normalizer.problems().map((p) => p.code) };
}

describe('a city with its district or postcode', () => {
  it.each([
    ['Paris 15e', 'paris'], ['Lyon 3e', 'lyon'], ['Paris XVe', 'paris'], ['Paris 1er', 'paris'], ['Dublin 8', 'dublin'],
    ['Dublin 15', 'dublin'], ['Marseille 13', 'marseille'], ['Stockholm 111 22', 'stockholm'], ['Manchester M1', 'manchester'],
    ['London SW1A 1AA', 'london'], ['Wien 1010', 'wien'], ['Berlin 10117', 'berlin'], ['Zürich 8001', 'zurich'],
    ['Seoul 04524', 'seoul'], ['Warszawa 00-950', 'warszawa'], ['111 22 Stockholm', 'stockholm'], ['6th of October City', '6th of october city'],
  ])('%s is kept as typed, matched as %j, without a warning', (cell, key) => {
    expect(normalizeCity(cell)).toEqual({ city: cell, cityKey: key, problems: [] });
  });

  it('keeps the town written after a flat number', () => {
    expect(normalizeCity('Apt 4B Chicago')).toEqual({ city: 'Chicago', cityKey: 'chicago', problems: ['street_in_city'] });
  });

  it.each([['Rue 1', ''], ['Unit 7', ''], ['221 Baker Street', ''], ['12 Main St, Springfield', 'Springfield'], ['Calle Mayor 5 Madrid', 'Madrid']])(
    'still reads %s as a street address (town %j)', (cell, town) => {
      expect(screenCity(cell)).toEqual({ kind: 'street', town });
    });

  it('joins the same two people in "Dublin 8" and "Paris 15e" across two exports, as it does for "Dublin" and "Paris"', async () => {
    const dir = tempDir();
    try {
      const rows = (date: string) => `name,email,city,country,date\nSiobhan Murphy,,Dublin 8,IE,${date}\nPierre Martin,,Paris 15e,FR,${date}\n`;
      writeFileSync(join(dir, 'd1.csv'), rows('2025-11-01'));
      writeFileSync(join(dir, 'd2.csv'), rows('2025-11-03').replace('Dublin 8', 'Dublin'));
      const result = await runMain(['count', '--json', join(dir, 'd1.csv'), join(dir, 'd2.csv')]);
      expect(JSON.parse(result.stdout)).toMatchObject({ accepted: 4, duplicates: 2, unique: 2 });
      await runMain(['dedupe', join(dir, 'd1.csv'), '-o', join(dir, 'merged.csv')]);
      expect(readFileSync(join(dir, 'merged.csv'), 'utf8')).toMatch(/Siobhan Murphy,[^\n]*,Dublin 8,[^\n]*\n[^\n]*Pierre Martin,[^\n]*,Paris 15e,/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
