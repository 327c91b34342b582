// Characters that print as nothing (Unicode default-ignorable code points: zero-width space and joiners, word joiner,
// soft hyphen, BOM, Mongolian vowel separator, invisible separator, bidi marks, embeddings, overrides and isolates)
// never make one signer two: not inside a name, not where a space would be, not for the exact rules, not for fuzzy
// matching; and every row is still accounted for.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const INVISIBLES = [
  '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF', '\u180E', '\u2063', '\u200E', '\u200F',
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
];
const hex = (ch: string): string => `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;

interface Counts { rows: number; rejected: number; accepted: number; duplicates: number; unique: number; duplicatesByRule: Record<string, number> }

async function countOf(name: string, csv: string): Promise<Counts> {
  const path = join(dir, name);
  writeFileSync(path, csv);
  const result = await runMain(['count', '--json', path]);
  const counts = JSON.parse(result.stdout) as Counts;
  // Every row is accounted for.
  expect(counts.rows).toBe(counts.rejected + counts.accepted);
  expect(counts.accepted).toBe(counts.duplicates + counts.unique);
  return counts;
}

/** One pair of rows per invisible character: the name with it, then the same name without it. */
function pairs(withInvisible: (ch: string) => string, plain: string, contact: (i: number) => string): string {
  return INVISIBLES.map((ch, i) => `"${withInvisible(ch)}",${contact(i)},KR,2025-11-01\n"${plain}",${contact(i)},KR,2025-11-02\n`).join('');
}

describe('invisible characters in a name', () => {
  it.each([
    ['inside the given name', (ch: string) => `Kim Min${ch}jun`],
    ['between the names, in place of the space', (ch: string) => `Kim${ch}Minjun`],
    ['beside the space', (ch: string) => `Kim ${ch}Minjun${ch}`],
  ])('%s: one signer per email, not a household of two', async (_where, written) => {
    const counts = await countOf(`email-${_where.length}.csv`, `name,email,country,date\n${pairs(written, 'Kim Minjun', (i) => `kim${i}@example.kr`)}`);
    expect({ rows: counts.rows, duplicates: counts.duplicates, unique: counts.unique, byRule: counts.duplicatesByRule })
      .toEqual({ rows: 2 * INVISIBLES.length, duplicates: INVISIBLES.length, unique: INVISIBLES.length, byRule: { same_email: INVISIBLES.length } });
  });

  it.each([
    ['inside the given name', (ch: string) => `Lee Seo${ch}yeon`],
    ['in place of the space', (ch: string) => `Lee${ch}Seoyeon`],
  ])('without an email: one signer by name and postcode, each invisible character %s', async (where, written) => {
    const csv = `name,postcode,country,date\n${pairs(written, 'Lee Seoyeon', (i) => `0${4500 + i}`)}`;
    const counts = await countOf(`postcode-${where.length}.csv`, csv);
    expect({ duplicates: counts.duplicates, unique: counts.unique }).toEqual({ duplicates: INVISIBLES.length, unique: INVISIBLES.length });
  });

  it.each(INVISIBLES.map((ch) => [hex(ch), ch]))('fuzzy matching sees through %s (a nickname on another email)', async (_code, ch) => {
    const path = join(dir, `fuzzy-${_code}.csv`);
    writeFileSync(path, 'first name,last name,email,city,postcode,country,date\n'
      + `Katherine,Whit${ch}field,kathy.whitfield@example.org,Leeds,LS1 4AP,GB,2024-01-01\n`
      + 'Park,Jiwoo,park@example.kr,Seoul,04524,KR,2024-01-03\n'
      + 'Kate,Whitfield,k.whitfield@example.org,Leeds,LS1 4AP,GB,2024-02-01\n');
    const merged = join(dir, `fuzzy-${_code}.merged.csv`);
    const result = await runMain(['dedupe', path, '-o', merged]);
    expect([0, 1]).toContain(result.code);
    expect(readCsv(merged).map((row) => row.name)).toEqual(['Katherine Whitfield', 'Park Jiwoo']);
  });
});

describe('a Hangul filler used as a space', () => {
  it.each([['\u3164'], ['\u115F'], ['\u1160'], ['\uFFA0']].map(([ch]) => [hex(ch), ch]))(
    '%s between the names is a space: one signer by name and postcode', async (code, ch) => {
      const csv = `name,postcode,country,date\n"Jane${ch}Doe",10015,US,2025-11-01\nJane Doe,10015,US,2025-11-02\n"김${ch}철수",04524,KR,2025-11-01\n김 철수,04524,KR,2025-11-02\n`;
      const counts = await countOf(`filler-${code}.csv`, csv);
      expect({ duplicates: counts.duplicates, unique: counts.unique }).toEqual({ duplicates: 2, unique: 2 });
    });
});
