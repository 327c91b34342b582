// The model of a person: households are two people, a local part spelled from the name is only the name, and the
// weights are learned from the data (in an order that does not depend on the rows').
import { describe, expect, it } from '@jest/globals';
import { findFuzzyMatches } from '../../../src/dedupe/fuzzy/refine-with-fuzzy.js';
import { HOUSEHOLD, PairScorer } from '../../../src/dedupe/fuzzy/pair-scorer.js';
import type { Signature } from '../../../src/types.js';
import { alone, fuzzyRecords as records, seededCrowd, signature } from './signature-factory.js';


/** A seeded crowd of petition signers with emails, some of whom sign twice (signature-factory.ts). */
const petitionCrowd = (size: number, seed = 7): Signature[] => seededCrowd(size, { seed });

describe('households', () => {
  it('keeps Korean siblings whose given names share a syllable apart on one family email (민준 and 민지, 서연 and 서준)', () => {
    for (const [first, second] of [['민준', '민지'], ['서연', '서준'], ['지훈', '지호']]) {
      const rows = [
        ...petitionCrowd(40),
        signature({ source: 'online.csv', given: first, family: '김', email: 'kimfamily@naver.com', city: '서울', country: 'KR' }),
        signature({ source: 'paper.csv', given: second, family: '김', email: 'kimfamily@naver.com', city: '서울', country: 'KR' }),
      ];
      expect([first, new PairScorer(records(rows)).score(rows.length - 2, rows.length - 1)]).toEqual([first, HOUSEHOLD]);
    }
  });

  it('reads a given name scrambled by a slip ("Jayaned" for "Jayden") on one email as one person, not a household', () => {
    const rows = [
      ...petitionCrowd(40),
      signature({ source: 'online.csv', given: 'Jayden', family: 'Bennett', email: 'jb88@king.example', city: 'Swansea', country: 'GB' }),
      signature({ source: 'paper.csv', given: 'Jayaned', family: 'Bennett', email: 'jb88@king.example', city: 'Swansea', country: 'GB' }),
    ];
    expect(new PairScorer(records(rows)).score(rows.length - 2, rows.length - 1)).toBeGreaterThan(13);
  });

  it('still reads one slipped letter of a Hangul syllable as the same given name (민준 and 민쥰)', () => {
    const rows = [
      ...petitionCrowd(40),
      signature({ source: 'online.csv', given: '민준', family: '김', email: 'kimfamily@naver.com', city: '서울', country: 'KR' }),
      signature({ source: 'paper.csv', given: '민쥰', family: '김', email: 'kimfamily@naver.com', city: '서울', country: 'KR' }),
    ];
    expect(new PairScorer(records(rows)).score(rows.length - 2, rows.length - 1)).toBeGreaterThan(13);
  });

  it('keeps a couple at one address apart even without a shared email (where the data carries emails)', () => {
    const rows = [
      ...petitionCrowd(40),
      signature({ source: 'online.csv', given: 'Maria', family: 'Esposito', email: 'maria.e@mail.example', city: 'Naples', postcode: '80121', country: 'IT' }),
      signature({ source: 'paper.csv', given: 'Giuseppe', family: 'Esposito', city: 'Naples', postcode: '80121', country: 'IT' }),
    ];
    const all = records(rows);
    const scorer = new PairScorer(all);
    expect(scorer.score(rows.length - 2, rows.length - 1)).toBe(HOUSEHOLD);
    const result = findFuzzyMatches(all, alone(rows.length));
    const joined = result.links.some((l) => l.a >= rows.length - 2 && l.b >= rows.length - 2);
    expect(joined).toBe(false);
    expect(result.review.some((p) => p.a >= rows.length - 2 && p.b >= rows.length - 2)).toBe(false);
  });

  it('keeps a couple apart in a petition where many families share one email (their rows on it merged by the exact rules)', () => {
    const crowd = petitionCrowd(40);
    // Families who each gave one email for everyone, with no postcode to tell them apart: the exact rules made
    // each family one signer, so half the same-email pairs carry another given name.
    const families = ['Lee', 'Park', 'Kang', 'Seo', 'Han', 'Yoon', 'Jang', 'Lim', 'Song', 'Oh', 'Kwon', 'Hwang'].flatMap((family, i) => [
      signature({ source: 'form.csv', given: 'Jiwoo', family, email: `${family}.home${i}@mail.example`.toLowerCase(), city: 'Seoul', country: 'KR' }),
      signature({ source: 'form.csv', given: 'Jiwoo', family, email: `${family}.home${i}@mail.example`.toLowerCase(), city: 'Seoul', country: 'KR' }),
      signature({ source: 'form.csv', given: 'Minseo', family, email: `${family}.home${i}@mail.example`.toLowerCase(), city: 'Seoul', country: 'KR' }),
    ]);
    const couple = [
      signature({ source: 'change.csv', given: 'Catherine', family: 'Garlier', city: 'Paris', postcode: '75014', country: 'FR' }),
      signature({ source: 'change.csv', given: 'Pierre', family: 'Garlier', city: 'Paris', postcode: '75014', country: 'FR' }),
    ];
    const rows = [...crowd, ...families, ...couple];
    const exact = alone(rows.length);
    // The exact rules' clusters: each family's three rows are one signer.
    for (let f = 0; f < families.length; f += 3) {
      exact.cluster[crowd.length + f + 1] = exact.cluster[crowd.length + f];
      exact.cluster[crowd.length + f + 2] = exact.cluster[crowd.length + f];
    }
    const result = findFuzzyMatches(records(rows), exact);
    expect(result.weights.sameEmailOtherGiven).toBeGreaterThan(result.weights.sameEmailPairs / 4);
    expect(result.weights.householdsApart).toBe(true);
    const [catherine, pierre] = [rows.length - 2, rows.length - 1];
    expect(result.links.some((l) => (l.a === catherine && l.b === pierre) || (l.a === pierre && l.b === catherine))).toBe(false);
  });

  it('still merges a nickname at the same address (Bob and Robert are one person, not a household)', () => {
    const rows = [
      ...petitionCrowd(40),
      signature({ source: 'online.csv', given: 'Robert', family: 'Okonkwo', email: 'r.okonkwo@mail.example', city: 'Leeds', postcode: 'LS1 4AP' }),
      signature({ source: 'paper.csv', given: 'Bob', family: 'Okonkwo', city: 'Leeds', postcode: 'LS1 4AP' }),
    ];
    const scorer = new PairScorer(records(rows));
    expect(scorer.score(rows.length - 2, rows.length - 1)).toBeGreaterThan(13);
  });
});

