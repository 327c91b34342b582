// Anonymity carried to a row in another script at the same place, whatever the script (outside tester J, F8, issue
// #11). Before: "محمد علي" beside an anonymous "Mohammed Ali" at one postcode was printed by name, and so were Hebrew,
// Thai and Devanagari names (any-ascii's reading of an abjad or an abugida is no spelling a Latin name shares); a
// Japanese name in Han was hidden beside its Latin spelling only when a row said JP. The rule now needs no reading: a
// row asked for anonymity, and another row at the same place (the same postcode; the same city and country where a
// postcode is missing) has a name in another script with as many parts, so it may be the same person and is hidden
// too. Nothing is merged: the count stays.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs dedupe on one CSV and returns each signer of merged.csv as name → anonymous, with the run's output. */
async function dedupe(file: string, lines: string[]) {
  const input = join(dir, `${file}.csv`);
  writeFileSync(input, lines.join('\n') + '\n');
  const merged = join(dir, `${file}-merged.csv`);
  const result = await runMain(['dedupe', input, '-o', merged]);
  const rows = readCsv(merged);
  return { result, rows, shown: Object.fromEntries(rows.map((row) => [row.name, row.anonymous])) };
}

/** [anonymous name in one script, the other row's name in another script], each pair at a postcode of its own. */
const PAIRS: Array<[string, string, string]> = [
  ['arabic', 'Mohammed Ali', 'محمد علي'],
  ['arabic, asked in Arabic', 'أحمد حسن', 'Ahmed Hassan'],
  ['hebrew', 'Moshe Cohen', 'משה כהן'],
  ['thai', 'Somchai Jaidee', 'สมชาย ใจดี'],
  ['devanagari', 'Rahul Sharma', 'राहुल शर्मा'],
  ['cyrillic', 'Dmitri Volkov', 'Дмитрий Волков'],
  ['greek', 'Nikos Georgiou', 'Νίκος Γεωργίου'],
  ['hangul', 'Park Jihoon', '박 지훈'],
  ['han', 'Yamada Hanako', '山田 花子'],
  ['georgian', 'Giorgi Beridze', 'გიორგი ბერიძე'],
  ['armenian', 'Aram Petrosyan', 'Արամ Պետրոսյան'],
  ['ethiopic', 'Abebe Bekele', 'አበበ በቀለ'],
];

describe('a row in another script at the same postcode as a row that asked for anonymity', () => {
  it('is shown as anonymous in every script, with a warning naming the row; the count stays', async () => {
    const lines = ['name,email,city,postcode,country,anonymous'];
    PAIRS.forEach(([, asked, other], i) => {
      lines.push(`${asked},a${i}@x.example,Town${i},${10100 + i},,yes`, `${other},b${i}@x.example,Town${i},${10100 + i},,`);
    });
    const { result, shown } = await dedupe('pairs', lines);
    for (const [script, asked, other] of PAIRS) {
      expect({ script, asked: shown[asked], other: shown[other] }).toEqual({ script, asked: 'yes', other: 'yes' });
    }
    expect(result.stdout).toMatch(new RegExp(`unique signers\\s+${PAIRS.length * 2}\\b`));
    expect(result.stderr).toMatch(/row 1, line 2: this row asked for anonymity: .*row 2, another signer at the same postcode, or the same city and country, whose name is written in another script/);
  });

  it('reaches the row by city and country where there is no postcode', async () => {
    const { result, shown } = await dedupe('by-city', ['name,email,city,country,anonymous',
      'Rahul Sharma,r1@x.example,Delhi,IN,yes', 'राहुल शर्मा,r2@x.example,Delhi,IN,',
      'محمد علي,m1@x.example,Cairo,EG,yes', 'Mohammed Ali,m2@x.example,Cairo,EG,']);
    expect(shown).toEqual({ 'Rahul Sharma': 'yes', 'राहुल शर्मा': 'yes', 'محمد علي': 'yes', 'Mohammed Ali': 'yes' });
    expect(result.stdout).toMatch(/unique signers\s+4\b/);
  });

  it('hides a Japanese name in Han or in unspaced kana beside its Latin spelling when no row names a country', async () => {
    const { result, shown } = await dedupe('japanese', ['name,email,city,postcode,anonymous',
      'Tanaka Taro,t1@x.example,Tokyo,105-0011,yes', '田中太郎,t2@x.example,Tokyo,105-0011,',
      'Suzuki Hana,s1@x.example,Osaka,530-0001,yes', 'すずきはな,s2@x.example,Osaka,530-0001,']);
    expect(shown).toEqual({ 'Tanaka Taro': 'yes', 田中太郎: 'yes', 'Suzuki Hana': 'yes', すずきはな: 'yes' });
    expect(result.stdout).toMatch(/unique signers\s+4\b/);
  });
});

