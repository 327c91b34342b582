import { describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { createNormalizer, type NormalizeOptions } from '../../src/normalize/create-normalizer.js';
import type { CanonicalField, RawSignature } from '../../src/types.js';

let nextRow = 1;
function raw(fields: Partial<Record<CanonicalField, string>>, extra: Record<string, string> = {}): RawSignature {
  const row = nextRow++;
  return { source: 'sheet.csv', row, line: row + 1, fields, extra };
}

function normalizeOne(fields: Partial<Record<CanonicalField, string>>, options: Partial<NormalizeOptions> = {}) {
  return createNormalizer({ source: 'sheet.csv', ...options }).normalize(raw(fields));
}

describe('createNormalizer: names', () => {
  it('prints an NFD name composed with its accents, and folds them away in the keys', () => {
    const sig = normalizeOne({ name: 'Jose\u0301 Ordo\u0301n\u0303ez' });
    expect(sig.name).toBe('José Ordóñez');
    expect(sig.given).toBe('José');
    expect(sig.family).toBe('Ordóñez');
    expect(sig.nameKey).toBe('jose ordonez');
    expect(sig.givenKey).toBe('jose');
  });

  it('removes invisible and bidi characters from the printed name', () => {
    const sig = normalizeOne({ name: '\u202EAnna\u200B  Kim\u2069' });
    expect(sig.name).toBe('Anna Kim');
    expect(sig.nameKey).toBe('anna kim');
  });

  it.each([
    [{ name: 'Park Min-jun' }, { name: 'Min-jun Park' }],
    [{ name: 'Min-jun Park' }, { given: 'Min-jun', family: 'Park' }],
    [{ name: 'PARK Min-jun' }, { name: 'park min jun' }],
    [{ name: '박민준' }, { name: '박 민준' }],
    [{ name: '박민준' }, { given: '민준', family: '박' }],
    [{ name: 'Straße Łukasz' }, { given: 'Lukasz', family: 'STRASSE' }],
    [{ name: 'Søren Ærø' }, { name: 'soren aero' }],
  ])('%j and %j share a name key', (a, b) => {
    expect(normalizeOne(a).nameKey).toBe(normalizeOne(b).nameKey);
  });

  it('reads Korean, Chinese and Japanese names family first', () => {
    expect(normalizeOne({ name: '박민준' })).toMatchObject({ family: '박', given: '민준', nameOrder: 'family-given', givenKey: '민준' });
    expect(normalizeOne({ name: '남궁민' })).toMatchObject({ family: '남궁', given: '민', givenKey: '민' });
    expect(normalizeOne({ name: '山田 太郎' })).toMatchObject({ family: '山田', given: '太郎', nameOrder: 'family-given' });
    expect(normalizeOne({ given: '민준', family: '박' })).toMatchObject({ name: '박민준', nameOrder: 'family-given' });
  });

  it('keeps two people of one household apart by given name', () => {
    expect(normalizeOne({ name: '박민준' }).givenKey).not.toBe(normalizeOne({ name: '박서연' }).givenKey);
    expect(normalizeOne({ name: '山田太郎' }).givenKey).not.toBe(normalizeOne({ name: '山田花子' }).givenKey);
  });
});

describe('createNormalizer: email', () => {
  it('keeps the address as written and matches Gmail aliases', () => {
    const sig = normalizeOne({ email: ' John.Smith+Petition@GoogleMail.com ' });
    expect(sig.email).toBe('john.smith+petition@googlemail.com');
    expect(sig.emailKey).toBe('johnsmith@gmail.com');
  });

  it('keeps an invalid address out of matching and reports it once, with a count and the first rows', () => {
    const normalizer = createNormalizer({ source: 'sheet.csv' });
    const rows = [raw({ name: 'A', email: 'not-an-email' }), raw({ name: 'B', email: 'b@example.org' }), raw({ name: 'C', email: 'c@' })];
    const sigs = rows.map((r) => normalizer.normalize(r));
    expect(sigs.map((s) => s.emailKey)).toEqual(['', 'b@example.org', '']);
    expect(sigs[0].email).toBe('not-an-email');
    const problems = normalizer.problems().filter((p) => p.code === 'invalid_email');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ source: 'sheet.csv', row: rows[0].row, line: rows[0].line, column: 'email' });
    expect(problems[0].message).toContain('2 rows');
    expect(problems[0].message).toContain(`rows ${rows[0].row}, ${rows[2].row}`);
  });
});

