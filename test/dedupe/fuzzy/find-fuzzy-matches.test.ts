import { describe, expect, it } from '@jest/globals';
import { FuzzyRecords } from '../../../src/dedupe/fuzzy/fuzzy-records.js';
import { defaultThresholds, findFuzzyMatches, learnedThresholds, type FuzzyOptions, type FuzzyResult } from '../../../src/dedupe/fuzzy/refine-with-fuzzy.js';
import { PairScorer } from '../../../src/dedupe/fuzzy/pair-scorer.js';
import type { Signature } from '../../../src/types.js';
import { alone, signature } from './signature-factory.js';

/** Background signers so that term frequencies look like a real file rather than three rows. */
function crowd(): Signature[] {
  const given = ['Anna', 'Lukas', 'Sofia', 'Noah', 'Emma', 'Mateo', 'Olivia', 'Liam'];
  const family = ['Novak', 'Rossi', 'Dubois', 'Weber', 'Silva', 'Jansen', 'Nagy', 'Haddad'];
  const cities = ['Berlin', 'Paris', 'Madrid', 'Vienna'];
  const rows: Signature[] = [];
  for (let i = 0; i < 32; i++) {
    const g = given[i % 8];
    const f = family[(i + Math.floor(i / 8)) % 8];
    rows.push(signature({
      source: 'crowd.csv', given: g, family: f, city: cities[Math.floor(i / 8)], postcode: String(10000 + i * 7),
      email: `${g}.${f}@example.org`.toLowerCase(),
    }));
  }
  return rows;
}

function run(rows: Signature[], options: FuzzyOptions = {}): { result: FuzzyResult; same: (i: number, j: number) => boolean } {
  const records = new FuzzyRecords();
  for (const row of rows) records.add(row);
  const result = findFuzzyMatches(records, alone(rows.length), options);
  const parent = rows.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  for (const link of result.links) parent[find(link.a)] = find(link.b);
  return { result, same: (i, j) => find(i) === find(j) };
}

/** Runs the named rows after the crowd; returns indexes of the named rows. */
function withCrowd(rows: Signature[], options: FuzzyOptions = {}) {
  const background = crowd();
  const { result, same } = run([...background, ...rows], options);
  const at = (i: number): number => background.length + i;
  return { result, same: (i: number, j: number) => same(at(i), at(j)), at };
}

