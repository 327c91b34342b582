// A name cell prints a name, never contact data (issue 11, names17; outside tester G, F1 and F10). Each pattern of
// contact-in-place finds one kind of contact data in some languages, and every new language or spelling got past them:
// e-mails spelled out in Polish, Czech, Swedish, Hungarian, Turkish, Greek and transliterated Russian, a spaced-out
// address, "fb: ana.lopez", streets without a street word, a Japanese address joined to the name, and labels left
// behind ("Ali WhatsApp"). A name is letters, marks, hyphens, apostrophes and the dots of initials: the cell is cut from
// the first word that cannot be part of one. Real names, many of them street, messenger or e-mail words, stay whole.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameHoldsContact, nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

/** The tester's name cells (verifyG t1, t2, t3, t13, t17) and what the list prints of each. */
const CUT: Array<[string, string]> = [
  // E-mails spelled out in more languages, spaced out, and Cyrillic domains.
  ['Ewa ewa małpa wp kropka pl', 'Ewa'], ['Jana jana zavináč seznam tečka cz', 'Jana'], ['Bo bo snabel-a telia punkt se', 'Bo'],
  ['Eli eli kukac gmail pont com', 'Eli'], ['Zeynep zeynep et işareti gmail nokta com', 'Zeynep'],
  ['Νίκος nikos papaki gmail teleia com', 'Νίκος'], ['Мария mariya sobaka mail tochka ru', 'Мария'],
  ['Иван ivan собака яндекс точка ру', 'Иван'], ['Ana a n a @ g m a i l . c o m', 'Ana'],
  // Handles and web addresses.
  ['Ana fb: ana.lopez', 'Ana'], ['Ana facebook.com/ana.lopez', 'Ana'], ['Lena tiktok lena.s', 'Lena'], ['Tina sc: tinabee', 'Tina'],
  ['Nina IG nina.k', 'Nina'], ['Omar x.com/omar', 'Omar'], ['Ivan t.me/ivan_ivanov', 'Ivan'],
  // Streets without a street word, and East Asian addresses joined to the name.
  ['Ivan Storgata 1', 'Ivan'], ['Ole Hansen, Storgata 1', 'Ole Hansen'], ['Pekka Virtanen Mannerheimintie 5 A 3', 'Pekka Virtanen'],
  ['Γιώργος Παπαδόπουλος Ερμού 15', 'Γιώργος Παπαδόπουλος'], ['Γιώργος Ερμού 15', 'Γιώργος'], ['田中 東京都港区芝公園4-2-8', '田中'],
  ['김민수 강남구 역삼동 123-4', '김민수'], ['박지민 공일공 1234 5678', '박지민'],
  // Labels left behind, with nothing after them (F10).
  ['Ali WhatsApp', 'Ali'], ['Ali (WhatsApp)', 'Ali'], ['Lucía Tel.', 'Lucía'], ['Maria, tel:', 'Maria'], ['Kim 카톡', 'Kim'],
  ['Ivan Viber', 'Ivan'], ['Raj 📱', 'Raj'], ['Ahmed واتساب', 'Ahmed'], ['Eva email:', 'Eva'], ['Jin 微信', 'Jin'], ['박지민 공일공', '박지민'],
  ['Ali (WhatsApp: 0532 123 4567)', 'Ali'], ['이민호(카톡:minho12)', '이민호'], ['Ahmed أحمد واتساب 0501234567', 'Ahmed أحمد'],
  // A number is no part of a printable name; the name before it stays ("Louis 14" was printed whole).
  ['Louis 14', 'Louis'], ['Henry Ford 2nd', 'Henry Ford'], ['Secret ct1', 'Secret'], ['Kim Lineage2', 'Kim'], ['Calle 13', 'Calle'],
  // A lone number inside a name goes alone, the name around it stays.
  ['Signer 12 Park', 'Signer Park'], ['Anna 2 Berg', 'Anna Berg'],
  // An at sign with a domain after takes the word before it.
  ['kim ＠ example.kr Kim', 'Kim'],
];

