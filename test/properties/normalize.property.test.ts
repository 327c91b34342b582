// Normalizing twice equals normalizing once: a signature written to merged.csv and read back is the same signer.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { canonicalEmail } from '../../src/normalize/canonical-email.js';
import { cleanText } from '../../src/normalize/clean-text.js';
import type { CanonicalField, Signature } from '../../src/types.js';

const runs = (n: number): { numRuns: number } => ({ numRuns: Number(process.env.FUZZ_RUNS ?? n) });

// Realistic values with hostile ones mixed in: invisible characters, odd spacing, other scripts, formula starts.
const HOSTILE = ['', ' ', '\u200B', '\u202E', '\uFEFF', '\u00A0', '  ', '\t', '=', '+', '-', '"', ',', '\u0301', 'ß', 'İ', 'ﬁ', 'Ａ', '①'];
const withNoise = (values: string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...HOSTILE), fc.constantFrom(...values), fc.constantFrom(...HOSTILE), fc.constantFrom(...values))
    .map(([a, b, c, d]) => a + b + c + d);

const fields = fc.record({
  name: withNoise(['Jane Smith', 'SMITH, Jane', '김민준', '王伟', 'María García Ordóñez', 'Mari\u0301a', 'Olga Ivanova', 'O\'Brien', 'van der Berg', 'Ñandú']),
  email: withNoise(['jane@example.org', 'Jane.Doe+tag@Gmail.com', 'kim@한국.kr', 'MAILTO:x@y.de', 'not an email', 'a@b', '"q"@x.org']),
  city: withNoise(['London', 'Woodstock IL 60098', 'Köln', '서울특별시', 'São Paulo', 'New York, NY']),
  postcode: withNoise(['SW1A 1AA', '60098-1234', '04524', '75001', 'sw1a1aa']),
  country: withNoise(['GB', 'Korea, Republic of', '대한민국', 'Deutschland', 'España', 'USA', 'Narnia', 'kp']),
  phone: withNoise(['+44 20 7946 0000', '010-1234-5678', '(202) 555-0100']),
  date: fc.constantFrom('', '2025-11-02', '02.11.2025 19:03', '11/3/2025 9:15:22', '2025. 11. 01.', '2025-11-02T10:00:00+09:00', '45000', 'yesterday'),
}, { requiredKeys: [] });

/** What merged.csv holds of a signature, as the raw fields of a new read. */
function asWritten(sig: Signature): Partial<Record<CanonicalField, string>> {
  return {
    name: sig.name, email: sig.email, city: sig.city, region: sig.region, postcode: sig.postcode,
    country: sig.country === 'unknown' ? '' : sig.country, phone: sig.phone, street: sig.street, comment: sig.comment,
    date: sig.signedAt === null ? '' : new Date(sig.signedAt).toISOString(),
  };
}

function comparable(sig: Signature): Partial<Signature> {
  const { name, nameKey, email, emailKey, city, cityKey, postcode, postcodeKey, country, signedAt, phone, street, comment } = sig;
  return { name, nameKey, email, emailKey, city, cityKey, postcode, postcodeKey, country, signedAt, phone, street, comment };
}

describe('normalizing is idempotent', () => {
  it('a normalized signature, read again as written, normalizes to itself', () => {
    fc.assert(fc.property(fields, (raw) => {
      const first = createNormalizer({ source: 'a.csv', tz: 'Asia/Seoul', dateSamples: raw.date ? [raw.date] : [] });
      const once = first.normalize({ source: 'a.csv', row: 1, line: 2, fields: raw, extra: {} });
      const written = asWritten(once);
      const second = createNormalizer({ source: 'merged.csv', tz: 'Asia/Seoul', dateSamples: written.date ? [written.date] : [] });
      const twice = second.normalize({ source: 'merged.csv', row: 1, line: 2, fields: written, extra: {} });
      expect(comparable(twice)).toEqual(comparable(once));
    }), runs(400));
  });

  it('cleanText and canonicalEmail are fixed points on their own output', () => {
    fc.assert(fc.property(fc.oneof(fields.map((f) => f.email ?? ''), fc.string({ unit: 'grapheme' })), (text) => {
      const clean = cleanText(text);
      expect(cleanText(clean)).toBe(clean);
      const email = canonicalEmail(text);
      const again = canonicalEmail(email.email);
      expect(again).toEqual(email);
    }), runs(400));
  });
});
