// A placeholder, a refusal or initials on one export and the full name on another, under one email (verifyQ H2, H3),
// and real surnames or comments that only mention anonymity (verifyQ M4). Before: "Anon", "Hidden", "Secret",
// "Mr. Anonymous", "익명1" were read as a clearly different given name, so the full name on the same email became a
// second person of a household: counted twice and printed. "K.N." and "FD" beside "Kari Nordmann" and "Frank Dorn" did
// the same. A row rejected as "Unbekannt", "ㅇㅇ", "Test", "-" or "." let the named row print, though "N/A", rejected
// for the same reason, hid it. And "Sofia Anonimo", "Paul Privé", "My grandmother fled anonymously in 1998" hid.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Full name,Email address,City,Country,Signed';
/** Names no two of which may be one person: a row that asked hides another that may be its signer. */
const FULL_NAMES = [
  'Vera Lindqvist', 'Tomas Keller', 'Sara Holm', 'Ali Demir', 'Eva Brandt', 'Nils Ek', 'Paula Reyes', 'Omar Haddad', 'Lena Vogt', 'Ivo Marek',
  'Jon Berg', 'Olle Brisk', 'Min Park', 'Hana Kowalski', 'Rita Stone',
];

/** Two platform exports: each cell of `first` on one, a full name on the other, the pair on one email. */
async function twoPlatforms(file: string, first: readonly string[]) {
  const a = join(dir, `${file}-a.csv`);
  const b = join(dir, `${file}-b.csv`);
  const rows = (names: readonly string[], day: string): string =>
    [HEADER, ...names.map((name, i) => `"${name}",p${i}@example.org,Berlin,DE,${day}`)].join('\n') + '\n';
  writeFileSync(a, rows(first, '2025-11-02'));
  writeFileSync(b, rows(first.map((_, i) => FULL_NAMES[i]), '2025-11-03'));
  const merged = join(dir, `${file}-merged.csv`);
  const result = await runMain(['dedupe', a, b, '-o', merged]);
  return { result, rows: readCsv(merged) };
}

describe('a placeholder or refusal on one platform, the full name on another, one email', () => {
  const REFUSALS = ['Anon', 'ANON', 'Hidden', 'hidden', 'HIDDEN', 'Secret', 'Redacted', 'Mr. Anonymous', 'Ms Anonymous', '익명1', 'Anon 2', 'Versteckt', 'Oculto'];
  it('is one signer, shown as anonymous; the full name is never printed', async () => {
    const { result, rows } = await twoPlatforms('refusals', REFUSALS);
    expect(result.stdout).toMatch(new RegExp(`unique signers\\s+${REFUSALS.length}\\n`, 'u'));
    expect(rows.map((row) => row.anonymous)).toEqual(REFUSALS.map(() => 'yes'));
  });

  const REJECTED = ['N/A', 'Unbekannt', 'ㅇㅇ', 'ㅁㅁ', 'XXX', 'Nobody', 'Test', 'asdf', '홍길동', 'Max Mustermann', '-', '.', '***'];
  it('rejected as no name or a name without letters, it hides the named row on its email, and a warning names the row', async () => {
    const { result, rows } = await twoPlatforms('rejected', REJECTED);
    expect(result.stdout).toMatch(/rejected\s+13 \(no name 10, name without letters 3\)/u);
    expect(rows.map((row) => [row.name, row.anonymous])).toEqual(REJECTED.map((_, i) => [FULL_NAMES[i], 'yes']));
    expect(result.stderr).toMatch(/rejected-a\.csv, row 1, line 2: this row was rejected/u);
  });

  it('initials typed without spaces are the same person as the full name, not a household', async () => {
    const a = join(dir, 'initials-a.csv');
    const b = join(dir, 'initials-b.csv');
    writeFileSync(a, `${HEADER}\nK.N.,kari@example.org,Berlin,DE,2025-11-02\nFD,frank@example.org,Berlin,DE,2025-11-02\nV. N.,vera@example.org,Berlin,DE,2025-11-02\n`);
    writeFileSync(b, `${HEADER}\nKari Nordmann,kari@example.org,Berlin,DE,2025-11-03\nFrank Dorn,frank@example.org,Berlin,DE,2025-11-03\nVera Nilsson,vera@example.org,Berlin,DE,2025-11-03\n`);
    const result = await runMain(['count', a, b]);
    expect(result.stdout).toMatch(/unique signers\s+3\n/u);
  });

  it('a name that holds such a word stays a name, and a row without an email hides nobody by its placeholder', async () => {
    const a = join(dir, 'names-a.csv');
    writeFileSync(a, `${HEADER}\nTom Anon,t@example.org,Berlin,DE,2025-11-02\nPat Hidden,p@example.org,Berlin,DE,2025-11-02\nUnbekannt,,Berlin,DE,2025-11-02\nUwe Brandt,,Berlin,DE,2025-11-02\n`);
    const merged = join(dir, 'names-merged.csv');
    await runMain(['dedupe', a, '-o', merged]);
    expect(readCsv(merged).map((row) => [row.name, row.anonymous])).toEqual([['Tom Anon', 'no'], ['Pat Hidden', 'no'], ['Uwe Brandt', 'no']]);
  });
});

