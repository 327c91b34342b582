// A name cell cut because an address starts in it loses the whole address phrase (issue 11, names19; outside tester J,
// F2). Cut at the house number, the list still printed the street's name before it ("Kiss Péter Andrássy", "Bence Fő",
// "Hanna Kowalczyk al.") or after it ("Marie Curie Rivoli", "Raj Kumar MG Marg"), and the town or street in another
// script ("Lee Jiwoo 서울", "Ali Hassan شارع الملك فهد"). The phrase is read back from the number: the street word of any
// language and the words between it and the number, the street's name before a word written after it, a number-first
// street after two words of a name, and words in another script than the name's. Real names stay whole.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { expectNamesCutAsIfInOwnColumn } from './cut-name-check.js';

/** The tester's cells (verifyJ t1, t10) and what the list prints of each. */
const TESTER: Array<[string, string]> = [
  ['Kiss Péter Andrássy út 5', 'Kiss Péter'], ['Zoltán Kossuth Lajos u. 3', 'Zoltán Kossuth'], ['Bence Fő tér 1', 'Bence'],
  ['Trần Văn Hùng 12 Lê Lợi', 'Trần Văn Hùng'], ['Nguyễn Văn Nam số 5 Hàng Bài', 'Nguyễn Văn Nam'], ['Tuan Nguyen Ngõ 12 Phố Huế', 'Tuan Nguyen'],
  ['Marie Curie 12 Rivoli', 'Marie Curie'], ['Anna Svoboda 5 Dlouhá', 'Anna Svoboda'], ['Jana Dvořák Náměstí Míru 1', 'Jana Dvořák'],
  ['Ali Hassan شارع الملك فهد ١٢', 'Ali Hassan'], ['Raj Kumar 12 MG Marg', 'Raj Kumar'], ['Ayşe Demir Moda Cd. No:5 D:3', 'Ayşe Demir'],
  ['Mehmet Yıldız Cumhuriyet Mah. 12. Sok. No 4', 'Mehmet Yıldız'], ['Hanna Kowalczyk al. Jerozolimskie 44', 'Hanna Kowalczyk'],
  ['Lee Jiwoo 서울 강남구 테헤란로 123', 'Lee Jiwoo'], ['John Smith 221B Baker', 'John Smith'], ['Lê Thị Hoa 18 Hai Bà Trưng', 'Lê Thị Hoa'],
  ['Ahmed شارع التحرير ٥', 'Ahmed'], ['Thanh Phường 5 Quận 3', 'Thanh'], ['Luca Int. 5 Scala B', 'Luca'],
];

/** The same forms in more languages and scripts. */
const MORE: Array<[string, string]> = [
  ['Nagy Éva Petőfi utca 12', 'Nagy Éva'], ['Szabó Ádám Váci út 3/B', 'Szabó Ádám'], ['Emre Kaya Atatürk Caddesi 45', 'Emre Kaya'],
  ['Fatma Şahin Gül Sokak 7', 'Fatma Şahin'], ['Zeynep Arslan Bağdat Cad. 101', 'Zeynep Arslan'], ['Phạm Minh Tuấn đường Trần Phú 15', 'Phạm Minh Tuấn'],
  ['Hoàng Lan Phố Huế 20', 'Hoàng Lan'], ['Petr Černý Dlouhá ulice 8', 'Petr Černý'], ['Tomasz Wójcik ul. Długa 5', 'Tomasz Wójcik'],
  ['Agnieszka Lewandowska os. Słoneczne 4', 'Agnieszka Lewandowska'], ['Amit Shah 45 Nehru Marg', 'Amit Shah'],
  ['Sunita Rao 7 Park Road', 'Sunita Rao'], ['Claire Dubois 8 rue Oberkampf', 'Claire Dubois'], ['Giulia Bianchi via Garibaldi 3', 'Giulia Bianchi'],
  ['Lucía Fernández calle Mayor 9', 'Lucía Fernández'], ['Klaus Weber Hauptstraße 12', 'Klaus Weber'], ['Omar Farouk شارع الجمهورية ٤٥', 'Omar Farouk'],
  ['Somchai Dee 99 ถนนสุขุมวิท', 'Somchai Dee'], ['Park Jisoo 부산 해운대로 55', 'Park Jisoo'], ['Wang Lei 上海 南京路100号', 'Wang Lei'],
  ['Ivan Petrov ул. Ленина 5', 'Ivan Petrov'], ['Olena Shevchenko вул. Хрещатик 22', 'Olena Shevchenko'],
  ['Maria Papadopoulou Οδός Σταδίου 5', 'Maria Papadopoulou'], ['Pieter de Jong 12 Marnixstraat', 'Pieter de Jong'], ['Siti Aminah Jl. Sudirman 5', 'Siti Aminah'],
  ['Ahmad bin Ali Jalan Ampang 8', 'Ahmad bin Ali'], ['Tan Wei Ming Blk 123 Ang Mo Kio Ave 3', 'Tan Wei Ming'], ['Jan Kowalski Aleje Ujazdowskie 5', 'Jan Kowalski'],
  ['Moshe Cohen רחוב הרצל 5', 'Moshe Cohen'], ['Dimitris Λεωφόρος Κηφισίας 100', 'Dimitris'],
];