describe('createNormalizer: private-use characters in a name', () => {
  it('prints the name without them everywhere and warns once, naming the file, the row and the column', () => {
    const normalizer = createNormalizer({ source: 'b.csv' });
    const rows = [raw({ name: '\ue000\ue001 PUA' }), raw({ name: 'Anna Kim' }), raw({ given: 'Min\u{F0001}', family: 'Park' })];
    const sigs = rows.map((r) => normalizer.normalize(r));
    expect(sigs.map((s) => s.name)).toEqual(['PUA', 'Anna Kim', 'Min Park']);
    expect(sigs[0].nameKey).toBe('pua');
    expect(sigs[2].given).toBe('Min');
    const problems = normalizer.problems().filter((p) => p.code === 'private_use_in_name');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ source: 'b.csv', row: rows[0].row, line: rows[0].line, column: 'name' });
    expect(problems[0].message).toMatch(/private-use/u);
    expect(problems[1]).toMatchObject({ row: rows[2].row, column: 'given' });
  });
});

describe('createNormalizer: country', () => {
  it('resolves names in several languages', () => {
    const normalizer = createNormalizer({ source: 'sheet.csv' });
    const codes = ['Corea del Sur', '대한민국', 'USA', 'Deutschland', 'UK'].map((country) => normalizer.normalize(raw({ name: 'A', country })).country);
    expect(codes).toEqual(['KR', 'KR', 'US', 'DE', 'GB']);
  });

  it('counts an unknown country as unknown and reports each distinct value once', () => {
    const normalizer = createNormalizer({ source: 'sheet.csv' });
    const rows = [raw({ name: 'A', country: 'Atlantis' }), raw({ name: 'B', country: 'Atlantis' }), raw({ name: 'C', country: 'Narnia' })];
    expect(rows.map((r) => normalizer.normalize(r).country)).toEqual(['unknown', 'unknown', 'unknown']);
    const problems = normalizer.problems().filter((p) => p.code === 'unknown_country');
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ row: rows[0].row, column: 'country' });
    expect(problems[0].message).toMatch(/"Atlantis".*2 rows/);
    expect(problems[1].message).toMatch(/"Narnia".*1 row/);
  });

  it('uses the file\'s default country for rows without one, not for rows with another', () => {
    const normalizer = createNormalizer({ source: 'seoul-sheet.csv', defaultCountry: 'South Korea' });
    expect(normalizer.normalize(raw({ name: '박민준' })).country).toBe('KR');
    expect(normalizer.normalize(raw({ name: '박민준', country: ' ' })).country).toBe('KR');
    expect(normalizer.normalize(raw({ name: 'Anna', country: 'Japan' })).country).toBe('JP');
    expect(normalizer.problems()).toEqual([]);
  });

  it('leaves a row without a country and without a default unknown, silently', () => {
    const normalizer = createNormalizer({ source: 'sheet.csv' });
    expect(normalizer.normalize(raw({ name: 'Anna' })).country).toBe('unknown');
    expect(normalizer.problems()).toEqual([]);
  });

  it('refuses a default country it does not know', () => {
    expect(() => createNormalizer({ source: 'sheet.csv', defaultCountry: 'Atlantis' })).toThrow(UserError);
  });
});

describe('createNormalizer: address', () => {
  it('splits a Change.org city with state and ZIP, and matches on the 5-digit ZIP', () => {
    const sig = normalizeOne({ name: 'A', city: 'Woodstock IL 60098-1234', country: 'United States' });
    expect(sig).toMatchObject({ city: 'Woodstock', region: 'IL', postcode: '60098-1234', postcodeKey: '60098', cityKey: 'woodstock' });
  });

  it('lays out postcodes per country', () => {
    expect(normalizeOne({ name: 'A', postcode: 'sw1a1aa', country: 'UK' })).toMatchObject({ postcode: 'SW1A 1AA', postcodeKey: 'SW1A1AA' });
    expect(normalizeOne({ name: 'A', postcode: '4524' }, { defaultCountry: 'KR' })).toMatchObject({ postcode: '04524', postcodeKey: '04524' });
  });

  it('folds the city key but prints the city as written', () => {
    expect(normalizeOne({ name: 'A', city: 'São  Paulo', country: 'Brasil' })).toMatchObject({ city: 'São Paulo', cityKey: 'sao paulo' });
  });
});