describe('first and last name in two columns', () => {
  it('"Anon" or "Hidden" beside a name is part of it; "Anonymous" beside a name is a note; both cells hiding words name nobody', async () => {
    const input = join(dir, 'split.csv');
    writeFileSync(input, 'First name,Last name,Email,City,Country\nAnon,Suksai,a@x.example,Bangkok,TH\nHidden,Smith,h@x.example,Berlin,DE\nAnn,Anonymous,n@x.example,Berlin,DE\nAnon,Anon,aa@x.example,Berlin,DE\n');
    const merged = join(dir, 'split-merged.csv');
    await runMain(['dedupe', input, '-o', merged]);
    expect(readCsv(merged).map((row) => [row.name, row.anonymous])).toEqual([['Anon Suksai', 'no'], ['Hidden Smith', 'no'], ['Ann', 'yes'], ['Anon Anon', 'yes']]);
  });
});

describe('over-hiding: a surname spelled as a note, a comment that only mentions anonymity', () => {
  it('a note word that is the only family name after a given name is that name; as a note it still hides', async () => {
    const input = join(dir, 'surnames.csv');
    const names = ['Sofia Anonimo', 'Paul Privé', 'Carlo Riservato', 'Piotr Anonim', 'Mia Incognito', 'Sofia anonimo', 'Ada Rossi Anonimo', 'Ivo (Incognito)', 'Bo Lee private'];
    writeFileSync(input, ['Full name,Email,City,Country', ...names.map((name, i) => `${name},s${i}@example.org,Rome,IT`)].join('\n') + '\n');
    const merged = join(dir, 'surnames-merged.csv');
    await runMain(['dedupe', input, '-o', merged]);
    expect(readCsv(merged).map((row) => [row.name, row.anonymous])).toEqual([
      ['Sofia Anonimo', 'no'], ['Paul Privé', 'no'], ['Carlo Riservato', 'no'], ['Piotr Anonim', 'no'], ['Mia Incognito', 'no'],
      ['Sofia', 'yes'], ['Ada Rossi', 'yes'], ['Ivo', 'yes'], ['Bo Lee', 'yes'],
    ]);
  });

  it('a comment hides only when it asks for the signer', async () => {
    const input = join(dir, 'comments.csv');
    const comments = [
      'My grandmother fled anonymously in 1998', 'I am signing for my anonymous friends too', 'I donate to anonymous groups',
      'please keep me anonymous', "don't publish my name", 'I want to stay anonymous', 'My name should stay anonymous', 'I am an anonymous signer',
    ];
    writeFileSync(input, ['Full name,Email,City,Country,Comment', ...comments.map((comment, i) => `${FULL_NAMES[i]},c${i}@example.org,Seoul,KR,"${comment}"`)].join('\n') + '\n');
    const merged = join(dir, 'comments-merged.csv');
    await runMain(['dedupe', input, '-o', merged]);
    expect(readCsv(merged).map((row) => row.anonymous)).toEqual(['no', 'no', 'no', 'yes', 'yes', 'yes', 'yes', 'yes']);
  });
});