describe('short forms of a given name the nickname list leaves out', () => {
  const onOneEmail = (first: string, second: string, family: string, country: string): number => {
    const email = `${first}.${family}@mail.example`.toLowerCase();
    const rows = [
      ...petitionCrowd(40),
      signature({ source: 'online.csv', given: first, family, email, city: 'Hamburg', country }),
      signature({ source: 'form.csv', given: second, family, email, city: 'Hamburg', country }),
    ];
    return new PairScorer(records(rows)).score(rows.length - 2, rows.length - 1);
  };

  it.each([
    ['Andi', 'Andreas', 'Jäger', 'DE'], ['Susi', 'Susanne', 'Brandt', 'DE'], ['Kathi', 'Katharina', 'Vogel', 'AT'],
    ['Javi', 'Javier', 'Ortega', 'ES'], ['Mikey', 'Michael', 'Pemwick', 'GB'], ['Suzy', 'Susan', 'Wright', 'GB'],
    ['Jack', 'Johnny', 'Calton', 'AU'], ['Tommy', 'Thomas', 'Brennan', 'IE'],
  ])('reads %s and %s %s on one email as one person, not a household', (first, second, family, country) => {
    expect(onOneEmail(first, second, family, country)).toBeGreaterThan(13);
  });

  it.each([
    ['Emma', 'Hannah', 'Weber', 'DE'], ['William', 'Robert', 'Evans', 'GB'], ['Bill', 'Bob', 'Evans', 'GB'],
  ])('still keeps %s and %s %s on one family email apart', (first, second, family, country) => {
    expect(onOneEmail(first, second, family, country)).toBe(HOUSEHOLD);
  });

  it('does not read a romanized Korean given name as short for a longer one (Jun and Junho, Seo and Seojun)', () => {
    for (const [first, second, family] of [['Jun', 'Junho', 'Kim'], ['Seo', 'Seojun', 'Lee'], ['Min', 'Minseo', 'Park']]) {
      const rows = [...petitionCrowd(40), signature({ given: first, family, country: 'KR' }), signature({ given: second, family, country: 'KR' })];
      const given = new PairScorer(records(rows)).explain(rows.length - 2, rows.length - 1).reasons.find((r) => r.field === 'given');
      expect([first, given?.level]).not.toEqual([first, 'nickname']);
    }
    const rows = [...petitionCrowd(40), signature({ given: 'Andi', family: 'Kim', country: 'DE' }), signature({ given: 'Andreas', family: 'Kim', country: 'DE' })];
    expect(new PairScorer(records(rows)).explain(rows.length - 2, rows.length - 1).reasons).toContainEqual(expect.objectContaining({ field: 'given', level: 'nickname' }));
  });
});

