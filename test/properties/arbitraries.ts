// fast-check generators for hostile exports: raw bytes, CSV-shaped text from a nasty alphabet, and signers from small pools.
import fc from 'fast-check';
import iconv from 'iconv-lite';

/** Characters that break naive CSV readers, plus letters of several scripts. */
const NASTY = [
  ',', ',', ';', '\t', '|', '"', '"', '\n', '\n', '\r', '\r\n', ' ', '\uFEFF', '\u0000', '\u202E', '\u200B', '=', '+', '-', '@',
  'a', 'b', 'Z', 'é', 'ü', 'œ', '김', '민', '王', '伟', 'Я', '👍🏽', '\uFFFD', '0', '1', '.',
];

export const nastyText = fc.array(fc.constantFrom(...NASTY), { maxLength: 400 }).map((parts) => parts.join(''));

const HEADERS: ReadonlyArray<[string, string[]]> = [
  [',', ['name', 'email', 'country']],
  ['\t', ['Name', 'Email', 'Country', 'Signed On']],
  [';', ['Vorname', 'Nachname', 'E-Mail']],
  ['|', ['name', 'city']],
];

const cellText = fc.array(fc.constantFrom(...NASTY), { maxLength: 12 }).map((parts) => parts.join(''));

/** One cell as a spreadsheet would write it (quoted when needed), or as a broken exporter would (raw). */
const cell = fc.tuple(cellText, fc.constantFrom('quoted-if-needed', 'quoted-if-needed', 'always-quoted', 'raw'))
  .map(([text, style]) => {
    const quoted = `"${text.replaceAll('"', '""')}"`;
    if (style === 'always-quoted') return quoted;
    if (style === 'raw') return text;
    return /[",;\t|\r\n]/.test(text) ? quoted : text;
  });

/**
 * Text that starts like an export (a header), then rows that are mostly the header's width, with hostile cells,
 * some rows too short or too long, and some lines of pure noise.
 */
export const csvShapedText = fc.tuple(fc.constantFrom(...HEADERS), fc.constantFrom('\n', '\r\n', '\r')).chain(([[delimiter, header], eol]) =>
  fc.array(fc.oneof(
    { weight: 6, arbitrary: fc.array(cell, { minLength: header.length, maxLength: header.length }) },
    { weight: 1, arbitrary: fc.array(cell, { minLength: 0, maxLength: header.length + 2 }) },
    { weight: 1, arbitrary: nastyText.map((noise) => [noise]) },
  ), { maxLength: 30 }).map((rows) => [header.join(delimiter), ...rows.map((cells) => cells.join(delimiter))].join(eol) + eol));

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'cp949', 'windows-1252'] as const;

/** Bytes of CSV-shaped text in one of the encodings real exports use, with or without a BOM. */
export const encodedExport = fc.tuple(csvShapedText, fc.constantFrom(...ENCODINGS), fc.boolean())
  .map(([text, encoding, bom]) => iconv.encode(text, encoding, { addBOM: bom }));

/** Chunk sizes for the stream: 1 byte at a time up to large reads. */
export const chunkSizes = fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 6 });

export interface SignerRow {
  id: number;
  name: string;
  email: string;
  postcode: string;
  city: string;
  country: string;
  date: string;
}

// Small pools, so that rows collide on every rule: same email, same name and postcode, households, name orders.
const NAMES = ['Jane Smith', 'Smith Jane', 'John Smith', 'Jane  SMITH', 'Kim Minjun', '김민준', 'Jürgen Müller', 'Jurgen Muller', 'María García', 'J. Smith'];
const EMAILS = ['', '', 'jane@example.org', 'JANE@example.org', 'john@example.org', 'c.d@gmail.com', 'cd+x@googlemail.com', 'minjun@example.kr', 'not an email'];
const POSTCODES = ['', 'SW1A 1AA', 'sw1a1aa', '50667', '04524'];
const CITIES = ['', 'London', 'Köln', 'Seoul', '서울'];
const COUNTRIES = ['GB', 'DE', 'KR', '', 'United Kingdom', 'Korea, Republic of'];

export const signerRow = fc.record({
  name: fc.constantFrom(...NAMES),
  email: fc.constantFrom(...EMAILS),
  postcode: fc.constantFrom(...POSTCODES),
  city: fc.constantFrom(...CITIES),
  country: fc.constantFrom(...COUNTRIES),
  day: fc.integer({ min: 1, max: 28 }),
  minute: fc.integer({ min: 0, max: 1439 }),
});

/** Rows with ids and distinct signing times (the tie-break of "who signed first" is then not up to the order). */
export const signerRows = fc.array(signerRow, { minLength: 1, maxLength: 60 }).map((rows): SignerRow[] =>
  rows.map((r, id) => ({
    id, name: r.name, email: r.email, postcode: r.postcode, city: r.city, country: r.country,
    date: new Date(Date.UTC(2026, 10, r.day, 0, r.minute, id % 60)).toISOString(),
  })));

export const HEADER = 'id,name,email,postcode,city,country,date';

export function csvOf(rows: readonly SignerRow[]): string {
  const cell = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return [HEADER, ...rows.map((r) => [String(r.id), r.name, r.email, r.postcode, r.city, r.country, r.date].map(cell).join(','))].join('\n') + '\n';
}
