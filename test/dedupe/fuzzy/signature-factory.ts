// Test helper: a normalized Signature from a few fields, with the keys the normalizer would derive.
import { foldText, orderFreeNameKey } from '../../../src/normalize/fold.js';
import type { Signature } from '../../../src/types.js';
import { FuzzyRecords } from '../../../src/dedupe/fuzzy/fuzzy-records.js';

let nextRow = 1;

export function signature(fields: Partial<Signature> & { given?: string; family?: string }): Signature {
  const given = fields.given ?? '';
  const family = fields.family ?? '';
  const name = fields.name ?? [given, family].filter(Boolean).join(' ');
  const email = (fields.email ?? '').toLowerCase();
  return {
    source: fields.source ?? 'test.csv',
    row: fields.row ?? nextRow++,
    line: 0,
    name,
    given,
    family,
    nameOrder: fields.nameOrder ?? 'given-family',
    nameKey: orderFreeNameKey(name),
    givenKey: foldText(given),
    email,
    emailKey: fields.emailKey ?? email,
    phone: '',
    street: fields.street ?? '',
    city: fields.city ?? '',
    cityKey: fields.cityKey ?? foldText(fields.city ?? ''),
    region: fields.region ?? '',
    postcode: fields.postcode ?? '',
    postcodeKey: fields.postcodeKey ?? (fields.postcode ?? '').replace(/\s+/g, '').toLowerCase(),
    country: fields.country ?? 'unknown',
    signedAt: null,
    language: '',
    anonymous: false,
    comment: '',
    birthDate: fields.birthDate ?? '',
    idNumber: fields.idNumber ?? '',
    extra: {},
  };
}

/** Every row its own signer, as if no exact rule had matched. */
export function alone(count: number): { cluster: Int32Array } {
  return { cluster: Int32Array.from({ length: count }, (_, i) => i) };
}

/** The records fuzzy matching reads, made from these signatures in this order. */
export function fuzzyRecords(rows: Signature[]): FuzzyRecords {
  const out = new FuzzyRecords();
  for (const row of rows) out.add(row);
  return out;
}

/**
 * A seeded crowd of petition signers with emails on `first`, some of whom (`again`) sign again on `second` without
 * an email: one person on two exports, with common given and family names so namesakes abound.
 */
export function seededCrowd(size: number, { seed = 7, first = 'a.csv', second = 'b.csv', again = 0.3 } = {}): Signature[] {
  let state = seed;
  const random = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
  const given = ['Anna', 'Lukas', 'Sofia', 'Noah', 'Emma', 'Mateo', 'Olivia', 'Liam', 'Ines', 'Jonas', 'Clara', 'Felix', 'Marta', 'Pablo', 'Greta', 'Hugo'];
  const family = ['Novak', 'Rossi', 'Dubois', 'Weber', 'Silva', 'Jansen', 'Nagy', 'Haddad', 'Kowalski', 'Moreau', 'Lindqvist', 'Okafor', 'Bianchi', 'Horvath', 'Petrov', 'Yilmaz', 'Costa', 'Schulz', 'Berg', 'Murphy'];
  const cities = ['Berlin', 'Paris', 'Madrid', 'Vienna', 'Rome', 'Lisbon'];
  const rows: Signature[] = [];
  for (let i = 0; i < size; i++) {
    const g = pick(given);
    const f = pick(family);
    const city = pick(cities);
    const postcode = String(10000 + Math.floor(random() * 80000));
    rows.push(signature({ source: first, given: g, family: f, city, postcode, email: `${g[0]}${f}${i}@mail${i % 3}.example`.toLowerCase(), country: 'DE' }));
    if (random() < again) rows.push(signature({ source: second, given: g, family: f, city, postcode, country: 'DE' }));
  }
  return rows;
}
