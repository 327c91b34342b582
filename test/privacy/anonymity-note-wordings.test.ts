// A note typed into the name cell asking not to be named, in the wordings of the petition's signers (en, ko, es,
// de, fr, zh, ja), in brackets, after a dash or glued onto a Han or Hangul name: the note is the tick. Before, many
// of these printed the name with the note beside it ("김민수 (이름 빼주세요)", "王小明（请匿名）",
// "山田太郎（名前を公開しないでください）", "Hans Müller (bitte Namen weglassen)", "Kim Minsu (no name please)").
import { afterAll, describe, expect, it } from '@jest/globals';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures.js';
import { readCsv } from '../helpers/read-csv.js';
import { runMain } from '../helpers/run-main.js';

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** [name cell, the name left once the note is off], one signer each, far apart so no two are a pair to review. */
const NOTED: ReadonlyArray<[string, string]> = [
  ['Kim Minsu (no name please)', 'Kim Minsu'],
  ['Sarah Lee (prefer not to be named)', 'Sarah Lee'],
  ['Tom Baker — withhold', 'Tom Baker'],
  ['김민수 (이름 공개하지 마세요)', '김민수'],
  ['이영희 (이름 빼주세요)', '이영희'],
  ['박서준 (이름은 가려 주세요)', '박서준'],
  ['최지우익명', '최지우'],
  ['José Pérez (ocultar nombre)', 'José Pérez'],
  ['María López (no quiero que aparezca mi nombre)', 'María López'],
  ['Hans Müller (bitte Namen weglassen)', 'Hans Müller'],
  ['Anna Weber (nicht öffentlich)', 'Anna Weber'],
  ['Lena Vogel - bitte anonym', 'Lena Vogel'],
  ['Marie Martin (nom non publié)', 'Marie Martin'],
  ['王小明（请匿名）', '王小明'],
  ['李华 不要公开我的名字', '李华'],
  ['张伟（姓名请保密）', '张伟'],
  ['陈静请勿公开姓名', '陈静'],
  ['山田太郎（名前を公開しないでください）', '山田太郎'],
  ['佐藤花子 (匿名でお願いします)', '佐藤花子'],
  ['鈴木一郎（非公開で）', '鈴木一郎'],
  ['高橋美咲（名前は伏せて）', '高橋美咲'],
];
/** Names that hold such words and are names. */
const NAMES = ['Private Ryan', 'Hide Tanaka', 'Pat Rather', 'Amy Notley', 'Bo Lee (Seoul office)'];

describe('an anonymity note in the name cell, in the signers\' languages', () => {
  it('hides each noted signer under the name without the note, and leaves the names that only look like notes', async () => {
    const file = join(dir, 'notes.csv');
    const all = [...NOTED.map(([cell]) => cell), ...NAMES];
    writeFileSync(file, `name,email,country\n${all.map((cell, i) => `"${cell}",signer${i}@example.org,KR`).join('\n')}\n`);
    const merged = join(dir, 'merged.csv');
    const result = await runMain(['dedupe', file, '-o', merged]);
    expect(result.code).toBe(1);
    const rows = readCsv(merged);
    // A note that asks nothing is still no part of the name (verifyS2 F1): "(Seoul office)" is taken off, the signer shown.
    expect(rows.map((row) => [row.name, row.anonymous])).toEqual([
      ...NOTED.map(([, name]) => [name, 'yes']),
      ...NAMES.map((name) => [name.replace(' (Seoul office)', ''), 'no']),
    ]);
    expect(result.stderr).toMatch(new RegExp(`${NOTED.length} names carry a note asking for anonymity`));
  });
});
