// What a signer asked for wins in every form they ask it (outside tester G, issue #11). Before: a name cell that is a
// sentence asking for anonymity was cut to a "name" and printed ("Keep me anonymous please" → "Keep me"), a cell
// declining to give a name ("Prefer not to say", "N/A") let the named row on the same e-mail print; a note in a split
// first/last name column was printed ("Eva (anonymous)", "Ann Anonymous"); Turkish and Dutch comments asking not to be
// named were ignored; anonymity reached a possibly-same row in Latin letters only from Hangul and Han, not from
// Cyrillic, Greek or a Japanese name in Han; and a Wade–Giles spelling with an aspiration mark ("Hsi Chin-p'ing") did
// not meet the pinyin one.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs dedupe on one CSV and returns each signer of merged.csv as [name, anonymous], with the run's output. */
async function dedupe(file: string, csv: string) {
  const input = join(dir, `${file}.csv`);
  writeFileSync(input, csv);
  const merged = join(dir, `${file}-merged.csv`);
  const result = await runMain(['dedupe', input, '-o', merged]);
  const rows = readCsv(merged);
  return { result, rows, shown: rows.map((row) => [row.name, row.anonymous]) };
}

describe('a name cell that asks not to be named, or declines to give a name', () => {
  const ASKING = [
    'Keep me anonymous please', 'Anonym bleiben', 'Ich möchte anonym bleiben', 'anon', 'Anon.', 'Prefer not to say', 'Keine Angabe',
    'Name not given', 'No quiero dar mi nombre', 'Anonim kalmak istiyorum', 'niet publiceren', 'Geheim', 'Anoniem',
  ];
  it('is a signer without a name: merged by e-mail with the named row, which is shown as anonymous; the sentence is never printed', async () => {
    const lines = ASKING.flatMap((cell, i) => [`"${cell}",a${i}@x.example,Town,DE`, `Real${i} Person,a${i}@x.example,Town,DE`]);
    const { result, shown } = await dedupe('asking', ['name,email,city,country', ...lines].join('\n') + '\n');
    expect(shown).toHaveLength(ASKING.length);
    expect(shown.every(([, anonymous]) => anonymous === 'yes')).toBe(true);
    expect(result.stdout).toMatch(new RegExp(`unique signers\\s+${ASKING.length}\\b`));
  });

  it('"N/A", "(none)" and "무명" are still rejected as no name, and their wish hides the named row on the same e-mail', async () => {
    const { result, shown } = await dedupe('declined', ['name,email,city,country',
      'N/A,n1@x.example,Town,DE', 'Nora Field,n1@x.example,Town,DE', '(none),n2@x.example,Town,DE', 'Olaf Berg,n2@x.example,Town,DE',
      '무명,n3@x.example,Seoul,KR', '박서연,n3@x.example,Seoul,KR'].join('\n') + '\n');
    expect(shown).toEqual([['Nora Field', 'yes'], ['Olaf Berg', 'yes'], ['박서연', 'yes']]);
    expect(result.stdout).toMatch(/rejected\s+3 \(no name 3\)/);
  });

  // "Anon" alone is a refusal (verifyQ H2): its Thai namesake is shown as anonymous, counted once (README).
  it('real names that hold such words stay named', async () => {
    const NAMES = ['Anna Nym', 'Hope Sayers', 'Justice', 'Keep', 'Anna Keep', 'Anon Suksai', 'Noname Bheki', 'Na', 'Nil Kaya', 'Prefer Smith'];
    const { shown } = await dedupe('real', ['name,email,city,country', ...NAMES.map((name, i) => `${name},r${i}@x.example,Town,DE`)].join('\n') + '\n');
    expect(shown).toEqual(NAMES.map((name) => [name, 'no']));
  });
});

