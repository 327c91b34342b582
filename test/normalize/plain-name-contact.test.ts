// A plain name (letters, marks, spaces, hyphens, apostrophes, dots) skips the parts of the contact search that read
// digits (issue #13): the verdict must be the full search's on any name, whatever words it is built from.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { nameHoldsContact, nameHoldsContactFullSearch } from '../../src/normalize/contact-in-place.js';
import { EXPORT_CASES } from '../corpus/cases.js';

/** The names the corpus cases expect in merged.csv, split into words. */
const CORPUS_WORDS = [...new Set(EXPORT_CASES.flatMap((c) => c.names ?? []).flatMap((name) => name.split(/\s+/u)).filter(Boolean))];
const NAME_WORDS = ['Anna', 'Kim', 'Jean-Luc', "O'Neil", 'd’Arc', 'J.R.R.', 'St.', 'St.John', 'Dr', 'de', 'la', 'van', '박민준', '山田', '太郎',
  'Иванов', 'Ørsted', 'Brontë', 'Nguyễn', 'Văn', 'An', 'Hà', 'José', 'Müller', 'e\u0301', 'Ata', 'Dot', 'Post', 'Malone', 'Line', 'Idris', 'Igidio'];
/** Street and dwelling words of the languages the search reads (before and after a street's name). */
const STREET_WORDS = ['Street', 'St', 'Road', 'rd.', 'Avenue', 'Calle', 'Rue', 'Via', 'Apt', 'Flat', 'Unit', 'Hauptstraße', 'Kalverstraat', 'ul.',
  'улица', 'ул.', 'út', 'utca', 'Cad.', 'Sokak', 'đường', 'Phố', 'شارع', '테헤란로', '역삼동', '아파트', '南京路', '丁目', '番地', '号', '號', 'c/o', 'Postfach',
  'Na', 'Poříčí', 'Prinsengracht', 'Storgatan', 'Bahnhofstr.', 'Lindenweg', 'Hartweg', 'Fő', 'utca', 'Weg', 'gate', 'рухова', 'ул', 'Ленина', 'רחוב',
  'הרצל', 'شارع', 'الحمراء', 'calle', 'Paz', '信义路五段', '五段', '七号', '陈明', '台北市', '八十八', '十二番地', '一鸣', '中村一郎', '建国路', '三巷'];
/** Messenger names, labels, mail providers and the words that spell out an e-mail address. */
const CONTACT_WORDS = ['Kakao', 'KakaoTalk', 'ID', 'id', '카톡', '라인', 'LINE', 'line', 'WeChat', '微信', 'Telegram', 'Signal', 'WhatsApp', 'Zalo',
  'ТГ', 'vk', 'ig', 'qq', 'Threads', 'tel.', 'Tel', 'email', 'mail', 'gmail', 'naver', 'web', 'at', 'AT', 'dot', 'DOT', 'arroba', 'punto', 'chez',
  'point', 'kissa', 'punt', 'nl', 'com', 'gmail.com', 'ziggo.nl', 'example.kr', 'bob.example.com', 'ana.lopez', '골뱅이', '닷컴', '점', 'アット',
  'ドット', '艾特', '点', 'five', 'zero', 'One', 'nine', 'dvanáct', 'tweehonderd', 'dziesięć', 'δεκαπέντε', 'Elf', 'Dos', 'Otto', 'No.',
  'Nr.', 'H.No.', 'οδ.', 'Phone', 'Tel.', 'LINE', 'piso', 'Piso', 'ایتا', 'تلگرام', 'سروش', 'Soroush', 'eitaa', '一', '三', '八', '十', '二', '〇', '壹', '叁', 'maimai', 'ivanp'];
/** What is not in a plain name, so that both paths of the search are compared. */
const OTHER_PIECES = ['5', '12', '555', '010-1234-5678', '@', '＠', ':', '：', '#', '/', '(at)', '[dot]', '_', '①', '٣', '１', ',', '☎'];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CORPUS_WORDS, ...NAME_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...STREET_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...CONTACT_WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...OTHER_PIECES) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '-', '.', "'", '’', '', '. ');
const name = fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: 7 })
  .map((parts) => parts.map(([w, s]) => w + s).join('').trim());

describe('nameHoldsContact on plain names', () => {
  it('agrees with the full search on names built from corpus names, street words and messenger words', () => {
    fc.assert(fc.property(name, (text) => nameHoldsContact(text) === nameHoldsContactFullSearch(text)), { numRuns: 20_000, seed: 1321 });
  });

  it.each([
    ['Anna Kim', false], ['J.R.R. Tolkien', false], ['Line Dupont', false], ['Kakao ID lee', true], ['Ana at gmail dot com', true],
    ['kim골뱅이naver', true], ['Ivan тел', true], ['Jan kissa ziggo punt nl', true], ['five five five zero one zero zero', true],
    ['一三八一二三四五六七八', true], ['三丁目', true], ['Anna Line Idris', false], ['Ola Threads olaola', true], ['Bob bob.example.com', true],
    ['Jana Dvořáková Na Poříčí dvanáct', true], ['Mia Schulz Hauptstraße', true], ['陈明台北市信义路五段七号', true],
  ])('finds what the full search finds in %s', (text, holds) => {
    expect(nameHoldsContactFullSearch(text)).toBe(holds);
    expect(nameHoldsContact(text)).toBe(holds);
  });
});