describe('findFuzzyMatches: the same person written differently', () => {
  it('merges Jon and John Smith at one address, one of them signing on paper without an email', () => {
    const { same, result, at } = withCrowd([
      signature({ source: 'online.csv', given: 'Jon', family: 'Smith', email: 'jsmith@mail.example', city: 'London', postcode: 'N1 9GU' }),
      signature({ source: 'paper.csv', given: 'John', family: 'Smith', city: 'London', postcode: 'N1 9GU' }),
    ]);
    expect(same(0, 1)).toBe(true);
    const link = result.links.find((l) => [l.a, l.b].includes(at(0)))!;
    expect(link.rule).toBe('fuzzy');
    expect(link.score).toBeGreaterThanOrEqual(13);
  });

  it('merges Bob and Robert, and Bill and William (nicknames from the maintained list)', () => {
    const { same, result, at } = withCrowd([
      signature({ given: 'Bob', family: 'Okafor', city: 'Leeds', postcode: 'LS1 4AP' }),
      signature({ given: 'Robert', family: 'Okafor', city: 'Leeds', postcode: 'LS1 4AP' }),
      signature({ given: 'Bill', family: 'Evans', city: 'Cardiff', postcode: 'CF10 1EP' }),
      signature({ given: 'William', family: 'Evans', city: 'Cardiff', postcode: 'CF10 1EP' }),
    ]);
    expect(same(0, 1)).toBe(true);
    expect(same(2, 3)).toBe(true);
    expect(same(0, 2)).toBe(false);
    expect(result.explain(at(0))[0].reasons).toContainEqual(expect.objectContaining({ field: 'given', level: 'nickname' }));
  });

  it('finds 박민준 of the Seoul sheet as Min-jun Park and as Park Minjun (name parts swapped) online', () => {
    const { same, result, at } = withCrowd([
      signature({ source: 'seoul-paper.csv', name: '박민준', family: '박', given: '민준', nameOrder: 'family-given', city: '서울', country: 'KR' }),
      signature({ source: 'change-org.csv', given: 'Min-jun', family: 'Park', email: 'minjun.park@mail.example', city: 'Seoul', country: 'KR' }),
      signature({ source: 'google-form.csv', given: 'Park', family: 'Minjun', city: 'Seoul', country: 'KR' }),
    ]);
    expect(same(0, 1)).toBe(true);
    expect(same(0, 2)).toBe(true);
    const reasons = result.explain(at(2)).flatMap((e) => e.reasons);
    expect(reasons).toContainEqual(expect.objectContaining({ field: 'name_order', level: 'swapped' }));
  });

  it('treats Lee, Yi, Rhee and 이 as one family name', () => {
    const { same } = withCrowd([
      signature({ given: 'Seo-yeon', family: 'Lee', city: 'Busan', postcode: '48058', country: 'KR' }),
      signature({ given: 'Seoyeon', family: 'Yi', city: 'Busan', postcode: '48058', country: 'KR' }),
      signature({ given: 'Seo Yeon', family: 'Rhee', city: 'Busan', postcode: '48058', country: 'KR' }),
      signature({ name: '이서연', family: '이', given: '서연', nameOrder: 'family-given', city: '부산', postcode: '48058', country: 'KR' }),
    ]);
    expect(same(0, 1)).toBe(true);
    expect(same(0, 2)).toBe(true);
    expect(same(0, 3)).toBe(true);
  });

  it('merges a Western name written family first when the address agrees', () => {
    const { same } = withCrowd([
      signature({ given: 'Maria', family: 'Kowalski', city: 'Chicago', postcode: '60601', street: '12 Lake Street' }),
      signature({ given: 'Kowalski', family: 'Maria', city: 'Chicago', postcode: '60601', street: '12 Lake Street' }),
    ]);
    expect(same(0, 1)).toBe(true);
  });

  it('compares one name split in two places, with no place field shared: Manuel | Ruiz Cano and Manuel Ruiz | Cano', () => {
    const { same, result, at } = withCrowd([
      signature({ source: 'eff.csv', given: 'Manuel', family: 'Ruiz Cano', email: 'peace264@mail.example', postcode: '08024', country: 'ES' }),
      signature({ source: 'change.csv', given: 'Manuel Ruiz', family: 'Cano', city: 'Barcelona', country: 'ES' }),
    ]);
    const met = same(0, 1) || result.review.some((p) => p.a === at(0) && p.b === at(1));
    expect(met).toBe(true);
  });

});

describe('findFuzzyMatches: different people stay apart', () => {

  it('keeps a namesake in another city, with another email, distinct', () => {
    const { same, result, at } = withCrowd([
      signature({ given: 'Min-jun', family: 'Park', email: 'minjun.park@mail.example', city: 'Seoul', postcode: '04524', country: 'KR' }),
      signature({ given: 'Min-jun', family: 'Park', email: 'mjpark77@other.example', city: 'Busan', postcode: '48058', country: 'KR' }),
    ]);
    expect(same(0, 1)).toBe(false);
    expect(result.review.some((p) => p.a === at(0) && p.b === at(1))).toBe(false);
  });

  it('weighs a shared common Korean family name (Kim) far below a rare one, so it is weak evidence alone', () => {
    const records = new FuzzyRecords();
    const rows = [
      ...crowd(),
      signature({ given: 'Ji-ho', family: 'Kim', city: 'Seoul', country: 'KR' }),
      signature({ given: 'Eun-ji', family: 'Kim', city: 'Seoul', country: 'KR' }),
      signature({ given: 'Ji-ho', family: 'Namgoong', city: 'Seoul', country: 'KR' }),
      signature({ given: 'Eun-ji', family: 'Namgoong', city: 'Seoul', country: 'KR' }),
    ];
    rows.forEach((row) => records.add(row));
    const scorer = new PairScorer(records);
    const familyWeight = (a: number, b: number) => scorer.explain(a, b).reasons.find((r) => r.field === 'family')!.weight;
    const kim = familyWeight(32, 33);
    const namgoong = familyWeight(34, 35);
    expect(kim).toBeLessThan(3);
    expect(namgoong).toBeGreaterThan(2 * kim);

    const { same, result } = run(rows);
    expect(same(32, 33)).toBe(false);
    expect(result.review.some((p) => p.a === 32 && p.b === 33)).toBe(false);
  });

  it('does not merge a shared email with a clearly different given name (a household)', () => {
    const { same } = withCrowd([
      signature({ given: 'Maria', family: 'Silva', email: 'silva.family@mail.example', city: 'Lisbon', postcode: '1100-148' }),
      signature({ given: 'Pedro', family: 'Silva', email: 'silva.family@mail.example', city: 'Lisbon', postcode: '1100-148' }),
    ]);
    expect(same(0, 1)).toBe(false);
  });

  it('cuts a chain: A≈B and B≈C do not make A and C one signer when A and C clearly differ', () => {
    const { same, result, at } = withCrowd([
      // A and B share an email; B and C share a birth date; A and C disagree on everything but the name.
      signature({ given: 'John', family: 'Mbeki', email: 'john.mbeki@mail.example', city: 'London', postcode: 'N1 9GU', region: 'England', street: '1 High Street', birthDate: '1970-01-01', idNumber: '111111' }),
      signature({ given: 'John', family: 'Mbeki', email: 'john.mbeki@mail.example', birthDate: '1985-05-05' }),
      signature({ given: 'John', family: 'Mbeki', city: 'Glasgow', postcode: 'G1 1XQ', region: 'Scotland', street: '9 Low Road', birthDate: '1985-05-05', idNumber: '999999' }),
    ]);
    expect(same(0, 2)).toBe(false);
    expect(same(0, 1) !== same(1, 2)).toBe(true);
    const refused = same(0, 1) ? [at(1), at(2)] : [at(0), at(1)];
    expect(result.review.some((p) => p.a === refused[0] && p.b === refused[1])).toBe(true);
  });
});

