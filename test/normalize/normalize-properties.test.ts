import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { cleanText } from '../../src/normalize/clean-text.js';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { CANONICAL_FIELDS, type CanonicalField } from '../../src/types.js';

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

describe('normalization on arbitrary input', () => {
  it('cleanText is idempotent and leaves no invisible controls or doubled spaces', () => {
    fc.assert(fc.property(anyText, (text) => {
      const once = cleanText(text);
      expect(cleanText(once)).toBe(once);
      expect(once).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]|\s\s|^\s|\s$/);
    }), { numRuns: 500 });
  });

  it('never throws, fills every field, and keeps keys folded', () => {
    const normalizer = createNormalizer({ source: 'fuzz.csv', tz: 'Asia/Seoul' });
    const fields = fc.record(Object.fromEntries(CANONICAL_FIELDS.map((f) => [f, anyText])) as Record<CanonicalField, fc.Arbitrary<string>>,
      { requiredKeys: [] });
    let row = 0;
    fc.assert(fc.property(fields, fc.dictionary(fc.string(), anyText), (cells, extra) => {
      row++;
      const sig = normalizer.normalize({ source: 'fuzz.csv', row, line: row + 1, fields: cells, extra });
      expect(sig.nameKey).toBe(sig.nameKey.toLowerCase());
      expect(sig.nameKey).not.toMatch(/^ | $| {2}/);
      expect(sig.country === 'unknown' || /^[A-Z]{2}$/.test(sig.country)).toBe(true);
      expect(sig.signedAt === null || Number.isFinite(sig.signedAt)).toBe(true);
      if (sig.signedAt !== null) expect(normalizer.dayOf(sig.signedAt)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }), { numRuns: 500 });
    expect(Array.isArray(normalizer.problems())).toBe(true);
  });

  it('gives the same name key for a Latin name in either order', () => {
    const word = fc.stringMatching(/^[A-Z][a-zà-ÿ]{1,8}$/);
    fc.assert(fc.property(word, word, (given, family) => {
      const normalizer = createNormalizer({ source: 'a.csv' });
      const a = normalizer.normalize({ source: 'a.csv', row: 1, line: 2, fields: { name: `${given} ${family}` }, extra: {} });
      const b = normalizer.normalize({ source: 'a.csv', row: 2, line: 3, fields: { name: `${family} ${given}` }, extra: {} });
      const c = normalizer.normalize({ source: 'a.csv', row: 3, line: 4, fields: { given, family }, extra: {} });
      expect(a.nameKey).toBe(b.nameKey);
      expect(a.nameKey).toBe(c.nameKey);
    }), { numRuns: 200 });
  });
});
