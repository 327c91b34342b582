// Candidate pairs are ruled out by a bound on their score before strings are compared, and weights are learned
// from a sample of pairs in large files. Neither may change who is merged: the bound must never be below a
// pair's real score, and the sample must not depend on the order rows came in.
import { describe, expect, it } from '@jest/globals';
import { BELOW_FLOOR, HOUSEHOLD, PairScorer } from '../../../src/dedupe/fuzzy/pair-scorer.js';
import { contentHashes, PatternSample } from '../../../src/dedupe/fuzzy/estimate-weights.js';
import type { Signature } from '../../../src/types.js';
import { fuzzyRecords as records, signature } from './signature-factory.js';


/** Signers who share names, places and email providers in every combination, with slips and gaps. */
function tangledCrowd(size: number, seed = 11): Signature[] {
  let state = seed;
  const random = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const maybe = (value: string): string => (random() < 0.2 ? '' : value);
  const given = ['Anna', 'Ana', 'Minjun', '민준', 'Jon', 'John', 'Sofia', 'Sophia', 'Liam', 'L'];
  const family = ['Kim', '김', 'Park', 'Novak', 'Nowak', 'Rossi', 'Weber', 'Silva'];
  const cities = ['Seoul', 'Seul', 'Berlin', 'Madrid', 'Busan'];
  const postcodes = ['04524', '04525', '10115', '28013', '48058'];
  const streets = ['12 Jongno-ro', '12 Jongno ro', '7 Unter den Linden', '3 Calle Mayor', ''];
  const domains = ['gmail.com', 'naver.com', 'mail.example'];
  const rows: Signature[] = [];
  for (let i = 0; i < size; i++) {
    const g = pick(given);
    const f = pick(family);
    const local = pick([`${g}.${f}`, `${g}${f}`, `${g}${i % 7}`, 'info']).toLowerCase();
    rows.push(signature({
      source: pick(['a.csv', 'b.csv']), given: maybe(g), family: f, city: maybe(pick(cities)), postcode: maybe(pick(postcodes)),
      street: maybe(pick(streets)), email: maybe(`${local}@${pick(domains)}`), country: pick(['KR', 'DE', 'unknown']),
      birthDate: random() < 0.3 ? pick(['19800101', '19800110', '19810101']) : '',
    }));
  }
  return rows;
}

describe('the bound that rules pairs out', () => {
  it('is never below the score a pair really gets, at any floor', () => {
    const rows = tangledCrowd(160);
    const scorer = new PairScorer(records(rows));
    let ruledOut = 0;
    const wrong: string[] = [];
    for (let a = 0; a < rows.length; a++) {
      for (let b = a + 1; b < rows.length; b++) {
        const score = scorer.score(a, b);
        for (const floor of [-5, 4, 9, 13, 20]) {
          const finished = scorer.finish(a, b, scorer.weighNames(a, b), floor);
          if (finished === BELOW_FLOOR) ruledOut++;
          if (finished === BELOW_FLOOR ? score >= floor : finished !== score) wrong.push(`${a}-${b} at ${floor}: ${score} / ${finished}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    // The bound must also do its job: most stranger pairs in this crowd are ruled out at the usual floors.
    expect(ruledOut).toBeGreaterThan(10_000);
  });

  it('leaves households to the full comparison, which still finds them', () => {
    const rows = [
      signature({ given: 'Minjun', family: 'Kim', email: 'kim.family@naver.com', city: 'Seoul' }),
      signature({ given: 'Jiwoo', family: 'Kim', email: 'kim.family@naver.com', city: 'Seoul' }),
    ];
    const scorer = new PairScorer(records(rows));
    expect(scorer.finish(0, 1, scorer.weighNames(0, 1), -100)).toBe(HOUSEHOLD);
  });
});

describe('the sample weights are learned from', () => {
  function sampled(rows: Signature[], limit: number): Array<{ levels: number[]; count: number }> {
    const recs = records(rows);
    const scorer = new PairScorer(recs);
    const sample = new PatternSample(contentHashes(recs), limit);
    for (let a = 0; a < rows.length; a++) {
      for (let b = a + 1; b < rows.length; b++) {
        if (!sample.takes(a, b)) continue;
        scorer.score(a, b);
        sample.add(scorer.levels);
      }
    }
    return sample.patterns().map((p) => ({ levels: [...p.levels], count: p.count }));
  }
  const total = (patterns: Array<{ count: number }>): number => patterns.reduce((sum, p) => sum + p.count, 0);

  it('keeps every pair while they are fewer than the limit', () => {
    const rows = tangledCrowd(60);
    expect(total(sampled(rows, 1_000_000))).toBe((60 * 59) / 2);
  });

  it('keeps about the limit, and the same patterns whatever order the rows come in', () => {
    const rows = tangledCrowd(300, 5);
    const limit = 2_000;
    const forward = sampled(rows, limit);
    expect(total(forward)).toBeLessThanOrEqual(limit);
    expect(total(forward)).toBeGreaterThan(limit / 4);
    const reversed = sampled([...rows].reverse(), limit);
    expect(reversed).toEqual(forward);
  });
});
