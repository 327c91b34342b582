// What a name cell prints once its address is cut (issue 11, names20; outside tester K, F6 and F8). A number after the
// first word with a street and town after it ("Hans 5 Kantstrasse Berlin") went alone and the list printed "Hans
// Kantstrasse Berlin"; the number starts the address, and what follows it goes with it. A single name word after a
// number ("Anna 2 Berg") is still the rest of the name. After an address cut the list still printed a street word or
// the street's name at the name's end ("דוד לוי רחוב", "Marie Dubois Place de la", "Tóth Anna Kossuth"): the street
// words, articles and prepositions left at the end go, and a capitalised word past the name's second that belongs to
// the street's name.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

/** The names the dedupe's merged list prints for the cells, one row each with its own e-mail. */
async function printedNames(cells: readonly string[]): Promise<string[]> {
  const dir = tempDir();
  try {
    const file = join(dir, 'names.csv');
    writeFileSync(file, `name,email,country\n${cells.map((cell, i) => `"${cell}",p${i}@x.example,DE`).join('\n')}\n`);
    const merged = join(dir, 'merged.csv');
    await runMain(['dedupe', file, '-o', merged]);
    const lines = readFileSync(merged, 'utf8').replace(/^\uFEFF/u, '').split('\n').filter(Boolean);
    const column = lines[0].split(',').indexOf('name');
    return lines.slice(1).map((line) => line.split(',')[column].replace(/^"|"$/gu, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const NUMBER_FIRST: Array<[string, string]> = [
  ['Hans 5 Kantstrasse Berlin', 'Hans'], ['Piotr 5 Marszałkowska Warszawa', 'Piotr'], ['Tom 221 Baker London', 'Tom'],
  ['Maria 5 Odos Ermou Μαρία', 'Maria'], ['Anna 5 Kantstrasse', 'Anna'],
];

describe('a number after the first name word with a street after it', () => {
  it.each(NUMBER_FIRST)('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it('prints no street or town in the merged list', async () => {
    expect((await printedNames(NUMBER_FIRST.map(([cell]) => cell))).sort()).toEqual(NUMBER_FIRST.map(([, printed]) => printed).sort());
  });

  it.each([['Signer 12 Park', 'Signer Park'], ['Anna 2 Berg', 'Anna Berg']])('%s, one name word after a number, prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });
});

/** The tester's cells (verifyK a1, a9, e3) and what the list prints of each. */
const STREET_LEFT: Array<[string, string]> = [
  ['דוד לוי רחוב הרצל 12', 'דוד לוי'], ["שרה כהן רח' דיזנגוף 50", 'שרה כהן'], ['נועה לוי שדרות רוטשילד 12', 'נועה לוי'],
  ['अमित गुप्ता गली नं 5', 'अमित गुप्ता'], ['陈静 弄 5号', '陈静'], ['Juma Mwangi Mtaa wa Moi 12', 'Juma Mwangi'],
  ['Amina Barabara ya Uhuru 5', 'Amina'], ['Jose Cruz Daan Bayan 5', 'Jose Cruz'], ['Marie Dubois Place de la Concorde 1', 'Marie Dubois'],
  ['Δημήτρης Νικολάου Πλατεία Συντάγματος 2', 'Δημήτρης Νικολάου'], ['Eszter Szabó Hősök tere 1', 'Eszter Szabó'],
  ['Emma Schmidt Am Markt 3', 'Emma Schmidt'], ['Lukas Weber An der Alster 12', 'Lukas Weber'], ['Sophie Bauer Im Tal 4', 'Sophie Bauer'],
  ['Petr Svoboda Václavské náměstí 12', 'Petr Svoboda'], ['Tóth Anna Kossuth Lajos utca 5', 'Tóth Anna'],
  ['Jonas Kazlauskas Gedimino pr. 9', 'Jonas Kazlauskas'], ['Jan Novák Dlouhá 5 Praha', 'Jan Novák'], ['Jan Novak Dlouha 5 Praha 1', 'Jan Novak'], ['Ola Nordmann Karl Johans gate 5', 'Ola Nordmann'],
  ['Tomáš Dvořák Karlovo nám. 13', 'Tomáš Dvořák'], ['Zeynep Çelik Taksim Meydanı 3', 'Zeynep Çelik'], ['Jana Malá Vinohradská třída 12', 'Jana Malá'],
  ['رضا کوچه گلها ۵', 'رضا'],
];

/** Names the rule must leave whole: the second name word, particles, a street written number first. */
const KEPT: Array<[string, string]> = [
  ['Zoltán Kossuth Lajos u. 3', 'Zoltán Kossuth'], ['Sanne de Jong Dorpsweg 12a', 'Sanne de Jong'], ['Pieter de Jong 12 Marnixstraat', 'Pieter de Jong'],
  ['Trần Văn Hùng 12 Lê Lợi', 'Trần Văn Hùng'], ['Tan Wei Ming Blk 123 Ang Mo Kio Ave 3', 'Tan Wei Ming'], ['Tuan Nguyen Ngõ 12 Phố Huế', 'Tuan Nguyen'],
  ['Nguyễn Văn Nam số 5 Hàng Bài', 'Nguyễn Văn Nam'], ['Ahmad bin Ali Jalan Ampang 8', 'Ahmad bin Ali'],
];

describe('what an address cut leaves at the end of a name', () => {
  it.each(STREET_LEFT)('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(KEPT)('%s keeps its name: %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it('prints no street word or street name in the merged list', async () => {
    expect((await printedNames(STREET_LEFT.map(([cell]) => cell))).sort()).toEqual(STREET_LEFT.map(([, printed]) => printed).sort());
  });
});
