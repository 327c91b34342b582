// What a cut left at a name's end (issue 11, names21; outside tester verifyM, F6): "Γιώργος Παπαδόπουλος οδ.", "Ravi
// Kumar Flat No.", "Sunita Devi H.No.", "Wanjiku Njeri Sanduku", "Mehmet Ali Posta" were printed in the list, the
// address after them cut. A flat, house or post-box word, a number word with the flat or house word before it, and a
// contact label at a name's end now go: after a cut with one name word before them, in a name never cut with two (so
// "Ray Phone", "Anne Line" and "Apt Singh" stay names).
import { describe, expect, it } from '@jest/globals';
import { nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { expectNamesCutAsIfInOwnColumn } from './cut-name-check.js';

/** verifyM's cells (n1, n2, n4) and what the list prints of each. */
const TESTER: Array<[string, string]> = [
  ['Γιώργος Παπαδόπουλος οδ. Ερμού 15', 'Γιώργος Παπαδόπουλος'], ['Ravi Kumar Flat No. 4 MG Road', 'Ravi Kumar'],
  ['Sunita Devi H.No. 12-3-45', 'Sunita Devi'], ['Wanjiku Njeri Sanduku la Posta 1234', 'Wanjiku Njeri'],
  ['Abdi Hassan Sanduku la Posta 55 Nairobi', 'Abdi Hassan'], ['Mehmet Ali Posta Kutusu 12 İstanbul', 'Mehmet Ali'],
];

/** Leftover words alone at the end, and after a cut with one name word before them. */
const MORE: Array<[string, string]> = [
  ['Ana García Apt', 'Ana García'], ['Anna Schmidt Wohnung', 'Anna Schmidt'], ['Ana García piso', 'Ana García'],
  ['Ivan Petrov kv.', 'Ivan Petrov'], ['Ivan Petrov кв.', 'Ivan Petrov'], ['Ivan Petrov д.', 'Ivan Petrov'], ['John Smith Flat No.', 'John Smith'],
  ['Ravi Kumar H.No.', 'Ravi Kumar'], ['John Smith Phone', 'John Smith'], ['John Smith Tel.', 'John Smith'], ['Ali Reza Telegram', 'Ali Reza'],
  ['Ali Reza تلگرام', 'Ali Reza'], ['Kim Minjun 전화', 'Kim Minjun'], ['Yuki Sato LINE', 'Yuki Sato'], ['Priya Das Signal', 'Priya Das'],
  ['Ahmed οδ. Ερμού 15', 'Ahmed'], ['Mia Schulz Hauptstraße Wohnung', 'Mia Schulz'],
];

/** Names whose last word is such a word too. */
const NAMES = ['Ray Phone', 'Anne Line', 'Anna Maria Line', 'Apt Singh', 'Kim Tae No', 'Anna Lee Piso', 'Tina Snap', 'Jun Line', 'Noah Signal'];

describe('leftover address and label words at the end of a name', () => {
  it.each([...TESTER, ...MORE])('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(NAMES)('%s, a name, prints whole', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
  });

  it('prints only the names in the merged list, and counts the same people as with the address in its own column', async () => {
    await expectNamesCutAsIfInOwnColumn([...TESTER, ['Ray Phone', 'Ray Phone']]);
  });
});
