// Anonymity asked in any language (outside tester J, issue #11). Before: a name cell, a note after the name, a split
// name column or a comment asking not to be named in Polish, Czech, Hungarian, Greek, Ukrainian, Thai, Hindi, Turkish,
// Swedish, Indonesian, Vietnamese or Dutch was read as a name and printed; two people who each wrote "Anonimowo" in
// one city merged into one by that "name". The words now come from one table per language (anonymity-words.ts).
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Names far apart from each other: names one letter apart at one place would pass for one person and share a wish. */
const GIVEN = ['Adam', 'Bartek', 'Csaba', 'Dimitris', 'Emre', 'Femke', 'Gabor', 'Haruto', 'Ingrid', 'Jisoo', 'Kerem', 'Linh', 'Marta', 'Nils',
  'Olena', 'Piet', 'Quentin', 'Rahul', 'Sanne', 'Taras', 'Ulla', 'Vera', 'Wiktor', 'Xenia', 'Yusuf', 'Zofia', 'Amir', 'Bruno', 'Chloe'];
const FAMILY = ['Adler', 'Brandt', 'Castro', 'Dorn', 'Eklund', 'Fischer', 'Garcia', 'Horvat', 'Ivanova', 'Jensen', 'Kowalczyk', 'Larsen', 'Moreau',
  'Nowak', 'Oliveira', 'Petrov', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Ueda', 'Varga', 'Weber', 'Xu', 'Yilmaz', 'Zeller', 'Abbott', 'Becker', 'Carter'];
const nameOf = (i: number): string => `${GIVEN[i]} ${FAMILY[(i * 7) % FAMILY.length]}`;

/** Runs dedupe on one CSV and returns the rows of merged.csv, with the run's output. */
async function dedupe(file: string, csv: string) {
  const input = join(dir, `${file}.csv`);
  writeFileSync(input, csv);
  const merged = join(dir, `${file}-merged.csv`);
  const result = await runMain(['dedupe', input, '-o', merged]);
  return { result, rows: readCsv(merged) };
}

describe('a name cell that is a request in another language (F10)', () => {
  const ASKING = [
    'Proszę nie podawać mojego nazwiska', 'Anonimowo', 'Bez nazwiska', 'Anonymně', 'Bez jména', 'Névtelenül', 'İsimsiz', 'İsmim gizli kalsın',
    'Ανώνυμα', 'Ανώνυμος', 'Без имени', 'Анонімно', 'Xin giấu tên', '不具名', '不愿透露姓名', 'Geen naam', 'Nome non pubblicato',
    'Withheld by request', 'ไม่ประสงค์ออกนาม', 'गुमनाम', 'Tanpa nama',
  ];
  it('is a signer without a name, merged by e-mail with the named row, which is shown as anonymous', async () => {
    const lines = ASKING.flatMap((cell, i) => [`"${cell}",a${i}@x.example,Town,DE`, `${nameOf(i)},a${i}@x.example,Town,DE`]);
    const { result, rows } = await dedupe('asking', ['name,email,city,country', ...lines].join('\n') + '\n');
    expect(Object.fromEntries(rows.map((row, i) => [ASKING[i], row.anonymous]))).toEqual(Object.fromEntries(ASKING.map((cell) => [cell, 'yes'])));
    expect(result.stdout).toMatch(new RegExp(`unique signers\\s+${ASKING.length}\\b`));
  });

  it('is never merged with another signer by that "name" and city', async () => {
    const CELLS = ['Anonimowo', 'Névtelenül', 'Xin giấu tên', '不愿透露姓名'];
    const lines = CELLS.flatMap((cell, i) => [`${cell},,Kraków,PL,2025-11-0${i + 1}`, `${cell},,Kraków,PL,2025-11-0${i + 5}`]);
    const { result } = await dedupe('no-merge', ['name,email,city,country,date', ...lines].join('\n') + '\n');
    expect(result.stdout).toMatch(/unique signers\s+8\b/);
    expect(result.stdout).toMatch(/duplicates\s+0\b/);
  });

  it('"Choi Yuna" and "Anonimowo" on one e-mail are one signer, shown as anonymous', async () => {
    const { result, rows } = await dedupe('choi', 'name,email,city,country\nChoi Yuna,choi@x.example,Seoul,KR\nAnonimowo,choi@x.example,Seoul,KR\n');
    expect(rows.map((row) => [row.name, row.anonymous])).toEqual([['Choi Yuna', 'yes']]);
    expect(result.stdout).toMatch(/unique signers\s+1\b/);
  });
});

describe('a note after the name or in a split column, in another language (F5/F6)', () => {
  it('is taken off the name, and the signer is shown as anonymous', async () => {
    const NOTED = ['Jan Novák (anonymně)', 'Eva Dvořák (anonymní)', 'Kowalski Jan (anonimowo)', 'Kovács Éva (névtelenül)', 'Kiss Anna (névtelen)',
      'Παππάς Νίκος (ανώνυμα)', 'Νίκος Ζάχος (ανώνυμος)', 'Olena Koval (анонімно)', 'สมชาย ใจดี (ไม่ระบุชื่อ)', 'राहुल वर्मा (गुमनाम)',
      'Ayşe Kaya - ismim yayınlanmasın', 'Jean Dupont, pas de nom SVP'];
    const { rows } = await dedupe('notes', ['name,email,city,country', ...NOTED.map((cell, i) => `"${cell}",n${i}@x.example,Town,DE`)].join('\n') + '\n');
    expect(rows.map((row) => row.anonymous)).toEqual(NOTED.map(() => 'yes'));
    expect(rows.map((row) => row.name).join('|')).not.toMatch(/anonym|anonim|névtelen|ανώνυμ|анонім|ไม่ระบุ|गुमनाम|yayınlanmasın|pas de nom/iu);
  });

  it('in Swahili, Tagalog, Persian, Urdu, Bengali, Amharic, Georgian or Armenian is a note too (outside tester K, F14)', async () => {
    const NOTED = ['Juma Mwangi (bila jina)', 'Maria Santos (nang walang pangalan)', 'Reza Karimi (ناشناس)', 'Sara Ahmadi (بی‌نام)', 'Ali Khan (گمنام)',
      'Rahim Uddin (বেনামী)', 'Abebe Bekele (ስም አልባ)', 'Giorgi Beridze (ანონიმურად)', 'Aram Petrosyan (անանուն)'];
    const { rows } = await dedupe('notes-k', ['name,email,city,country', ...NOTED.map((cell, i) => `"${cell}",m${i}@x.example,Town,DE`), 'Neema Otieno,j@x.example,Town,DE'].join('\n') + '\n');
    expect(rows.map((row) => row.anonymous)).toEqual([...NOTED.map(() => 'yes'), 'no']);
    expect(rows.map((row) => row.name).join('|')).not.toMatch(/bila|walang|ناشناس|نام|گمنام|বেনামী|አልባ|ანონიმ|անանուն/u);
  });

  it('"Anonymně" in the first-name column hides the signer', async () => {
    const { rows } = await dedupe('split', 'First name,Last name,email,city,country\nAnonymně,Novák,s1@x.example,Brno,CZ\nEva,(anonymní),s2@x.example,Brno,CZ\nPetra,Horák,s3@x.example,Brno,CZ\n');
    expect(rows.map((row) => row.anonymous)).toEqual(['yes', 'yes', 'no']);
    expect(rows.map((row) => `${row.given} ${row.family}`).join('|')).not.toMatch(/anonym/iu);
  });
});

describe('a comment asking not to be named in another language (F7)', () => {
  it('hides the name; a comment wishing to be named does not', async () => {
    const ASKING = ['Proszę nie publikować mojego nazwiska', 'Prosím nezveřejňujte mé jméno', 'Kérem, ne közöljék a nevemet',
      'Παρακαλώ μην δημοσιεύσετε το όνομά μου', 'กรุณาอย่าเปิดเผยชื่อของฉัน', 'कृपया मेरा नाम प्रकाशित न करें', "Будь ласка, не публікуйте моє ім'я",
      'Publicera inte mitt namn', 'Tolong jangan cantumkan nama saya', 'İsmimi listede göstermeyin', 'Adımın listede görünmesini istemiyorum',
      'Zet mijn naam alsjeblieft niet op de lijst', 'Ik wil liever niet dat mijn naam zichtbaar is', 'Noem mijn naam niet a.u.b.',
      'Nie umieszczajcie mnie na liście z nazwiskiem', 'Nevem ne szerepeljen a listán', 'Tên tôi không được hiển thị',
      '가족이 북한에 있어서 실명 공개는 곤란합니다'];
    const NAMED = ['Nie chcę być anonimowa', 'Klidně uveďte mé jméno', 'Nyugodtan írják ki a nevem', 'Adımı yazabilirsiniz', 'Mijn naam mag genoemd worden',
      "I don't want to be anonymous", 'print my name', 'Anonim olmak istemiyorum', 'Ik wil niet anoniem zijn'];
    const comments = [...ASKING, ...NAMED];
    const { rows } = await dedupe('comments', ['name,email,city,country,comment',
      ...comments.map((comment, i) => `${nameOf(i)},c${i}@x.example,Town,DE,"${comment}"`)].join('\n') + '\n');
    // merged.csv keeps the rows in input order, one a signer: pair each comment with what was shown.
    expect(Object.fromEntries(rows.map((row) => [comments[Number(/^c(\d+)@/u.exec(row.email)?.[1])], row.anonymous])))
      .toEqual(Object.fromEntries(comments.map((comment, i) => [comment, i < ASKING.length ? 'yes' : 'no'])));
  });
});

describe('a comment asking not to be named in words of identity, secrecy or a language added later (outside tester K, F2)', () => {
  it('hides the name; a comment that only speaks of the name or says "no" to something else does not', async () => {
    const ASKING = ['실명 공개를 원하지 않습니다', '신변 안전 때문에 이름은 비밀로', '제 이름 노출되면 안 돼요', '성만 써 주세요', '무기명으로',
      'my name must not appear anywhere', 'Keep my identity secret', 'Do not disclose my identity', 'Identität bitte geheim halten',
      'anonimowo proszę', 'Nevypisujte moje jméno prosím', 'بدون ذكر الاسم', 'لطفا نام مرا منتشر نکنید', 'بی‌نام',
      'tafadhali usichapishe jina langu', 'nang walang pangalan'];
    const NAMED = ['اسمي أحمد، لا للحرب', 'Jina langu ni Juma, usisahau', 'Ang pangalan ko ay Maria, hindi ako takot', 'My name is Ana and I must not be silent',
      'I am proud to show my identity', '제 이름은 김성만입니다', '이름 공개해도 괜찮아요', 'my name should appear on the list'];
    const comments = [...ASKING, ...NAMED];
    const { rows } = await dedupe('comments-k', ['name,email,city,country,comment',
      ...comments.map((comment, i) => `${nameOf(i)},k${i}@x.example,Town,DE,"${comment}"`)].join('\n') + '\n');
    expect(Object.fromEntries(rows.map((row) => [comments[Number(/^k(\d+)@/u.exec(row.email)?.[1])], row.anonymous])))
      .toEqual(Object.fromEntries(comments.map((comment, i) => [comment, i < ASKING.length ? 'yes' : 'no'])));
  });
});