describe('emails', () => {
  it('gives a local part spelled from the name on another provider no weight', () => {
    const rows = [
      ...petitionCrowd(20),
      signature({ given: 'Benjamin', family: 'Harris', email: 'benjamin.harris@naver.com', country: 'KR', city: 'Seoul' }),
      signature({ given: 'Benjamin', family: 'Harris', email: 'benjamin.harris@proton.me', country: 'CH', city: 'Zurich' }),
      signature({ given: 'Lena', family: 'Vogt', email: 'starfish77@naver.com' }),
      signature({ given: 'Lena', family: 'Vogt', email: 'starfish77@proton.me' }),
    ];
    const scorer = new PairScorer(records(rows));
    const n = rows.length;
    const derived = scorer.explain(n - 4, n - 3).reasons.find((r) => r.field === 'email')!;
    expect(derived).toEqual({ field: 'email', level: 'same-local-part-from-name', weight: 0 });
    const chosen = scorer.explain(n - 2, n - 1).reasons.find((r) => r.field === 'email')!;
    expect(chosen.level).toBe('same-local-part');
    expect(chosen.weight).toBeGreaterThan(3);
  });

  it('weighs one address with a slip in its provider as a slip, but the same provider in another country as two accounts', () => {
    const rows = [
      ...petitionCrowd(20),
      signature({ given: 'Theodore', family: 'Morris', email: 't.m39@brooks-sawyer.com' }),
      signature({ given: 'Theodore', family: 'Morris', email: 't.m39@brooks-sawer.com' }),
      signature({ given: 'Lena', family: 'Vogt', email: 'starfish77@yahoo.de' }),
      signature({ given: 'Lena', family: 'Vogt', email: 'starfish77@yahoo.dk' }),
    ];
    const scorer = new PairScorer(records(rows));
    const n = rows.length;
    expect(scorer.explain(n - 4, n - 3).reasons.find((r) => r.field === 'email')!.level).toBe('one-edit');
    expect(scorer.explain(n - 2, n - 1).reasons.find((r) => r.field === 'email')!.level).toBe('same-local-part');
  });
});

describe('weights learned from the data', () => {
  it('uses the defaults for a small file and says so', () => {
    const rows = petitionCrowd(10);
    const result = findFuzzyMatches(records(rows), alone(rows.length));
    expect(result.weights.fields.postcode.every((level) => level.m_source === 'default')).toBe(true);
  });

  it('learns m and u on a file with enough pairs, and reports every level with its bits', () => {
    const rows = petitionCrowd(1500);
    const result = findFuzzyMatches(records(rows), alone(rows.length));
    const w = result.weights;
    expect(w.candidatePairs).toBeGreaterThanOrEqual(500);
    expect(w.fields.city.every((level) => level.m_source === 'learned' && level.u_source === 'learned')).toBe(true);
    for (const level of w.fields.city) expect(level.bits).toBeCloseTo(Math.log2(level.m / level.u), 1);
    // In this crowd the city alone barely identifies anyone: exact city agreement must weigh little.
    expect(w.fields.city[0].bits).toBeLessThan(4);
  });

  it('learns the same weights and links whatever order the rows come in', () => {
    const rows = petitionCrowd(800);
    const first = findFuzzyMatches(records(rows), alone(rows.length));
    const order = rows.map((_, i) => i).reverse();
    const reversed = order.map((i) => rows[i]);
    const second = findFuzzyMatches(records(reversed), alone(rows.length));
    expect(second.weights).toEqual(first.weights);
    const key = (a: number, b: number): string => [rows[a].row, rows[b].row].sort((x, y) => x - y).join('-');
    const linksFirst = first.links.map((l) => key(l.a, l.b)).sort();
    const linksSecond = second.links.map((l) => key(order[l.a], order[l.b])).sort();
    expect(linksSecond).toEqual(linksFirst);
  });
});