describe('createNormalizer: dates', () => {
  it('decides day/month order from the samples and reports the decision', () => {
    const samples = ['03/04/2025', '25/12/2025', '01/02/2025'];
    const normalizer = createNormalizer({ source: 'sheet.csv', dateSamples: samples });
    expect(normalizer.normalize(raw({ name: 'A', date: '03/04/2025' })).signedAt).toBe(Date.parse('2025-04-03T00:00:00Z'));
    const decision = normalizer.problems().find((p) => p.code === 'date_order');
    expect(decision?.message).toContain('day/month/year');
    expect(decision?.message).toContain('25/12/2025');
  });

  it('reads the same value the other way in a file whose samples prove month first', () => {
    const normalizer = createNormalizer({ source: 'form.csv', dateSamples: ['3/4/2025 9:00:00', '12/25/2025 10:11:12'] });
    expect(normalizer.normalize(raw({ name: 'A', date: '03/04/2025' })).signedAt).toBe(Date.parse('2025-03-04T00:00:00Z'));
  });

  it('reports an order it had to guess as ambiguous', () => {
    const normalizer = createNormalizer({ source: 'sheet.csv', dateSamples: ['03/04/2025', '01/02/2025'] });
    normalizer.normalize(raw({ name: 'A', date: '03/04/2025' }));
    expect(normalizer.problems().map((p) => p.code)).toContain('date_order_ambiguous');
  });

  it('takes the user\'s order over the samples, without a report', () => {
    const normalizer = createNormalizer({ source: 'sheet.csv', dateSamples: ['03/04/2025'], dateOrder: 'MDY' });
    expect(normalizer.normalize(raw({ name: 'A', date: '03/04/2025' })).signedAt).toBe(Date.parse('2025-03-04T00:00:00Z'));
    expect(normalizer.problems()).toEqual([]);
  });

  it('decides from the first date when no samples are given', () => {
    const normalizer = createNormalizer({ source: 'sheet.csv' });
    expect(normalizer.normalize(raw({ name: 'A', date: '25.12.2025 10:00' })).signedAt).toBe(Date.parse('2025-12-25T10:00:00Z'));
    expect(normalizer.problems().map((p) => p.code)).toEqual(['date_order']);
  });

  it('reads zone-less times in --tz and counts the day there', () => {
    const seoul = createNormalizer({ source: 'sheet.csv', tz: 'Asia/Seoul', dateSamples: ['2025-12-11 07:30:00'] });
    const utc = createNormalizer({ source: 'sheet.csv', dateSamples: ['2025-12-11 07:30:00'] });
    const inSeoul = seoul.normalize(raw({ name: 'A', date: '2025-12-11 07:30:00' })).signedAt as number;
    const inUtc = utc.normalize(raw({ name: 'A', date: '2025-12-11 07:30:00' })).signedAt as number;
    expect(inSeoul).toBe(Date.parse('2025-12-10T22:30:00Z'));
    expect(seoul.dayOf(inSeoul)).toBe('2025-12-11');
    expect(utc.dayOf(inSeoul)).toBe('2025-12-10');
    expect(utc.dayOf(inUtc)).toBe('2025-12-11');
  });

  it('reports unreadable dates once with a count, and leaves signedAt null', () => {
    const normalizer = createNormalizer({ source: 'sheet.csv', dateSamples: ['2025-12-10'] });
    const a = raw({ name: 'A', date: 'yesterday' });
    expect(normalizer.normalize(a).signedAt).toBeNull();
    expect(normalizer.normalize(raw({ name: 'B', date: '2025-13-45' })).signedAt).toBeNull();
    expect(normalizer.normalize(raw({ name: 'C', date: '' })).signedAt).toBeNull();
    const problems = normalizer.problems().filter((p) => p.code === 'unparseable_date');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: a.row, column: 'date' });
    expect(problems[0].message).toMatch(/^2 dates could not be read.*"yesterday"/);
  });

  it('reports a date that contradicts the file\'s order', () => {
    const normalizer = createNormalizer({ source: 'form.csv', dateSamples: ['12/25/2025 10:11:12'] });
    expect(normalizer.normalize(raw({ name: 'A', date: '25/12/2025 10:11:12' })).signedAt).toBe(Date.parse('2025-12-25T10:11:12Z'));
    expect(normalizer.problems().map((p) => p.code)).toContain('date_order_conflict');
  });

  it('refuses an unknown time zone', () => {
    expect(() => createNormalizer({ source: 'sheet.csv', tz: 'Seoul' })).toThrow(UserError);
  });
});