describe('findFuzzyMatches: review and decisions', () => {
  // A family name, an initial and a city: too little to merge, too much to ignore.
  const uncertain = () => [
    signature({ source: 'form.csv', row: 7, given: 'Chloé', family: 'Moreau', city: 'Lyon' }),
    signature({ source: 'paper.csv', row: 3, given: 'C', family: 'Moreau', city: 'Lyon' }),
  ];

  it('puts an uncertain pair up for review and counts it as two people until decided', () => {
    const { same, result, at } = withCrowd(uncertain());
    expect(same(0, 1)).toBe(false);
    expect(result.review).toHaveLength(1);
    expect(result.review[0]).toMatchObject({ a: at(0), b: at(1) });
    expect(result.review[0].reasons.map((r) => r.field)).toEqual(expect.arrayContaining(['given', 'family', 'city']));
  });

  it('applies a "same" decision (either order of the two rows) and never asks again', () => {
    const decision = { a: { source: 'paper.csv', row: 3 }, b: { source: 'form.csv', row: 7 }, decision: 'same' as const };
    const { same, result, at } = withCrowd(uncertain(), { decisions: [decision] });
    expect(same(0, 1)).toBe(true);
    expect(result.review).toHaveLength(0);
    expect(result.links).toContainEqual(expect.objectContaining({ a: at(0), b: at(1), rule: 'review_same' }));
  });

  it('passes on a "same" decision even for two different emails, and does not ask again', () => {
    const rows = [
      signature({ source: 'form.csv', row: 2, given: 'Katherine', family: 'Osei', city: 'Accra', postcode: 'GA-107', email: 'k.osei@mail.example' }),
      signature({ source: 'paper.csv', row: 9, given: 'Kate', family: 'Osei', city: 'Accra', postcode: 'GA-107', email: 'k.osie@mail.example' }),
    ];
    const decision = { a: { source: 'form.csv', row: 2 }, b: { source: 'paper.csv', row: 9 }, decision: 'same' as const };
    const { result, at } = withCrowd(rows, { decisions: [decision] });
    expect(result.links).toContainEqual(expect.objectContaining({ a: at(0), b: at(1), rule: 'review_same' }));
    expect(result.review).toHaveLength(0);
  });

  it('applies a "different" decision: no link, no question', () => {
    const decision = { a: { source: 'form.csv', row: 7 }, b: { source: 'paper.csv', row: 3 }, decision: 'different' as const };
    const { same, result } = withCrowd(uncertain(), { decisions: [decision] });
    expect(same(0, 1)).toBe(false);
    expect(result.review).toHaveLength(0);
  });

  it('counts the pairs it compared, far fewer than all pairs', () => {
    const { result } = withCrowd(uncertain());
    const n = 34;
    expect(result.comparedPairs).toBeGreaterThan(0);
    expect(result.comparedPairs).toBeLessThan((n * (n - 1)) / 2 / 2);
  });

  it('records why a row was merged: each field, its level and weight, and the score', () => {
    const { result, at } = withCrowd([
      signature({ given: 'Katherine', family: 'Osei', city: 'Accra', postcode: 'GA-107', email: 'k.osei@mail.example' }),
      signature({ given: 'Kate', family: 'Osei', city: 'Accra', postcode: 'GA-107' }),
    ]);
    const [explanation] = result.explain(at(1));
    expect(explanation.other).toBe(at(0));
    expect(explanation.rule).toBe('fuzzy');
    expect(explanation.reasons).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'given', level: 'nickname' }),
      expect.objectContaining({ field: 'family', level: 'exact' }),
      expect.objectContaining({ field: 'postcode', level: 'exact' }),
    ]));
    const total = explanation.reasons.reduce((sum, r) => sum + r.weight, 0);
    expect(explanation.score).toBeCloseTo(total, 6);
    expect(result.explain(at(0))[0].other).toBe(at(1));
  });

  it('sees a one-letter slip in an email, but leaves two signers with different emails to a person', () => {
    const { same, result, at } = withCrowd([
      signature({ given: 'Katherine', family: 'Osei', city: 'Accra', postcode: 'GA-107', email: 'k.osei@mail.example' }),
      signature({ given: 'Kate', family: 'Osei', city: 'Accra', postcode: 'GA-107', email: 'k.osie@mail.example' }),
    ]);
    expect(same(0, 1)).toBe(false);
    const pair = result.review.find((p) => p.a === at(0) && p.b === at(1))!;
    expect(pair.reasons).toContainEqual(expect.objectContaining({ field: 'email', level: 'one-edit' }));
    expect(pair.score).toBeGreaterThanOrEqual(13);

    const unguarded = withCrowd([
      signature({ given: 'Katherine', family: 'Osei', city: 'Accra', postcode: 'GA-107', email: 'k.osei@mail.example' }),
      signature({ given: 'Kate', family: 'Osei', city: 'Accra', postcode: 'GA-107', email: 'k.osie@mail.example' }),
    ], { emailGuard: false });
    expect(unguarded.same(0, 1)).toBe(true);
  });
});

