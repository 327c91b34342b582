// House numbers spelled as words, Han numerals and Iranian messengers in a name cell (issue 11, names21; outside tester
// verifyM, F3). The list printed "Jana Dvořáková Na Poříčí dvanáct", "Pieter Bakker Prinsengracht tweehonderd",
// "Nikos Pappas Ερμού δεκαπέντε", "陈明 台北市信义路五段七号" and "Reza Ahmadi ایتا rezaa": only digits were read as house
// numbers, 段 stopped the Han number, and Eitaa was no messenger. A number word after a street word, or in lower case
// after the street's capitalised name past two name words, is now a house number, cut as digits are.
import { describe, expect, it } from '@jest/globals';
import { nameHoldsContact, nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { expectNamesCutAsIfInOwnColumn } from './cut-name-check.js';

/** verifyM's cells (n2, n3, s1) and what the list prints of each. */
const TESTER: Array<[string, string]> = [
  ['Jana Dvořáková Na Poříčí dvanáct', 'Jana Dvořáková'], ['Pieter Bakker Prinsengracht tweehonderd', 'Pieter Bakker'],
  ['Kowalski Jan ul. Polna dziesięć', 'Kowalski Jan'], ['Nikos Pappas Ερμού δεκαπέντε', 'Nikos Pappas'],
  ['Karin Berg Storgatan tolv', 'Karin Berg'], ['陈明 台北市信义路五段七号', '陈明'], ['Reza Ahmadi ایتا rezaa', 'Reza Ahmadi'],
  ['Reza Karimi تلگرام @rezak', 'Reza Karimi'], ['Hana Novak Na Příkopě 12', 'Hana Novak'],
];

/** The same forms in the other languages of the table, Han numerals and messengers. */
const MORE: Array<[string, string]> = [
  ['Tom Smith Baker Street twenty-one', 'Tom Smith'], ['Klaus Weber Hauptstraße zwölf', 'Klaus Weber'],
  ['Claire Dubois rue Oberkampf dix-sept', 'Claire Dubois'], ['Lucía Fernández calle Mayor doce', 'Lucía Fernández'],
  ['Giulia Bianchi via Garibaldi tre', 'Giulia Bianchi'], ['Ana Souza Rua Augusta cem', 'Ana Souza'],
  ['Emre Kaya Atatürk Caddesi on iki', 'Emre Kaya'], ['Ivan Petrov ул. Ленина пять', 'Ivan Petrov'],
  ['Nagy Éva Petőfi utca tizenkettő', 'Nagy Éva'], ['Lars Holm Vestergade fem', 'Lars Holm'], ['Ola Nordmann Karl Johans gate tre', 'Ola Nordmann'],
  ['陈明台北市信义路五段七号', '陈明'], ['王伟北京市朝阳区建国路88号', '王伟'], ['李娜 信义路五段七号', '李娜'],
  ['Reza Ahmadi روبیکا rezaa', 'Reza Ahmadi'], ['Reza Ahmadi Soroush: rezaa', 'Reza Ahmadi'], ['Reza Ahmadi بله @rezaa', 'Reza Ahmadi'],
  ['Reza Karimi تلگرام', 'Reza Karimi'], ['Reza Ahmadi ایتا', 'Reza Ahmadi'],
];

/** Names with number words, "Na", Han numerals or a messenger's name in them: nothing is cut. */
const NAMES = ['José Carlos Dos Santos', 'Maria das Dores Dos Santos', 'Maria da Silva dos', 'Anna Maria Otto', 'Jan Pieter ten Brink',
  'Hans Elf', 'Kim Lee two hundred', 'Li Na', 'Lê Thị Na', '张三', '王五',
  // Given names in Han numerals after 村 or 路 (the benchmark's "中村 千尋" was cut to "中村" on the way here).
  '中村 千尋', '中村一郎', '路一鸣', '一番ケ瀬 太郎', 'Ali Soroush', 'سروش احمدی', 'Christian Bale', 'Gareth Bale'];

describe('house numbers spelled as words in a name cell', () => {
  it.each([...TESTER, ...MORE])('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(NAMES)('%s, a name, prints whole', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
  });

  it('prints only the names in the merged list, and counts the same people as with the address in its own column', async () => {
    expect(await expectNamesCutAsIfInOwnColumn(TESTER)).not.toMatch(/dvanáct|ایتا/u);
  });
});

// Chinese building, unit and room numbers in Han numerals, and Korean lot and flat numbers in Sino-Korean numerals
// (names23; verifyN F3): "王芳 幸福小区三栋五单元" and "김민수 역삼동 백이십삼번지" were printed whole. A Han numeral after an
// estate's or building's word before 栋, 单元, 层 or 室, and a Sino-Korean number at a word's start before 번지 (or, with
// a ten, hundred or thousand in it, before 호, 층 or 동), are read as a house number and cut with the address.
const BUILDING_NUMBERS: Array<[string, string]> = [
  ['王芳 幸福小区三栋五单元', '王芳'], ['Zhang Wei 幸福小区三栋五单元', 'Zhang Wei'], ['李明 阳光花园2号楼301室', '李明'],
  ['李明 阳光花园八号楼三零一室', '李明'], ['김민수 역삼동 백이십삼번지', '김민수'], ['Kim Minsu 역삼동 백이십삼번지', 'Kim Minsu'],
  ['박지성 123번지', '박지성'], ['박지성 백이십삼번지', '박지성'], ['Choi Yuna 101동 천이백삼호', 'Choi Yuna'],
];
/** Names with a Han or Hangul numeral before those words. */
const BUILDING_NAMES = ['王一栋', '李国栋', '이동', '김이동', '오호', '김구', '이천', '김천호', '박십호'];

describe('building, unit and lot numbers in Han and Hangul numerals in a name cell', () => {
  it.each(BUILDING_NUMBERS)('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(BUILDING_NAMES)('%s, a name, prints whole and is no contact', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
    expect(nameHoldsContact(name)).toBe(false);
  });

  it('prints only the names in the merged list, and counts the same people as with the address in its own column', async () => {
    await expectNamesCutAsIfInOwnColumn([...BUILDING_NUMBERS.slice(0, 6), ['李国栋', '李国栋']]);
  });
});
