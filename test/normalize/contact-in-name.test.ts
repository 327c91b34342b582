// A street address, messenger ID or web domain typed into a name cell is cut from the name, as e-mails and phone
// numbers are (tester F4): the name is printed in the public signature list. Real names stay whole.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameHoldsContact, nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

describe('contact data in a name cell', () => {
  it.each([
    ['Ann 123 Main St Apt 4', 'Ann'],
    ['Lee 서울시 강남구 테헤란로 123', 'Lee'],
    ['김민구 테헤란로 123', '김민구'],
    ['Bob bob.example.com', 'Bob'],
    ['Bob www.example.org/me', 'Bob'],
    ['Lee Kakao ID: lee1234', 'Lee'],
    ['Mina Cho (KakaoTalk ID lee_88)', 'Mina Cho'],
    ['Wang Wei WeChat: wangwei88', 'Wang Wei'],
    ['Ana Ruiz Telegram ID @anaruiz', 'Ana Ruiz'],
    ['Max Muster, Hauptstraße 5', 'Max Muster'],
    ['Pedro Gil Calle Mayor 5, 3º B', 'Pedro Gil'],
    ['박지호 101동 1203호', '박지호'],
    ['Tom Flat 3', 'Tom'],
  ])('%s is cut to %j', (cell, name) => {
    expect(nameHoldsContact(cell)).toBe(true);
    expect(nameWithoutContact(cell)).toBe(name);
  });

  it.each(['Lee', 'St. John', 'Line Dupont', 'Signal', 'Ann St. Clair', 'J.R.R. Tolkien', 'Kakao Lee', 'Via Anna', 'Mary Dr',
    'Louis XIV', 'Jean-Paul II', '이로운', 'Court Lane', 'Mr.Kim', 'A.Co'])('%s stays a name', (cell) => {
    expect(nameHoldsContact(cell)).toBe(false);
  });
});

describe('dedupe of names holding contact data', () => {
  it('prints no address, ID or domain, warns, and rejects a name that is only an ID', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'names.csv');
      writeFileSync(file, 'name,email,country\nBob bob.example.com,b1@x.example,US\nAnn 123 Main St Apt 4,a1@x.example,US\n'
        + 'Lee 서울시 강남구 테헤란로 123,l1@x.example,KR\nKakao ID: lee1234,l2@x.example,KR\nLine Dupont,ld@x.example,FR\n');
      const merged = join(dir, 'merged.csv');
      const result = await runMain(['dedupe', file, '-o', merged, '--clusters', join(dir, 'clusters.csv')]);
      expect(result.code).toBe(1);
      const names = readFileSync(merged, 'utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[3]);
      expect(names).toEqual(['Bob', 'Ann', 'Lee', 'Line Dupont']);
      expect(result.stderr).toMatch(/3 name cells hold contact details/);
      expect(readFileSync(join(dir, 'clusters.csv'), 'utf8')).toMatch(/,4,rejected,,name_is_contact/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a messenger name followed by a word that begins with "id"', () => {
  // "Line" (a Norwegian given name) or "ig" before a word beginning "Id…" read as "LINE ID ris": the signer vanished.
  it.each(['Line Idris', 'Anna Line Idris', 'Igidio Rossi', 'Qqidan Li', 'Signal Idowu'])('%s is a name and prints whole', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
    expect(nameHoldsContact(name)).toBe(false);
  });

  it.each([['Kim ID: kim123', 'Kim'], ['Anna Kakao ID kim123', 'Anna'], ['Wang Wei 微信号wangwei88', 'Wang Wei']])('%s still loses its messenger ID', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });
});
