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
