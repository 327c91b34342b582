import { describe, expect, it } from '@jest/globals';
import { KNOWN_FORMATS } from '../../src/formats/known-formats.js';
import { FIELD_ALIASES, IGNORED_HEADERS, INVERTED_ANONYMOUS_ALIASES } from '../../src/formats/header-aliases.js';
import { classifyHeader } from '../../src/formats/classify-header.js';
import { detectFormat } from '../../src/formats/detect-format.js';
import { headerKey } from '../../src/formats/header-key.js';
import { CANONICAL_FIELDS } from '../../src/types.js';

const detectable = KNOWN_FORMATS.filter((format) => format.signature.length > 0);

describe('KNOWN_FORMATS', () => {
  it('has unique names and ends with the generic fallback', () => {
    const names = KNOWN_FORMATS.map((format) => format.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.at(-1)).toBe('generic');
  });

  it.each(detectable.map((format) => [format.name, format] as const))('%s: its own full header is detected as itself', (name, format) => {
    const header = [...new Set(format.layout.map(([h]) => h))];
    // Google Forms has no fixed name column: its questions are the form author's.
    if (!format.layout.some(([, field]) => field === 'name' || field === 'given')) header.push('Your name');
    expect(detectFormat(header).format).toBe(name);
  });

  it.each(detectable.map((format) => [format.name, format] as const))('%s: every signature header is a layout column', (_name, format) => {
    const layoutKeys = new Set(format.layout.map(([h]) => headerKey(h)));
    for (const group of format.signature) {
      for (const header of group) if (!header.endsWith('*')) expect(layoutKeys).toContain(headerKey(header));
    }
  });

  it('maps layout columns only to canonical fields', () => {
    for (const format of KNOWN_FORMATS) {
      for (const [, field] of format.layout) if (field !== null) expect(CANONICAL_FIELDS).toContain(field);
    }
  });
});

describe('header aliases', () => {
  it('never give one folded spelling two meanings', () => {
    const meaning = new Map<string, string>();
    const clashes: string[] = [];
    const add = (alias: string, what: string): void => {
      const key = headerKey(alias);
      const before = meaning.get(key);
      if (before !== undefined && before !== what) clashes.push(`${alias}: ${before} / ${what}`);
      meaning.set(key, what);
    };
    for (const [field, aliases] of Object.entries(FIELD_ALIASES)) for (const alias of aliases) add(alias, field);
    for (const alias of INVERTED_ANONYMOUS_ALIASES) add(alias, 'not anonymous');
    for (const [reason, headers] of Object.entries(IGNORED_HEADERS)) for (const header of headers) add(header, `ignored: ${reason}`);
    expect(clashes).toEqual([]);
  });

  it.each([
    ['Visible', true], ['공개 여부', true], ['Öffentlich sichtbar', true], ['I agree that my name may be shown publicly', true],
    ['Hide my name', false], ['Do not show my name publicly', false], ['익명', false], ['Anonymous', false],
    // Opt-out wordings once read as something else: "Nombre visible" was taken for the name column, the others ignored.
    ['Nombre visible', true], ['Firmar anónimamente', false], ['Make my signature private', false],
    ['Opt out of public display', false], ['Do not publish my name', false], ['Anoniem', false], ['Naam niet tonen', false],
    ['Signer anonymement', false], ['Withhold my name from the public list', false],
  ])('%s is an anonymity column, inverted: %s', (header, inverted) => {
    expect(classifyHeader(header)).toMatchObject({ kind: 'field', field: 'anonymous', inverted });
  });
});