/** Real names with street words, several parts or another script in them: no address in the cell, nothing is cut. */
const NAMES = ['Nguyễn Thị Minh Khai', 'María José García López', 'Kossuth Lajos', 'Trần Văn Hùng', 'Kiss Péter', 'Via', 'Anna Via',
  'Ali Al Hassan', 'Lois Lane', 'Maria Calle', 'Lê Lợi', 'Ahmed أحمد', 'Rue Dupont', 'Marg Simpson', 'Thành phố Hồ Chí Minh'];

describe('the address phrase cut from a name cell', () => {
  it.each([...TESTER, ...MORE])('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(NAMES)('%s, a name, prints whole', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
  });

  it.each([['Signer 12 Park', 'Signer Park'], ['Anna 2 Berg', 'Anna Berg'], ['Louis 14', 'Louis'], ['Ahmed أحمد واتساب 0501234567', 'Ahmed أحمد']])(
    'a number that starts no address after two name words keeps the name around it: %s prints as %s', (cell, printed) => {
      expect(nameWithoutContact(cell)).toBe(printed);
    });

  it('reads a 300 KB cell with an address at its end (a quadratic search took minutes: the suite’s 60 s timeout guards it)', () => {
    nameWithoutContact(`${'Ana Kiss '.repeat(300_000 / 9)}Andrássy út 5`);
  });
});

describe('dedupe of the tester\'s name cells with an address', () => {
  it('prints the names without any part of the street', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'names.csv');
      writeFileSync(file, `name,email,country\n${TESTER.map(([cell], i) => `"${cell}",p${i}@x.example,DE`).join('\n')}\n`);
      const merged = join(dir, 'merged.csv');
      const result = await runMain(['dedupe', file, '-o', merged]);
      expect(result.code).toBe(1);
      const lines = readFileSync(merged, 'utf8').replace(/^\uFEFF/u, '').split('\n').filter(Boolean);
      const column = lines[0].split(',').indexOf('name');
      expect(lines.slice(1).map((line) => line.split(',')[column].replace(/^"|"$/gu, '')).sort()).toEqual(TESTER.map(([, printed]) => printed).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// A street's name is written in its street word's script (names23; names22 left, verifyN): "Raj Kapoor रोड बारह" printed
// "Raj", Kapoor taken as the name of a road written in Devanagari; a suffix before an address ("Jr") is the name's.
const SCRIPT_OF_THE_STREET: Array<[string, string]> = [
  ['Raj Kapoor रोड बारह', 'Raj Kapoor'], ['Raj Kapoor रोड 12', 'Raj Kapoor'], ['Raj Mehta एमजी रोड बारह', 'Raj Mehta'],
  ['Raj Mehta Jr MG Road 12', 'Raj Mehta Jr'], ['Anil Kumar Gandhi Road 5', 'Anil Kumar'],
];

describe('the street\'s name before a street word in another script', () => {
  it.each(SCRIPT_OF_THE_STREET)('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it('prints the name whole in the merged list, and counts the same people as with the address in its own column', async () => {
    await expectNamesCutAsIfInOwnColumn(SCRIPT_OF_THE_STREET.slice(0, 4));
  });
});
