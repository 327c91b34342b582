// Test factory: a normalized Signature from a few readable fields, keys derived the way the normalizer derives them.
import { canonicalEmail } from '../../src/normalize/canonical-email.js';
import { foldText, orderFreeNameKey } from '../../src/normalize/fold.js';
import { MatchTable } from '../../src/dedupe/match-table.js';
import type { Signature } from '../../src/types.js';

export interface SignatureSpec {
  name?: string;
  /** Defaults to the first word of the name. */
  given?: string;
  email?: string;
  postcode?: string;
  city?: string;
  /** The address line (a Korean address names the city's district there). */
  street?: string;
  country?: string;
  /** ISO time, e.g. '2026-03-01T10:00:00Z'; omitted = unknown. */
  at?: string;
  /** Epoch ms; wins over `at`. */
  signedAt?: number | null;
  source?: string;
  row?: number;
  language?: string;
}

export function makeSignature(spec: SignatureSpec, row = 1): Signature {
  const name = spec.name ?? '';
  const given = spec.given ?? name.split(' ')[0];
  const email = canonicalEmail(spec.email ?? '');
  const postcode = spec.postcode ?? '';
  const city = spec.city ?? '';
  const signedAt = spec.signedAt !== undefined ? spec.signedAt : spec.at ? Date.parse(spec.at) : null;
  return {
    source: spec.source ?? 'signatures.csv',
    row: spec.row ?? row,
    line: (spec.row ?? row) + 1,
    name,
    given,
    family: name.split(' ').slice(1).join(' '),
    nameOrder: 'given-family',
    nameKey: orderFreeNameKey(name),
    givenKey: foldText(given),
    email: email.email,
    emailKey: email.key,
    phone: '',
    street: spec.street ?? '',
    city,
    cityKey: foldText(city),
    region: '',
    postcode,
    postcodeKey: postcode.replace(/\s+/g, '').toLowerCase(),
    country: spec.country ?? 'GB',
    signedAt,
    language: spec.language ?? '',
    anonymous: false,
    comment: '',
    birthDate: '',
    idNumber: '',
    extra: {},
  };
}

export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** A MatchTable holding the given rows, in order (row numbers 1, 2, …). */
export function makeTable(specs: readonly SignatureSpec[]): MatchTable {
  const table = new MatchTable({ dayOf: utcDay });
  specs.forEach((spec, i) => table.add(makeSignature(spec, i + 1)));
  return table;
}
