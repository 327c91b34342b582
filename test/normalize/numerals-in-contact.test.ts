// House numbers and phone numbers written in other numerals (issue 11, names20; outside tester K, F7 and F9). The name
// and place checks read ASCII digits, so "Anna ①②③④⑤⑥⑦⑧", "Wang Wei 一三八一二三四五六七八", "John Smith five five five
// zero one zero zero" and "李娜 北京市朝阳区建国路八十八号" were printed whole in the list. Every Unicode decimal digit, the
// circled, superscript and subscript digits, seven Chinese numerals in a row, a Chinese house number before 号 and five
// digits spelled out are read as digits first; a phone label in Hebrew or Hindi left after the cut goes with it.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { holdsContact, nameWithoutContact, withAsciiDigits } from '../../src/normalize/contact-in-place.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const TESTER: Array<[string, string]> = [
  ['李娜 北京市朝阳区建国路八十八号', '李娜'], ['مریم احمدی خیابان ولیعصر پلاک ۱۲', 'مریم احمدی'], ['سارا محمدی بلوار کشاورز ۱۲', 'سارا محمدی'],
  ['Reza ۰۹۱۲۳۴۵۶۷۸۹', 'Reza'], ['Wang Wei 一三八一二三四五六七八', 'Wang Wei'], ['Wang Li 壹叁捌壹贰叁肆伍陆柒捌', 'Wang Li'],
  ['John Smith five five five zero one zero zero', 'John Smith'], ['Anna ①②③④⑤⑥⑦⑧', 'Anna'], ['Cara ⁰¹²³⁴⁵⁶⁷⁸', 'Cara'],
  ['Fay ⓪①②③④⑤⑥⑦', 'Fay'], ['Bea טלפון 0521234567', 'Bea'], ['Dee फ़ोन 9876543210', 'Dee'], ['Eve 𝟙𝟚𝟛𝟜𝟝𝟞𝟟𝟠', 'Eve'],
];

describe('numbers in other numerals', () => {
  it.each(TESTER)('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
  });

  it('prints none of them in the merged list', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'names.csv');
      writeFileSync(file, `name,email,country\n${TESTER.map(([cell], i) => `"${cell}",p${i}@x.example,DE`).join('\n')}\n`);
      const merged = join(dir, 'merged.csv');
      await runMain(['dedupe', file, '-o', merged]);
      const lines = readFileSync(merged, 'utf8').replace(/^\uFEFF/u, '').split('\n').filter(Boolean);
      const column = lines[0].split(',').indexOf('name');
      expect(lines.slice(1).map((line) => line.split(',')[column].replace(/^"|"$/gu, '')).sort()).toEqual(TESTER.map(([, printed]) => printed).sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a phone in Chinese numerals in a city cell as contact data', () => {
    expect(holdsContact('一三八一二三四五六七八')).toBe(true);
  });

  it('folds each script\'s digits by value and leaves names with numerals in them whole', () => {
    expect(withAsciiDigits('۰۱۲ ٣٤٥ १२ １２ 𝟗 ③ ⁷')).toBe('012 345 12 12 9 3 7');
    expect(withAsciiDigits('建国路八十八号 长安街一百零五号')).toBe('建国路88号 长安街105号');
    for (const name of ['张三', '李四五', 'One Two', 'Nine Zero Five', '三郎']) expect(nameWithoutContact(name)).toBe(name);
  });
});