describe('defaultThresholds', () => {
  it.each([
    ['a small file keeps the defaults', 40, 0, 13, 10],
    ['FEBRL 4: 10,000 rows, 2,200 pairs found by the exact rules', 10_000, 2_217, 13.2, 10.2],
    ['a petition of 14,000 rows where 1,100 pairs signed twice', 14_000, 1_100, 15.1, 12.1],
    ['1,000,000 rows and almost nobody found twice', 1_000_000, 100, 25.3, 22.3],
    ['1,000 rows where most people signed several times', 1_000, 822, 9, 6],
  ])('%s: merge from %d bits, review from %d', (_, rows, exactPairs, upper, lower) => {
    const thresholds = defaultThresholds(rows, exactPairs);
    expect(thresholds.upper).toBeCloseTo(upper, 1);
    expect(thresholds.lower).toBeCloseTo(lower, 1);
  });

  it('asks for more evidence where fewer people signed twice', () => {
    expect(defaultThresholds(20_000, 500).upper).toBeGreaterThan(defaultThresholds(20_000, 5_000).upper);
  });
});

describe('learnedThresholds', () => {
  const rows = 14_000;
  const exactPairs = 1_100;
  const first = defaultThresholds(rows, exactPairs);
  const scores = (sure: number, unsure: number): number[] => [...Array(sure).fill(30), ...Array(unsure).fill(first.lower)];

  it('asks for more evidence where the exact rules had already found nearly everyone who signed twice', () => {
    // 100 more sure pairs where the first guess expected 1,100: far fewer people signed twice than it assumed.
    const learned = learnedThresholds(rows, exactPairs, scores(100, 200), first);
    expect(learned.upper).toBeGreaterThan(first.upper + 0.5);
    expect(learned.upper - learned.lower).toBeCloseTo(first.upper - first.lower, 5);
  });

  it('asks for less where fuzzy matching finds more people twice than the exact rules did', () => {
    const learned = learnedThresholds(rows, exactPairs, scores(2_500, 0), first);
    expect(learned.upper).toBeLessThan(first.upper - 0.5);
    // …but never below what the sieve kept: pairs under it were not scored again.
    expect(learned.upper).toBeGreaterThanOrEqual(first.upper - 2);
  });

  it('keeps the first guess for a small file, and ignores pairs the sieve dropped', () => {
    expect(learnedThresholds(40, 0, [30, 30], defaultThresholds(40, 0))).toEqual(defaultThresholds(40, 0));
    const dropped = learnedThresholds(rows, exactPairs, [...scores(1_100, 0), -Number.MAX_VALUE, -Infinity], first);
    expect(dropped).toEqual(learnedThresholds(rows, exactPairs, scores(1_100, 0), first));
  });
});