describe('an anonymity note in a split first/last name column', () => {
  it('is taken off and hides the signer; both cells of it are a signer without a name, merged by e-mail', async () => {
    const { result, rows } = await dedupe('split', [
      'First name,Last name,email,city,country',
      'Eva,(anonymous),w1@x.example,Leeds,GB', 'Dee,Dorn (anonymous),w2@x.example,Leeds,GB', '민지,박 (비공개),w3@x.example,Seoul,KR',
      'Lu (anónimo),Ruiz,w4@x.example,Madrid,ES', 'Ann,Anonymous,w5@x.example,Leeds,GB', 'Eli,"Egan (please don\'t publish my name)",w6@x.example,Leeds,GB',
      'Anon,Anon,w7@x.example,Leeds,GB', 'Cal,Cobb,w7@x.example,Leeds,GB', '익명,익명,w8@x.example,Seoul,KR', '민수,김,w8@x.example,Seoul,KR',
      'Amy,Adams,w9@x.example,Leeds,GB',
    ].join('\n') + '\n');
    expect(rows.map((row) => row.anonymous)).toEqual(['yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'yes', 'no']);
    // No note is kept in a name: not "Eva (anonymous)", not "Ann Anonymous".
    expect(rows.map((row) => `${row.given} ${row.family}`).join('|')).not.toMatch(/anonym|anónimo|비공개|publish/iu);
    expect(result.stdout).toMatch(/unique signers\s+9\b/);
  });
});

describe('a comment asking not to be named in Turkish or Dutch', () => {
  it('hides the name; a comment wishing to be named does not', async () => {
    const ASKING = ['Lütfen adımı yayınlamayın', 'isim vermeyin', 'anonim kalmak istiyorum', 'niet publiceren', 'Graag mijn naam niet vermelden', 'anoniem'];
    const NAMED = ["I don't want to be anonymous", 'print my name', 'Anonim olmak istemiyorum', 'Ik wil niet anoniem zijn', 'Adımı yayınlayabilirsiniz',
      'Mijn naam mag vermeld worden', 'N/A', 'none'];
    const comments = [...ASKING, ...NAMED];
    const { shown } = await dedupe('comments', ['name,email,city,country,comment',
      ...comments.map((comment, i) => `Person${String.fromCharCode(65 + i)} Name,c${i}@x.example,Town,TR,"${comment}"`)].join('\n') + '\n');
    expect(shown.map(([, anonymous]) => anonymous)).toEqual([...ASKING.map(() => 'yes'), ...NAMED.map(() => 'no')]);
  });
});

describe('anonymity carried to the same person in Latin letters from Cyrillic, Greek and a Japanese name in Han', () => {
  it('hides the Latin row at the same place, with a warning; merges nothing', async () => {
    const { result, shown } = await dedupe('scripts', [
      'name,email,city,postcode,country,anonymous',
      'Иван Петров,m1@x.example,Moscow,101000,RU,yes', 'Ivan Petrov,m2@x.example,Moscow,101000,RU,',
      'Γιώργος Παπαδόπουλος,m3@x.example,Athens,10563,GR,yes', 'Giorgos Papadopoulos,m4@x.example,Athens,10563,GR,',
      '田中太郎,m5@x.example,Tokyo,100-0001,JP,yes', 'Tanaka Taro,m6@x.example,Tokyo,100-0001,JP,',
      'Olga Smirnova,m7@x.example,Kazan,420000,RU,yes', 'Ольга Смирнова,m8@x.example,Kazan,420000,RU,',
      // Another name at the same place, the same name at another postcode, a Chinese name in Han beside another name.
      'Иван Сидоров,m9@x.example,Moscow,101000,RU,', 'Tanaka Jiro,m10@x.example,Tokyo,150-0001,JP,',
      '王芳,m11@x.example,Beijing,100000,CN,yes', 'Li Wei,m12@x.example,Beijing,100000,CN,',
    ].join('\n') + '\n');
    expect(Object.fromEntries(shown)).toEqual({
      'Иван Петров': 'yes', 'Ivan Petrov': 'yes', 'Γιώργος Παπαδόπουλος': 'yes', 'Giorgos Papadopoulos': 'yes', 田中太郎: 'yes', 'Tanaka Taro': 'yes',
      'Olga Smirnova': 'yes', 'Ольга Смирнова': 'yes', 'Иван Сидоров': 'no', 'Tanaka Jiro': 'no', 王芳: 'yes', 'Li Wei': 'no',
    });
    expect(result.stdout).toMatch(/unique signers\s+12\b/);
    expect(result.stderr).toMatch(/row 1, line 2: this row asked for anonymity: .*row 2, another signer with the same name in another spelling or script and the same place/);
    expect(result.stderr).toMatch(/row 5, line 6: this row asked for anonymity: .*row 6, another signer at the same postcode and place, whose name is written in Han characters/);
  });
});

describe('Wade–Giles spellings with an aspiration mark', () => {
  it('meet the pinyin spelling at the same postcode', async () => {
    const { result, shown } = await dedupe('wade-giles', ['name,email,city,postcode,country',
      'Xi Jinping,p7@x.example,Leeds,LS3 3AA,GB', "Hsi Chin-p'ing,p8@y.example,Leeds,LS3 3AA,GB",
      'Deng Xiaoping,p9@x.example,Seoul,04525,KR', 'Teng Hsiao-p’ing,p10@y.example,Seoul,04525,KR',
      'Chen Tao,p11@x.example,Taipei,100,TW', "Ch'en T'ao,p12@y.example,Taipei,100,TW"].join('\n') + '\n');
    expect(shown.map(([name]) => name)).toEqual(['Xi Jinping', 'Deng Xiaoping', 'Chen Tao']);
    expect(result.stdout).toMatch(/unique signers\s+3\b/);
  });
});

describe('an anonymous signature from a +tagged address (outside tester G, t14/t15)', () => {
  it('hides the named row of the untagged mailbox, without merging the two', async () => {
    const { result, shown } = await dedupe('plus-tag', [
      'name,email,city,country,anonymous',
      'Anonymous,bob+petition@outlook.com,Leeds,GB,',
      'Bob Hale,bob@outlook.com,Leeds,GB,',
      'Mia Park,minji+x@naver.com,Seoul,KR,yes',
      '박민지,minji@naver.com,Seoul,KR,',
      'Ann Lowe,ann@x.example,York,GB,',
      'Tom Bell,tom+news@x.example,York,GB,',
    ].join('\n') + '\n');
    expect(result.stdout).toMatch(/unique signers\s+6\b/);
    expect(shown).toEqual(expect.arrayContaining([['Bob Hale', 'yes'], ['박민지', 'yes'], ['Ann Lowe', 'no'], ['Tom Bell', 'no']]));
  });
});
