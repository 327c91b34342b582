import { describe, expect, it } from '@jest/globals';
import { repeatedHeaderTest } from '../../src/read/repeated-header.js';

const header = ['번호', '이름', '이메일', '주소', '서명일'];

describe('repeatedHeaderTest', () => {
  it.each([
    ['the header as written', header, true],
    ['with stray spaces and another case', ['번호 ', ' 이름', '이메일', '주소', '서명일'], true],
    ['with one cell left empty', ['', '이름', '이메일', '주소', '서명일'], true],
    ['a signer', ['3', '박지호', '', '서울', '2025. 11. 01.'], false],
    ['a signer whose name is the first header cell', ['번호', '박지호', '', '서울', '2025. 11. 01.'], false],
  ])('%s', (_label, cells, expected) => {
    expect(repeatedHeaderTest(header)(cells)).toBe(expected);
  });

  it('ignores case in Latin headers', () => {
    expect(repeatedHeaderTest(['Name', 'Email', 'City'])(['NAME', 'email', 'City'])).toBe(true);
  });
});