describe('a row in another script with a name part more or fewer, or its town in that script (outside tester K, F3/F4)', () => {
  it('is shown as anonymous; the count stays', async () => {
    const { result, rows } = await dedupe('parts-and-towns', ['name,email,city,postcode,country,anonymous',
      'Ahmed Al Masri,a1@x.example,Cairo,11511,EG,yes', 'أحمد المصري,a2@x.example,Cairo,11511,EG,',
      'Abdulrahman Saleh,b1@x.example,Riyadh,11564,SA,yes', 'عبد الرحمن صالح,b2@x.example,Riyadh,11564,SA,',
      'Rahul Kumar Sharma,r1@x.example,Delhi,110001,IN,yes', 'राहुल शर्मा,r2@x.example,Delhi,110001,IN,',
      'Tanaka Taro,t1@x.example,Tokyo,,JP,yes', '田中太郎,t2@x.example,東京,,JP,',
      'Mohammed Ali,m1@x.example,Cairo,,EG,yes', 'محمد علي,m2@x.example,القاهرة,,EG,',
      'Moshe Cohen,c1@x.example,Jerusalem,,IL,yes', 'משה כהן,c2@x.example,ירושלים,,IL,',
      'Somchai Jaidee,s1@x.example,Bangkok,,TH,yes', 'สมชาย ใจดี,s2@x.example,กรุงเทพมหานคร,,TH,',
      'Amit Verma,d1@x.example,New Delhi,,IN,yes', 'अमित वर्मा,d2@x.example,नई दिल्ली,,IN,']);
    expect(rows.map((row) => `${row.name} ${row.anonymous}`)).toEqual(rows.map((row) => `${row.name} yes`));
    expect(rows).toHaveLength(16);
    expect(result.stdout).toMatch(/unique signers\s+16\b/);
  });
});

describe('rows the place or the script tell apart', () => {
  it('stay printed: another Latin name at the same postcode, another script at another postcode or city', async () => {
    const { result, shown } = await dedupe('apart', ['name,email,city,postcode,country,anonymous',
      'Anna Berg,a1@x.example,Berlin,10115,DE,yes', 'Karl Stein,a2@x.example,Berlin,10115,DE,',
      'Ahmed Hassan,h1@x.example,Cairo,11511,EG,yes', 'أحمد حسن,h2@x.example,Cairo,11711,EG,',
      'Moshe Cohen,c1@x.example,Haifa,,IL,yes', 'משה כהן,c2@x.example,Tel Aviv,,IL,',
      'Somchai Jaidee,j1@x.example,Bangkok,10110,TH,yes', 'สมชาย ใจดี,j2@x.example,Bangkok,10110,LA,',
      'Rahul Sharma,s1@x.example,Delhi,110001,IN,yes', 'राहुल कुमार शर्मा,s2@x.example,Delhi,110001,IN,']);
    expect(shown).toEqual({
      'Anna Berg': 'yes', 'Karl Stein': 'no', 'Ahmed Hassan': 'yes', 'أحمد حسن': 'no', 'Moshe Cohen': 'yes', 'משה כהן': 'no',
      'Somchai Jaidee': 'yes', 'สมชาย ใจดี': 'no', 'Rahul Sharma': 'yes', 'राहुल कुमार शर्मा': 'no',
    });
    expect(result.stdout).toMatch(/unique signers\s+10\b/);
  });
});

describe('one anonymous signer in another script in a big city (verifyR2 F10)', () => {
  it('hides their own spelling there, not every name of the city whose consonants differ', async () => {
    const { result, shown } = await dedupe('city-wide', ['name,email,city,country,anonymous',
      'محمد علي,m0@x.example,London,GB,yes', 'John Smith,l1@x.example,London,GB,', 'Mary Brown,l2@x.example,London,GB,',
      'Ali Khan,l3@x.example,London,GB,', 'Priya Patel,l4@x.example,London,GB,', 'Tom Lee,l5@x.example,London,GB,',
      'Anna Maria Rossi,l6@x.example,London,GB,', 'Mohammed Ali,l7@x.example,London,GB,',
      'Иван Петров,i0@x.example,Berlin,DE,yes', 'Hans Meier,b1@x.example,Berlin,DE,', 'Eva Braun,b2@x.example,Berlin,DE,',
      'Ivan Petrov,b3@x.example,Berlin,DE,']);
    expect(shown).toEqual({
      'محمد علي': 'yes', 'John Smith': 'no', 'Mary Brown': 'no', 'Ali Khan': 'no', 'Priya Patel': 'no', 'Tom Lee': 'no',
      'Anna Maria Rossi': 'no', 'Mohammed Ali': 'yes', 'Иван Петров': 'yes', 'Hans Meier': 'no', 'Eva Braun': 'no', 'Ivan Petrov': 'yes',
    });
    expect(result.stdout).toMatch(/unique signers\s+12\b/);
  });
});
