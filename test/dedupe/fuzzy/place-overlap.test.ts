// Postcode, city, region and street: one place or four facts? Learned from the data, and what it does to a pair.
import { describe, expect, it } from '@jest/globals';
import { learnPlaceOverlap, placeBits } from '../../../src/dedupe/fuzzy/place-overlap.js';
import { findFuzzyMatches } from '../../../src/dedupe/fuzzy/refine-with-fuzzy.js';
import type { Signature } from '../../../src/types.js';
import { alone, fuzzyRecords as records, signature } from './signature-factory.js';

function seeded(seed: number): () => number {
  let state = seed;
  return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
}

/** Rows whose postcode and city either belong together (real addresses) or were drawn apart (FEBRL-like). */
function placeColumns(rows: number, geography: boolean): Parameters<typeof learnPlaceOverlap>[0] {
  const random = seeded(11);
  const cells = new Int32Array(rows * 2);
  for (let row = 0; row < rows; row++) {
    const postcode = Math.floor(random() * 200);
    cells[row * 2] = postcode;
    cells[row * 2 + 1] = geography ? postcode % 40 : Math.floor(random() * 40);
  }
  return {
    cells, stride: 2, at: [0, 1],
    strangers: () => true,
    rowOrder: Int32Array.from({ length: rows }, (_, i) => (i * 7919) % rows),
  };
}

describe('learnPlaceOverlap', () => {
  it('learns that a shared postcode already tells the city where addresses are real places', () => {
    const { overlap, pairs } = learnPlaceOverlap(placeColumns(4000, true));
    expect(pairs[0 * 2 + 1]).toBeGreaterThan(1000);
    expect(overlap[0 * 2 + 1]).toBeGreaterThan(0.9);
  });

  it('learns that they are independent where each field was drawn on its own', () => {
    const { overlap } = learnPlaceOverlap(placeColumns(4000, false));
    expect(overlap[0 * 2 + 1]).toBeLessThan(0.1);
    expect(overlap[1 * 2 + 0]).toBeLessThan(0.1);
  });

  it('assumes a partial overlap where too few strangers share a value to tell', () => {
    const { overlap, pairs } = learnPlaceOverlap(placeColumns(20, false));
    expect(pairs[1]).toBe(0);
    expect(overlap[1]).toBe(0.5);
  });
});

describe('what a shared family name tells of the place', () => {
  /** Rows of three cells (family, city, postcode); each family lives in one city (a people, a region) or anywhere. */
  function familyColumns(gathered: boolean) {
    const random = seeded(3);
    const rows = 4000;
    const cells = new Int32Array(rows * 3);
    for (let row = 0; row < rows; row++) {
      const family = Math.floor(random() * 60);
      cells[row * 3] = family;
      cells[row * 3 + 1] = gathered && random() < 0.8 ? family % 30 : Math.floor(random() * 30);
      cells[row * 3 + 2] = Math.floor(random() * 3000);
    }
    const columns = { cells, stride: 3, at: [2, 1], strangers: () => true, rowOrder: Int32Array.from({ length: rows }, (_, i) => (i * 7919) % rows) };
    return learnPlaceOverlap(columns, { at: 0, strangers: () => true, tells: [1] });
  }

  it('learns that namesakes by family share a city more often than strangers where a name belongs to a region', () => {
    const { byFamily, byFamilyPairs } = familyColumns(true);
    expect(byFamilyPairs[1]).toBeGreaterThan(1000);
    expect(byFamily[1]).toBeGreaterThan(0.3);
    // Only the fields asked for: the postcode is an address, which a household shares.
    expect(byFamily[0]).toBe(0);
  });

  it('learns nothing where families live anywhere', () => {
    expect(familyColumns(false).byFamily[1]).toBeLessThan(0.1);
  });

  it('counts a city the family name already told only in part', () => {
    const bits = Float64Array.of(0, 4, 0);
    const told = Float64Array.of(0, 0.5, 0);
    expect(placeBits(bits, new Float64Array(9), new Int32Array(3), told)).toBeCloseTo(2);
  });
});

describe('placeBits', () => {
  const scratch = new Int32Array(3);
  it('counts a place once where the fields overlap fully, and in full where they are independent', () => {
    const bits = Float64Array.of(11, 8, 3);
    expect(placeBits(bits, new Float64Array(9).fill(1), scratch)).toBeCloseTo(11);
    expect(placeBits(bits, new Float64Array(9).fill(0), scratch)).toBeCloseTo(22);
  });

  it('always counts a disagreeing field against the pair', () => {
    expect(placeBits(Float64Array.of(-5.6, 8, 3), new Float64Array(9).fill(1), scratch)).toBeCloseTo(8 - 5.6);
  });
});

describe('neighbours in one postcode', () => {
  /** A town: every postcode lies in one city and region, and many strangers share them. */
  function town(): Signature[] {
    const random = seeded(5);
    const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
    const given = ['Anna', 'Mark', 'Sofia', 'Noah', 'Emma', 'Peter', 'Olivia', 'Liam', 'Grace', 'Jonas', 'Clara', 'Felix', 'Ruth', 'Paul'];
    const family = ['Novak', 'Rossi', 'Dubois', 'Weber', 'Silva', 'Jansen', 'Nagy', 'Haddad', 'Kowalski', 'Moreau', 'Okafor', 'Bianchi',
      'Horvath', 'Petrov', 'Costa', 'Schulz', 'Berg', 'Murphy', 'Fischer', 'Walsh'];
    const cities = ['Albany', 'Troy', 'Schenectady', 'Utica', 'Rome', 'Ithaca', 'Elmira', 'Buffalo', 'Rochester', 'Syracuse', 'Yonkers', 'Hudson'];
    const places = Array.from({ length: 240 }, (_, i) => ({ postcode: String(12000 + i), city: cities[i % cities.length], region: ['NY', 'VT', 'MA'][i % 3] }));
    return Array.from({ length: 480 }, (_, i) => {
      const place = pick(places);
      return signature({ source: 'an.csv', given: pick(given), family: pick(family), email: `signer${i}@mail.example`, ...place, country: 'US' });
    });
  }

  /** Whether Lisa Hartham of Albany 12209 (with an email) and a second Lisa of that postcode end up one signer. */
  function mergedWithLisaHartham(secondFamily: string): boolean {
    const rows = [
      ...town(),
      signature({ source: 'an.csv', given: 'Lisa', family: 'Hartham', email: 'l.hartham@mail.example', postcode: '12209', city: 'Albany', region: 'NY', country: 'US' }),
      signature({ source: 'change.csv', given: 'Lisa', family: secondFamily, postcode: '12209', city: 'Albany', region: 'NY', country: 'US' }),
    ];
    const [a, b] = [rows.length - 2, rows.length - 1];
    const result = findFuzzyMatches(records(rows), alone(rows.length));
    return result.links.some((l) => (l.a === a && l.b === b) || (l.a === b && l.b === a));
  }

  it('does not merge two people of one given name who only share the postcode, city and region', () => {
    // Summed as four facts, the place (+13 bits) outvoted the other family name and merged them.
    expect(mergedWithLisaHartham('Norton')).toBe(false);
  });

  it('still merges one person who signed twice in that town, with a typo in the family name', () => {
    expect(mergedWithLisaHartham('Hartam')).toBe(true);
  });
});