/** Names a word-by-word reading could cut: label, street and e-mail words that are names, names with dots and marks. */
const NAMES = ['Peter Street', 'John Avenue', 'Maria Calle', 'Daniel Way', 'Jun Line', 'Ray Phone', 'Kim Road', 'Tina Snap', 'Li Wei',
  'Bob Signal', 'Lin LINE', 'Ole Mobil', 'Tom QQ', 'Telegram Sam', 'Signal Smith', 'Tel Aviv Cohen', 'St. John', 'Ulrich', 'Post Malone',
  'Dot Com', 'Kim Na', 'Mai', 'Van', 'Bin', 'Ali', 'Jan', 'Li Na', 'Ana María', "O'Brien", 'Nguyễn Thị Minh Khai', 'J. R. R. Tolkien',
  'Jean-Pierre', 'Mc Donald', 'Đặng', 'Ngô', 'Ngô Bảo Châu', 'Mohammed bin Salman', 'Van Der Berg', 'Anne-Marie O\'Neil', 'Will.i.am',
  'Dr. Martin Luther King Jr.', 'Ülkü Ş.', 'Ольга Собака', 'Ana Punto', 'Marie et Pierre', 'Eli Pont', 'Ewa Kropka', 'Mike Dot',
  // Emoji beside a name are kept (the corpus's emoji-in-name case); only phone, mail and address symbols go.
  'Bob 👨🏿‍🦱 Smith', 'Ana ❤️', 'J\uFFFDrgen M\uFFFDller', '김민준', '김 라인', '佐藤 花子', 'Иван Петров', 'Οδυσσέας Ελύτης', 'محمد علي', 'สมชาย ใจดี', 'राहुल शर्मा', 'Web Smith', 'Jo Line_Dancer'];

describe('a name cell is cut from the first word that is no part of a name', () => {
  it.each(CUT)('%s prints %j', (cell, name) => {
    expect(nameHoldsContact(cell)).toBe(true);
    expect(nameWithoutContact(cell)).toBe(name);
  });

  it.each(NAMES)('%s stays a name', (cell) => {
    expect(nameHoldsContact(cell)).toBe(false);
    expect(nameWithoutContact(cell)).toBe(cell);
  });

  it.each(['+SUM(A1:A9) Kim', "-2+3+cmd|' /C calc'!A0", '=A1 Kim'])('%s is left whole, to be rejected as a formula', (cell) => {
    expect(nameHoldsContact(cell)).toBe(false);
  });

  it.each(['a ', 'a. ', '1 ', 'a@', 'ana.lopez ', 'A 1 '])('a 20,000-character cell of %j is read (a quadratic search took minutes: the suite’s 60 s timeout guards it)', (piece) => {
    nameWithoutContact(`Ana ${piece.repeat(20_000 / piece.length)}`);
  });
});

describe('dedupe of the tester\'s name cells', () => {
  it('prints each name without its contact data, and warns naming the rows', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'names.csv');
      const rows = CUT.filter(([cell]) => !cell.includes('"')).map(([cell], i) => `"${cell}",p${i}@x.example,DE`);
      writeFileSync(file, `name,email,country\n${rows.join('\n')}\n`);
      const merged = join(dir, 'merged.csv');
      const result = await runMain(['dedupe', file, '-o', merged]);
      expect(result.code).toBe(1);
      const lines = readFileSync(merged, 'utf8').replace(/^\uFEFF/u, '').split('\n').filter(Boolean);
      const column = lines[0].split(',').indexOf('name');
      const text = lines.slice(1).map((line) => line.split(',')[column]).join('\n');
      expect(text).toMatch(/^Ewa$/mu);
      for (const leak of ['małpa', 'zavináč', 'kukac', 'papaki', 'sobaka', 'яндекс', 'g m a i l', 'ana.lopez', 'tinabee', 'Storgata',
        'Mannerheimintie', 'Ερμού', '東京都', '역삼동', '공일공', 'WhatsApp', 'Tel.', 'tel:', '카톡', 'Viber', '📱', 'واتساب', 'email', '微信']) {
        expect(text).not.toContain(leak);
      }
      expect(result.stderr).toMatch(new RegExp(`${CUT.length} name cells hold contact details`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
