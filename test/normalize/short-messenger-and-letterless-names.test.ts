// Two ways a name cell printed what is no name (issue 11 item 7; outside tester O, F11 and F10). "Evi Sand tg evasand"
// printed a Telegram handle: tg, fb and wa, the short labels, before a lower-case handle that ends the cell are a label
// and a handle, as ig, insta and snap were. A name of Arabic tatweel ("ـــــ") was counted and printed as a dash: tatweel,
// the long vowel mark, iteration marks and the like are no letter alone, and the row is rejected as
// name_without_letters. 90 Thai marks before "Thai" drew dotted circles over the row number: marks with no letter to
// sit on are dropped.
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanText } from '../../src/normalize/clean-text.js';
import { nameHoldsContact, nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { hasLetter } from '../../src/normalize/has-letter.js';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a short messenger label and its handle at the end of a name (F11)', () => {
  it.each([['Evi Sand tg evasand', 'Evi Sand'], ['Evi Sand TG evasand', 'Evi Sand'], ['Ana Ruiz fb ana.ruiz', 'Ana Ruiz'],
    ['Ana Ruiz WA anaruiz', 'Ana Ruiz'], ['Evm Sand insta evasand_', 'Evm Sand'], ['Nina Berg ig ninaberg', 'Nina Berg'],
    ['Tom Holt snap tomholt', 'Tom Holt']])('%s prints as %s', (cell, printed) => {
    expect(nameHoldsContact(cell)).toBe(true);
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it.each(["Ngugi wa Thiong'o", 'Wa Ngugi', 'Ig Nobel', 'Kamau wa Kinyanjui', 'ngugi wa thiongo', 'Evi Sand TG', 'Tg Lim', 'Fb Ade'])(
    '%s prints whole and is no contact', (name) => {
      expect(nameWithoutContact(name)).toBe(name);
      expect(nameHoldsContact(name)).toBe(false);
    });
});

describe('letters that are no letter alone, and marks with no letter (F10)', () => {
  it.each(['ـــــ', '\u07FA\u07FA', 'ฯ', 'ๆๆ', 'ーー', '々', 'ゝゝ', '\u00B7\u00B7', '・・', 'ꞏꞏ', 'ʻʻ', 'ـ ـ ـ'])('%j has no letter', (name) => {
    expect(hasLetter(name)).toBe(false);
  });
  it.each(['佐々木', 'Hawaiʻi', 'محمـد', 'ラーメン', 'สมชาย', 'ᴬⁿⁿᵃ', 'Иван'])('%j has letters', (name) => {
    expect(hasLetter(name)).toBe(true);
  });
  it.each([['\u0E47'.repeat(90) + 'Thai', 'Thai'], [`Ken ${'\u0301'.repeat(20)}Lee`, 'Ken Lee'], ['\u0301Ana', 'Ana'],
    ['Nguyễn Thị', 'Nguyễn Thị'], ['प्रियंका', 'प्रियंका'], ['สมชาย', 'สมชาย']])('%j is cleaned to %j', (cell, cleaned) => {
    expect(cleanText(cell)).toBe(cleaned);
  });
});

describe('the tester\'s rows (verifyO iG, i7): what the list prints and counts', () => {
  it('prints no handle, rejects the tatweel name with its reason, and keeps read = rejected + accepted', async () => {
    const file = join(dir, 's.csv');
    writeFileSync(file, ['name,email,city,country,date', 'Evi Sand tg evasand,x8@ok.example,TownI,NO,2025-11-01',
      'ـــــ,p19@ok.example,Oslo,NO,2025-11-01', `${'\u0E47'.repeat(90)}Thai,p23@ok.example,Oslo,NO,2025-11-01`,
      'Anna Berg,p1@ok.example,Oslo,NO,2025-11-01', ''].join('\n'));
    const merged = join(dir, 'merged.csv');
    const rejects = join(dir, 'rejects.csv');
    const result = await runMain(['dedupe', file, '-o', merged, '--rejects', rejects]);
    expect(result.code).toBe(1);
    expect(readCsv(merged).map((row) => row.name)).toEqual(['Evi Sand', 'Thai', 'Anna Berg']);
    expect(readCsv(rejects).map((row) => row.reason)).toEqual(['name_without_letters']);
    const counted = JSON.parse((await runMain(['count', file, '--json'])).stdout);
    expect(counted).toMatchObject({ rows: 4, rejected: 1, accepted: 3, unique: 3, rejectReasons: { name_without_letters: 1 } });
  });
});