describe('the count range', () => {
  it('counts how many signers fewer there would be if every pending pair were one person', () => {
    const rows = [
      ...petitionCrowd(40),
      signature({ given: 'Jana', family: 'Dvorakova', city: 'Brno' }),
      signature({ given: 'Jana', family: 'Dvorakova', city: 'Brno' }),
    ];
    const result = findFuzzyMatches(records(rows), alone(rows.length), { upper: 1000, lower: 5 });
    expect(result.links).toHaveLength(0);
    expect(result.review.length).toBeGreaterThan(0);
    expect(result.pendingMerges).toBeGreaterThan(0);
    expect(result.pendingMerges).toBeLessThanOrEqual(result.review.length);
  });
});

describe('fields one person never disagrees on, learned from the signers the email rule already joined', () => {
  /** People who signed twice with one email (joined by the exact rules), and who never changed country meanwhile. */
  function signedTwiceWithOneEmail(count: number): { rows: Signature[]; cluster: number[] } {
    const given = ['Anna', 'Lukas', 'Sofia', 'Noah', 'Emma', 'Mateo', 'Olivia', 'Liam', 'Ines', 'Jonas'];
    const family = ['Novak', 'Rossi', 'Dubois', 'Weber', 'Silva', 'Jansen', 'Nagy', 'Haddad', 'Kowalski', 'Moreau', 'Berg'];
    const countries = ['DE', 'FR', 'IT', 'ES', 'AT'];
    const rows: Signature[] = [];
    const cluster: number[] = [];
    for (let i = 0; i < count; i++) {
      // Uncommon family names (Novakab, Rossiac …): one person's rows must be overwhelming evidence without the country.
      const surname = `${family[i % family.length]}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(98 + (i % 23))}`;
      const person = { given: given[i % given.length], family: surname, email: `p${i}@mail.example`, country: countries[i % countries.length] };
      const postcode = String(10000 + ((i * 7919) % 89999));
      rows.push(signature({ source: 'a.csv', ...person, postcode, city: `Town${i % 13}` }), signature({ source: 'b.csv', ...person, postcode }));
      cluster.push(i, i);
    }
    return { rows, cluster };
  }

  it('keeps two people of one rare name in two countries apart, with nothing else in common (Misaki Shimizu in Tokyo and in Boston)', () => {
    const { rows, cluster } = signedTwiceWithOneEmail(60);
    rows.push(
      signature({ source: 'eff.csv', given: 'Misaki', family: 'Shimizu', email: 'misaki.shimizu@outlook.example', country: 'US' }),
      signature({ source: 'change.csv', given: 'Misaki', family: 'Shimizu', city: 'Tokyo', postcode: '104-3379', country: 'JP' }),
    );
    cluster.push(cluster.length, cluster.length + 1);
    const result = findFuzzyMatches(records(rows), { cluster: Int32Array.from(cluster) });
    expect(result.weights.strictFields.find((f) => f.field === 'country')).toMatchObject({ strict: true, disagreed: 0 });
    expect(result.weights.strictFields.find((f) => f.field === 'country')!.anchoredPairs).toBeGreaterThanOrEqual(20);
    const last = rows.length - 1;
    expect(result.links.some((l) => (l.a === last - 1 && l.b === last) || (l.a === last && l.b === last - 1))).toBe(false);
  });
});
