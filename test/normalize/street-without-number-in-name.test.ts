// A street named without a house number at the end of a name cell (issue 11, names21; outside tester verifyM, F5). The
// list printed "Mia Schulz Hauptstraße", "Lea Roth Bahnhofstr.", "Ivan Ivanov ул Ленина", "Yossi Levi רחוב הרצל",
// "Leila Farah شارع الحمراء", "Petra Horváth Fő utca": only an address with a number was cut. A last word that is a
// street's name with its kind ("Hauptstraße"), a kind after the street's name ("Fő utca") or a kind before it ("ул
// Ленина") goes with that name, when two words of a name stay before it.
//
// The rule for surnames that are street words: a capitalised street word that is a surname too ("Anna Maria Weg", "Tom
// Ali Street") stays, since addresses write the kind in lower case or shortened ("Fő utca", "Main St."); a surname that
// only contains a street word ("Strasser", "Gasser", "Hartweg") is no street; and a name of two words is never cut.
import { describe, expect, it } from '@jest/globals';
import { nameHoldsContact, nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { expectNamesCutAsIfInOwnColumn } from './cut-name-check.js';

/** verifyM's cells (n2) and what the list prints of each. */
const TESTER: Array<[string, string]> = [
  ['Mia Schulz Hauptstraße', 'Mia Schulz'], ['Lea Roth Bahnhofstr.', 'Lea Roth'], ['Ivan Ivanov ул Ленина', 'Ivan Ivanov'],
  ['Yossi Levi רחוב הרצל', 'Yossi Levi'], ['Leila Farah شارع الحمراء', 'Leila Farah'], ['Petra Horváth Fő utca', 'Petra Horváth'],
  ['Karin Berg Storgatan', 'Karin Berg'], ['Pieter Bakker Prinsengracht', 'Pieter Bakker'],
];

/** The same in more languages and spellings. */
const MORE: Array<[string, string]> = [
  ['Mia Schulz Berliner Straße', 'Mia Schulz'], ['Jan de Vries Kerkstraat', 'Jan de Vries'], ['Anna Berg Drottninggatan', 'Anna Berg'],
  ['Lars Holm Vestergade', 'Lars Holm'], ['Ola Nordmann Storgata', 'Ola Nordmann'], ['Kari Nordmann Kirkeveien', 'Kari Nordmann'],
  ['Klaus Weber Lindenweg', 'Klaus Weber'], ['John Smith Main St.', 'John Smith'], ['Lucía Fernández calle de la Paz', 'Lucía Fernández'],
  ['Olena Shevchenko вул. Хрещатик', 'Olena Shevchenko'], ['Tomasz Wójcik ul. Długa', 'Tomasz Wójcik'], ['Ivan Petrov улица Ленина', 'Ivan Petrov'],
  ['Nagy Éva Váci utca', 'Nagy Éva'], ['Petr Černý Dlouhá ulice', 'Petr Černý'], ['Moshe Cohen, רחוב הרצל', 'Moshe Cohen'],
  ['Mia Schulz Hauptstraße, 030 1234567', 'Mia Schulz'],
];

/** Names: a street word that is a surname, a surname with a street word in it, two-word names, the repo's names. */
const NAMES = ['Anna Weg', 'Tom Strasser', 'Jan Gasser', 'Maria Platz', 'Ali Street', 'Anna Maria Weg', 'Tom Ali Street', 'Anna Lena Strasser',
  'Jan Peter Gasser', 'Hans Peter Hartweg', 'Maria Anna Platz', 'Jan Pieter Daan Jansen', 'Kim Min Gang Ho', 'Kossuth Lajos utca',
  'Lois Lane', 'Maria Calle', 'Rue Dupont', 'Anna Via', 'Peter Street', 'Court Lane', 'Ray Street', 'Nguyễn Thị Minh Khai'];

describe('a street named without a number at the end of a name cell', () => {
  it.each([...TESTER, ...MORE])('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(NAMES)('%s, a name, prints whole', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
  });

  it('prints only the names in the merged list, and counts the same people as with the street in its own column', async () => {
    await expectNamesCutAsIfInOwnColumn([...TESTER, ['Anna Maria Weg', 'Anna Maria Weg'], ['Tom Strasser', 'Tom Strasser']]);
  });
});

// The same in scripts without capitals, and street words of Malay, Swahili and Filipino (names23; verifyN F8): "Li Na
// 长安街", "Park Jimin 테헤란로", "Somchai Dang ถนนสุขุมวิท", "Sato Yui 東京都港区芝公園", "Siti Aminah Jalan Merdeka" and
// "Amina Juma Mtaa wa Moi" were printed whole. A street with its kind in one word, or a prefecture and a ward, goes after a
// name in another script or after two words of a name, with the place words of its script before it; "Jalan", "Mtaa",
// "Kalye", "Purok" and "Barangay" are no name's words. A Han name that starts with 路 or 街, a surname in 村 or 市, and a
// Korean name ending in 길 stay.
const OTHER_SCRIPTS: Array<[string, string]> = [
  ['Li Na 长安街', 'Li Na'], ['Wang Qiang 中山路', 'Wang Qiang'], ['Park Jimin 테헤란로', 'Park Jimin'], ['Lee Jisoo 서울 강남구 테헤란로', 'Lee Jisoo'],
  ['Somchai Dang ถนนสุขุมวิท', 'Somchai Dang'], ['Sato Yui 東京都港区芝公園', 'Sato Yui'], ['Siti Aminah Jalan Merdeka', 'Siti Aminah'],
  ['Amina Juma Mtaa wa Moi', 'Amina Juma'], ['Jose Rizal Kalye Mabini', 'Jose Rizal'], ['Jose Santos Purok Uno', 'Jose Santos'],
  ['Somchai Dee ถนนสุขุมวิท ซอยสิบสอง', 'Somchai Dee'], ['김민수 서울 강남구 테헤란로', '김민수'], ['王 芳 长安街', '王 芳'],
  ['田中 太郎 東京都港区芝公園', '田中 太郎'], ['Kim Minji 종로', 'Kim Minji'], ['Chen Jie 北京市朝阳区', 'Chen Jie'], ['Ana Cruz Barangay San Roque', 'Ana Cruz'],
];
const OTHER_SCRIPT_NAMES = ['路遥', '街亭', 'Lu Yao 路遥', 'Nguyen Dao', 'Wang Jie', 'Park Jimin 박한길', 'Nakamura Ken 中村健',
  'Takaichi Sanae 高市早苗', 'Jalan Ali', 'Siti Jalan', 'Dao Minh Lu'];

describe('a street named without a number at the end of a name cell, in scripts without capitals', () => {
  it.each(OTHER_SCRIPTS)('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(OTHER_SCRIPT_NAMES)('%s, a name, prints whole and is no contact', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
    expect(nameHoldsContact(name)).toBe(false);
  });

  it('prints only the names in the merged list, and counts the same people as with the street in its own column', async () => {
    await expectNamesCutAsIfInOwnColumn([...OTHER_SCRIPTS.slice(0, 10), ['路遥', '路遥'], ['Lu Yao 路遥', 'Lu Yao 路遥']]);
  });
});