describe('createNormalizer: other fields', () => {
  // adv11 D11: a signer who typed "Anonymous (North Korea)" as their name printed like an anonymised line, with a
  // country of their choosing. Whoever writes the placeholder as their name asks not to be named: anonymous they are.
  it.each(['Anonymous (North Korea)', 'anonymous', 'ANONYMOUS', '익명', '익명 (북한)', 'Anónimo', 'Anonyme (Corée du Nord)', '匿名'])(
    'reads the name %j as a signer asking to stay anonymous',
    (name) => {
      expect(normalizeOne({ name, anonymous: 'no' }).anonymous).toBe(true);
    },
  );

  // "Anonymous Smith" is the note written before the name ("(익명) 김차연", adv-s9 D3): read as asking, with a warning.
  it('reads "Anonymous Smith" as the note before the name', () => {
    expect(normalizeOne({ name: 'Anonymous Smith' }).anonymous).toBe(true);
  });

  it.each(['Anna Nonymous', 'Hide Tanaka', 'Private Ryan', 'Pat Hidden', 'Anon Suksai'])('keeps %j a named signer', (name) => {
    expect(normalizeOne({ name }).anonymous).toBe(false);
  });

  it('reads the anonymous flag, and a Visible column as its inverse', () => {
    expect(normalizeOne({ name: 'A', anonymous: '예' }).anonymous).toBe(true);
    expect(normalizeOne({ name: 'A', anonymous: 'visible: no' }).anonymous).toBe(true);
    const normalizer = createNormalizer({ source: 'petitions-eu.csv' });
    // A Visible column beside a mapped anonymous column reaches the normalizer as a further answer (the record mapper's work).
    const beside = (visible: string): RawSignature => ({ ...raw({ name: 'A', anonymous: 'no' }, { Visible: visible }), moreAnonymity: [{ column: 'Visible', answer: `visible: ${visible}` }] });
    expect(normalizer.normalize(beside('nee')).anonymous).toBe(true);
    expect(normalizer.normalize(beside('ja')).anonymous).toBe(false);
  });

  it('reads an anonymous value that is neither yes nor no as anonymous, and reports it as typed', () => {
    const normalizer = createNormalizer({ source: 'sheet.csv' });
    expect(normalizer.normalize(raw({ name: 'A', anonymous: 'perhaps' })).anonymous).toBe(true);
    expect(normalizer.normalize(raw({ name: 'B', anonymous: 'ㅇ' })).anonymous).toBe(true);
    expect(normalizer.normalize(raw({ name: 'C', anonymous: '●' })).anonymous).toBe(true);
    const problems = normalizer.problems();
    expect(problems.map((p) => [p.code, p.column])).toEqual([['unknown_flag', 'anonymous'], ['unknown_flag', 'anonymous']]);
    expect(problems.map((p) => p.message).join('\n')).toContain('"●"');
    expect(problems.map((p) => p.message).join('\n')).not.toContain('not anonymous');
  });

  it('cleans every field and the extra cells, and fills every field', () => {
    const sig = createNormalizer({ source: 'sheet.csv' }).normalize(
      raw({ name: 'Ａnna', phone: ' +44 7700\u00A0900123 ', comment: 'Free\u200B them ', birth_date: '1990-01-01 ', id_number: ' X1 ', language: ' ko ' },
        { 'Custom Field': ' Seoul\u200E ', Plain: 'ok' }),
    );
    expect(sig).toMatchObject({
      name: 'Anna', phone: '+44 7700 900123', comment: 'Free them', birthDate: '1990-01-01', idNumber: 'X1', language: 'ko',
      street: '', city: '', region: '', postcode: '', email: '', emailKey: '', signedAt: null, anonymous: false,
      extra: { 'Custom Field': 'Seoul', Plain: 'ok' },
    });
  });

  it('keeps formula-like text in other fields (the writer escapes it)', () => {
    expect(normalizeOne({ name: 'A', comment: '=HYPERLINK("x")', phone: '+44 1' })).toMatchObject({ comment: '=HYPERLINK("x")', phone: '+44 1' });
  });

  it('keeps source, row and line', () => {
    const r = raw({ name: 'A' });
    expect(createNormalizer({ source: 'sheet.csv' }).normalize(r)).toMatchObject({ source: 'sheet.csv', row: r.row, line: r.line });
  });
});
