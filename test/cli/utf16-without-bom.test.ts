// A Korean export saved as UTF-16 without a byte-order mark (mostly Hangul, so few zero bytes, some on the "wrong"
// side: 대 U+B300, 가 U+AC00) is read, in either byte order, tab or comma separated: names as typed, nobody lost.
import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { tempDir } from '../helpers/fixtures.js';
import { runMain } from '../helpers/run-main.js';

const ROWS = [
  ['이름', '주소', '서명일', '의견'],
  ['김대관', '대구광역시 수성구', '11월 초', '대한민국 정부가 나서 주십시오'],
  ['박가은', '대전광역시 유성구', '11월 초', '가족을 보고 싶습니다'],
  ['이관대', '서울특별시 관악구', '11월 중순', '대화로 해결해 주세요'],
  ['최대한', '광주광역시 북구', '11월 중순', '관심 가져 주세요'],
  ['王一丁', '대구광역시 달서구', '11월 말', '强制遣返 반대'],
];

describe('UTF-16 without a BOM, mostly Hangul', () => {
  it.each([
    ['utf-16le', '\t'], ['utf-16be', '\t'], ['utf-16le', ','], ['utf-16be', ','],
  ])('%s, separated by %j: every signer read, names intact', async (encoding, separator) => {
    const dir = tempDir();
    const file = join(dir, 'seoul-sheets.csv');
    writeFileSync(file, iconv.encode(ROWS.map((row) => row.join(separator)).join('\r\n') + '\r\n', encoding));
    const merged = join(dir, 'merged.csv');
    const result = await runMain(['dedupe', file, '-o', merged]);
    expect(result.stderr).not.toMatch(/binary|NUL/);
    // The dates are vague ("11월 초") and said so (exit 1); no row is rejected.
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/rejected/);
    const text = readFileSync(merged, 'utf8');
    for (const name of ['김대관', '박가은', '이관대', '최대한', '王一丁']) expect(text).toContain(name);
  });
});
