// Who is a second person on one email when no postcode tells: the exact rules ask fuzzy matching's comparison of names.
import { describe, expect, it } from '@jest/globals';
import { decideSigners } from '../../src/pipeline/decide-signers.js';
import { FuzzyRecords } from '../../src/dedupe/fuzzy/fuzzy-records.js';
import { makeSignature, makeTable, type SignatureSpec } from './make-signature.js';

function decide(specs: SignatureSpec[], withFuzzy = true) {
  const table = makeTable(specs);
  const records = new FuzzyRecords();
  specs.forEach((spec, i) => records.add(makeSignature(spec, i + 1)));
  return decideSigners(table, withFuzzy ? records : null).outcome;
}

const form = (name: string, email: string, at: string): SignatureSpec => ({ name, email, city: 'Seoul', country: 'KR', at, source: 'form.csv' });

describe('decideSigners: people on one email without a postcode', () => {
  it('counts a couple who gave one email on a form without postcodes as two people', () => {
    const outcome = decide([form('Abin Son', 'abin.son@gmail.com', '2025-09-21T10:00:00Z'), form('Jijae Bae', 'abin.son@gmail.com', '2025-09-23T10:00:00Z')]);
    expect(outcome.signers).toBe(2);
  });

  it('keeps one person who wrote a nickname, or the other name order, as one', () => {
    expect(decide([form('Elizabeth Brookwell', 'eb@comcast.net', '2025-09-21T10:00:00Z'), form('Liz Brookwell', 'eb@comcast.net', '2025-09-22T10:00:00Z')]).signers).toBe(1);
    expect(decide([form('Yeonye Lie', 'peacebear904@hotmail.com', '2025-09-21T10:00:00Z'), form('Lie Yeonye', 'peacebear904@hotmail.com', '2025-09-22T10:00:00Z')]).signers).toBe(1);
  });

  it('keeps one person who wrote a diminutive of another language the English list lacks (verifyS2 F2)', () => {
    const pairs = [['Dmitry Volkov', 'Dima Volkov'], ['Mikhail Orlov', 'Misha Orlov'], ['Ekaterina Sokolova', 'Katya Sokolova'], ['Maria Popova', 'Masha Popova'],
      ['Nikolai Fedorov', 'Kolya Fedorov'], ['Alexander Petrov', 'Sasha Petrov'], ['José Ruiz', 'Pepe Ruiz'], ['Francisco Vega', 'Paco Vega'],
      ['Giuseppe Russo', 'Beppe Russo'], ['Josef Huber', 'Sepp Huber'], ['António Costa', 'Toninho Costa'], ['Francisco Costa', 'Chico Costa']];
    for (const [full, short] of pairs) {
      expect(decide([form(full, 'one@example.org', '2025-09-21T10:00:00Z'), form(short, 'one@example.org', '2025-09-22T10:00:00Z')]).signers).toBe(1);
    }
  });

  it('keeps one person whose name is written in its own script and in Latin letters, and two with other given names (verifyS2 F7)', () => {
    const pairs = [['Иван Орлов', 'Ivan Orlov'], ['Γιώργος Παπαδόπουλος', 'Giorgos Papadopoulos'], ['محمد علي', 'Mohammed Ali'], ['משה כהן', 'Moshe Cohen'],
      ['Олена Коваленко', 'Olena Kovalenko'], ['Мария Иванова', 'Maria Ivanova'], ['Ольга Смирнова', 'Olga Smirnova']];
    for (const [own, latin] of pairs) {
      expect(decide([form(own, 'one@example.org', '2025-09-21T10:00:00Z'), form(latin, 'one@example.org', '2025-09-22T10:00:00Z')]).signers).toBe(1);
    }
    expect(decide([form('Иван Орлов', 'one@example.org', '2025-09-21T10:00:00Z'), form('Olga Orlova', 'one@example.org', '2025-09-22T10:00:00Z')]).signers).toBe(2);
    expect(decide([form('Seo-yeon Park', 'one@example.org', '2025-09-21T10:00:00Z'), form('Sally Park', 'one@example.org', '2025-09-22T10:00:00Z')]).signers).toBe(2);
  });

  it('counts two people of a Chinese or Korean household who wrote their family name first in Latin letters', () => {
    for (const [first, second] of [['Li Wei', 'Li Na'], ['Wang Fang', 'Wang Jun'], ['Kim Minjun', 'Kim Seoyeon']]) {
      expect(decide([form(first, 'fam@example.org', '2025-09-21T10:00:00Z'), form(second, 'fam@example.org', '2025-09-22T10:00:00Z')]).signers).toBe(2);
    }
    // The same person's initial, or the same name twice, stays one.
    expect(decide([form('Li Wei', 'fam@example.org', '2025-09-21T10:00:00Z'), form('Li W.', 'fam@example.org', '2025-09-22T10:00:00Z')]).signers).toBe(1);
    expect(decide([form('Li Wei', 'fam@example.org', '2025-09-21T10:00:00Z'), form('li wei', 'fam@example.org', '2025-09-22T10:00:00Z')]).signers).toBe(1);
  });

  it('keeps one person whose given name was typed with its letters scrambled', () => {
    expect(decide([form('Charlie Hall', 'c.hall@example.org', '2025-09-21T10:00:00Z'), form('Cahlrae Hall', 'c.hall@example.org', '2025-09-22T10:00:00Z')]).signers).toBe(1);
  });

  it('keeps one person whose other name order is only recognisable beside a later row, not beside a badly typed first one', () => {
    const rows = [
      { ...form('Fera hhS', 'f.s@flynn.com', '2025-09-21T10:00:00Z'), given: 'Fera', family: 'hhS' },
      { ...form('Shah Freya', 'f.s@flynn.com', '2025-09-22T10:00:00Z'), given: 'Shah', family: 'Freya' },
      { ...form('Freya Shah', 'f.s@flynn.com', '2025-09-23T10:00:00Z'), given: 'Freya', family: 'Shah' },
    ];
    expect(decide(rows).signers).toBe(1);
    // A household member stays one: "Tom Shah" is no other order or slip of any of the first person's rows.
    expect(decide([...rows, { ...form('Tom Shah', 'f.s@flynn.com', '2025-09-24T10:00:00Z'), given: 'Tom', family: 'Shah' }]).signers).toBe(2);
  });

  it('does not call names in Chinese characters another person: their readings are too loosely known', () => {
    const outcome = decide([form('Makoto Yamamoto', 'makotoyamamoto@gmail.com', '2025-09-21T10:00:00Z'), { ...form('誠 山本', 'makotoyamamoto@gmail.com', '2025-09-22T10:00:00Z'), given: '誠' }]);
    expect(outcome.signers).toBe(1);
  });

  it('with the exact rules alone (--exact), a second given name without a postcode still counts once, as before', () => {
    const outcome = decide([form('Abin Son', 'abin.son@gmail.com', '2025-09-21T10:00:00Z'), form('Jijae Bae', 'abin.son@gmail.com', '2025-09-23T10:00:00Z')], false);
    expect(outcome.signers).toBe(1);
  });
});
