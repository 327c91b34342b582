// A name cell that is itself a request not to be named ("Anonymous", "익명", "Name withheld") is a signer without a
// name, not a person called Anonymous: merged by email with the same signer's named row on another platform, never
// "a clearly different given name" for the household rule, and never merged with another such row by name and city
// (outside tester C, F1).
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readPdfText } from '../helpers/pdf-text.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';
import { tinyCampaign } from '../helpers/tiny-campaign.js';

const REQUESTS = ['Anonymous', '익명', 'Anónimo', 'Anonym', '匿名', 'Аноним', '(anonymous)', 'Anonymous Signer', 'Name withheld',
  'Nombre reservado', '비공개', 'Private', 'Not shown'];

function exports(dir: string, rows: string[], named: string[]): [string, string] {
  const a = join(dir, 'platA.csv');
  const b = join(dir, 'platB.csv');
  writeFileSync(a, `Name,Email,City,Country,Date\n${rows.join('\n')}\n`);
  writeFileSync(b, `Name,Email,City,Country,Date\n${named.join('\n')}\n`);
  return [a, b];
}

describe('a name cell that asks not to be named, on the email of a named row', () => {
  it.each(REQUESTS)('"%s" and Kim Min-jun on one email are one anonymous signer', async (cell) => {
    const dir = tempDir();
    const [a, b] = exports(dir, [`${cell},kim.family@example.kr,Seoul,KR,2025-11-01`], ['Kim Min-jun,kim.family@example.kr,Seoul,KR,2025-11-02']);
    const count = await runMain(['count', a, b]);
    expect(count.stdout).toMatch(/unique signers\s+1\n/u);
    const merged = join(dir, 'merged.csv');
    await runMain(['dedupe', a, b, '-o', merged, '--no-bom']);
    const rows = readCsv(merged);
    expect(rows).toHaveLength(1);
    expect(rows[0].anonymous).toBe('yes');
    const explain = await runMain(['explain', `${b}:1`, a, b]);
    expect(explain.stdout).toMatch(/because\s+same canonical email as .*platA\.csv row 1/u);
    expect(explain.stdout).not.toMatch(/because.*household/u);
  });

  it('the named row first keeps the signer anonymous too (the most private choice wins)', async () => {
    const dir = tempDir();
    const [a, b] = exports(dir, ['Anonymous,kim.family@example.kr,Seoul,KR,2025-11-02'], ['Kim Min-jun,kim.family@example.kr,Seoul,KR,2025-11-01']);
    const merged = join(dir, 'merged.csv');
    await runMain(['dedupe', a, b, '-o', merged, '--no-bom']);
    expect(readCsv(merged).map((row) => [row.name, row.anonymous])).toEqual([['Kim Min-jun', 'yes']]);
  });
});

describe('name cells that ask not to be named, without email', () => {
  it('two "Anonymous" rows in one city are two signers, not one person called Anonymous', async () => {
    const dir = tempDir();
    const [a, b] = exports(dir, ['Anonymous,,Oslo,NO,2025-11-01', 'Anonymous,,Oslo,NO,2025-11-01'], ['Anonymous,,Oslo,NO,2025-11-03']);
    const count = await runMain(['count', a, b]);
    expect(count.stdout).toMatch(/unique signers\s+3\n/u);
    const merged = join(dir, 'merged.csv');
    await runMain(['dedupe', a, b, '-o', merged, '--no-bom']);
    expect(readCsv(merged).map((row) => row.anonymous)).toEqual(['yes', 'yes', 'yes']);
  });

  // "Anon" alone is a refusal, whatever its case (verifyQ H2): a Thai signer who gave only that given name is shown as
  // anonymous and counted once, which costs less than printing "Anon" beside someone's full name as a second person.
  it('names that only look like the words stay names: Private Ryan, Anon Suksai; "Anon" alone is a refusal', async () => {
    const dir = tempDir();
    const [a, b] = exports(dir, ['Private Ryan,,Oslo,NO,2025-11-01', 'Anon,,Bangkok,TH,2025-11-01'], ['Anon Suksai,,Bangkok,TH,2025-11-01']);
    const merged = join(dir, 'merged.csv');
    await runMain(['dedupe', a, b, '-o', merged, '--no-bom']);
    expect(readCsv(merged).map((row) => [row.name, row.anonymous])).toEqual([['Private Ryan', 'no'], ['Anon', 'yes'], ['Anon Suksai', 'no']]);
  });
});

describe('the public signature list', () => {
  it('prints one anonymous line for "Anonymous" and Kim Min-jun on one email, and never the name', async () => {
    const campaign = tinyCampaign('Name,Email,City,Country,Date\nAnonymous,kim.family@example.kr,Seoul,KR,2025-11-01\nKim Min-jun,kim.family@example.kr,Seoul,KR,2025-11-02\nLee Open,lee@example.kr,Seoul,KR,2025-11-02\n');
    const dir = tempDir();
    const { code } = await runMain(['packet', '--campaign', campaign, '--delivery', 'list', '-o', dir]);
    expect(code).toBe(0);
    const list = (await readPdfText(readFileSync(join(dir, 'signatures.pdf')))).text.replace(/\s+/gu, ' ');
    expect(list).toContain('2 signers');
    expect(list).toContain('Lee Open');
    expect(list).not.toContain('Kim Min-jun');
  });
});
