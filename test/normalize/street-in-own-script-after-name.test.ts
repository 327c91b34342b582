// A street written in the name's own script, without a number, after a name written as one word (issue 11, left27;
// outside tester): "王伟 长安街", "김민수 세종대로" and "山田太郎 中央通り" printed the street in the signature list. A Han,
// Hangul or Japanese name written as one word is whole (family and given name), so the street word after it is an
// address, as it is after two words of a name. After a family name alone the word is a given name ("王 一路", "김 한길").
import { describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameHoldsContact, nameWithoutContact } from '../../src/normalize/contact-in-place.js';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';
import { expectNamesCutAsIfInOwnColumn } from './cut-name-check.js';

/** The tester's cells, their siblings in each script and with the place written before the street. */
const STREETS: Array<[string, string]> = [
  ['王伟 长安街', '王伟'], ['김민수 세종대로', '김민수'], ['山田太郎 中央通り', '山田太郎'],
  ['王芳 长安街', '王芳'], ['李娜 中山路', '李娜'], ['张伟 人民大道', '张伟'], ['陈静 南锣鼓巷胡同', '陈静'], ['欧阳修 长安街', '欧阳修'],
  ['박지영 테헤란로', '박지영'], ['이서준 종로', '이서준'], ['최유리 인사동길', '최유리'], ['남궁민 강남대로', '남궁민'],
  ['佐藤花子 銀座丁目', '佐藤花子'], ['たなかゆき 本町通り', 'たなかゆき'], ['鈴木一郎 中央番地', '鈴木一郎'],
  ['王伟 北京市朝阳区', '王伟'], ['王伟 北京市 长安街', '王伟'], ['김민수 서울 세종대로', '김민수'], ['「王伟」 长安街', '「王伟」'],
  // Roads of three syllables that start with a surname's syllable (session 18): a given name rarely ends in 로, and a
  // place word before a name-like road makes it a road.
  ['김민수 양화로', '김민수'], ['김민수 한강로', '김민수'], ['이지은 서울 양화로', '이지은'], ['박서준 마포구 양화로', '박서준'],
  ['이지은 서울 한길', '이지은'], ['Jimin Park 마포구 한강로', 'Jimin Park'],
];

/**
 * Names: a family name alone before a given name that ends as a street word does ("王 一路", "김 한길", "欧阳 修路",
 * "남궁 한길"), a given name of two characters ending in 路 or 街 ("王芳 一路"), a Korean name of three syllables after
 * another name ("김민수 박한길"), a street word in another script's name, and names that start with a street's word.
 */
const NAMES = ['王 一路', '王 安街', '김 길', '김 한길', '欧阳 修路', '남궁 한길', '王芳 一路', '山田 美路', '김민수 박한길', '路遥', '街亭',
  '王芳', '김민수', '山田太郎', '路 遥', '王 芳', 'Kim 한길', '王芳 Lu'];

describe('a street in the name\'s own script after a name written as one word', () => {
  it.each(STREETS)('%s prints as %s', (cell, printed) => {
    expect(nameWithoutContact(cell)).toBe(printed);
    expect(nameHoldsContact(cell)).toBe(true);
  });

  it.each(NAMES)('%s, a name, prints whole and is no contact', (name) => {
    expect(nameWithoutContact(name)).toBe(name);
    expect(nameHoldsContact(name)).toBe(false);
  });

  it('prints only the names in the merged list, and counts the same people as with the street in its own column', async () => {
    await expectNamesCutAsIfInOwnColumn([...STREETS.slice(0, 12), ['王 一路', '王 一路'], ['김 한길', '김 한길']]);
  });

  it('warns naming the file, the rows and the column, and exits 1, as for a street in Latin letters', async () => {
    const dir = tempDir();
    try {
      const file = join(dir, 'signers.csv');
      writeFileSync(file, 'name,email,city,country\n王伟 长安街,wang@example.cn,北京,CN\n김민수 세종대로,minsu@example.kr,서울,KR\n'
        + '山田太郎 中央通り,yamada@example.jp,東京,JP\n王 一路,yilu@example.cn,北京,CN\n');
      const result = await runMain(['dedupe', file, '-o', join(dir, 'merged.csv')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('signers.csv, row 1, line 2, column "name": 3 name cells hold contact details');
      expect(result.stderr).toContain('(rows 1, 2, 3)');
      expect(result.stderr).not.toMatch(/长安街|세종대로|中央通り/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
