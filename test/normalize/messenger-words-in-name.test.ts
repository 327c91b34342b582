// Messenger handles and labels in a name cell, in the scripts they are typed in (issue 11, names23; outside tester
// verifyN, F5): "Omid Zand سروش omidzand", "David Levi טלגרם davidlevi" and "Sara Cohen וואטסאפ 0521234567" printed the
// handle or the label in the list, and "Raj IMO", "Sunny BBM PIN", "Nima Rad آیدی" the label a cut left behind. A
// messenger's name in Persian, Arabic, Hebrew, Russian, Korean, Japanese, Chinese or Thai letters ends the name; Soroush
// and Bale in Persian letters end a name written in other letters; a messenger's name before a word in lower case or in
// another script is a handle's label. Names that are such words stay whole.
import { describe, expect, it } from '@jest/globals';
import { nameHoldsContact, nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { expectNamesCutAsIfInOwnColumn } from './cut-name-check.js';

/** verifyN's cells (p3, p12, F5) and what the list prints of each. */
const TESTER: Array<[string, string]> = [
  ['Omid Zand سروش omidzand', 'Omid Zand'], ['David Levi טלגרם davidlevi', 'David Levi'], ['Ali Reza تلگرام @alireza', 'Ali Reza'],
  ['Иван Петров телеграм ivanpetrov', 'Иван Петров'], ['Sara Cohen וואטסאפ 0521234567', 'Sara Cohen'],
  ['Nima Rad آیدی تلگرام nimarad', 'Nima Rad'], ['Mina Hosseini سروش mina.h', 'Mina Hosseini'], ['Raj IMO raj_k', 'Raj'],
  ['Sunny BBM PIN 2A3B4C5D', 'Sunny'],
];

/** The labels alone, and the same class in more scripts and messengers. */
const MORE: Array<[string, string]> = [
  ['Nima Rad آیدی', 'Nima Rad'], ['Mina Hosseini سروش', 'Mina Hosseini'], ['Raj IMO', 'Raj'], ['Sunny BBM PIN', 'Sunny'], ['Kim Line ID', 'Kim'],
  ['امید سروش omidzand', 'امید'], ['Raj IMO 0912345678', 'Raj'], ['Somchai Lek วอทส์แอพ somchai', 'Somchai Lek'],
  ['Иван Петров вотсап +79161234567', 'Иван Петров'], ['Kim Minjun 왓츠앱 kim88', 'Kim Minjun'], ['Ali Hassan واتساب', 'Ali Hassan'],
  ['Yossi Levi סיגנל', 'Yossi Levi'], ['Chen Jie 电报 chenjie', 'Chen Jie'], ['Yuki Mori テレグラム yukimori', 'Yuki Mori'],
  ['Ivan Orlov сигнал', 'Ivan Orlov'], ['Leila Farah فيسبوك leila.farah', 'Leila Farah'],
];

/** Names whose words are messengers' names too. */
const NAMES = ['Line Idris', 'Imo Obi', 'Chidi Imo', 'CHIDI IMO', 'Anne Line', 'Noah Signal', 'Viber Anna', 'Ali Soroush', 'سروش احمدی', 'علی سروش',
  'Gareth Bale', 'Line Hansen', 'Anna Line de Vries'];

describe('messenger handles and labels in a name, in any script', () => {
  it.each([...TESTER, ...MORE])('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(NAMES)('%s, a name, prints whole and is no contact', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
    expect(nameHoldsContact(name)).toBe(false);
  });

  it('prints only the names in the merged list, and counts the same people as with the handle in its own column', async () => {
    await expectNamesCutAsIfInOwnColumn([...TESTER, ['Imo Obi', 'Imo Obi']]);
  });
});
