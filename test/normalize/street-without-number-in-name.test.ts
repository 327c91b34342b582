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
import { nameWithoutContact } from '../../src/normalize/contact-in-place.js';
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
