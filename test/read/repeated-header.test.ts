import { describe, expect, it } from '@jest/globals';
import { headerAgainTest, repeatedHeaderTest } from '../../src/read/repeated-header.js';

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

describe('headerAgainTest', () => {
  const english = ['name', 'email', 'city', 'country', 'date'];
  it.each([
    ['the header as written', english, 'same'],
    ['the header in Korean, same order', ['이름', '이메일', '도시', '국가', '서명일'], 'same'],
    ['the header in Spanish, other spellings', ['Nombre', 'Correo electrónico', 'Ciudad', 'País', 'Fecha'], 'same'],
    ['the header in another column order', ['email', 'name', 'country', 'city', 'date'], 'reordered'],
    ['the header in Korean, another order', ['이메일', '이름', '국가', '도시', '서명일'], 'reordered'],
    ['a signer', ['Kim Minjun', 'kim@x.example', 'Seoul', 'KR', '2025-11-01'], null],
    ['a signer named like a column', ['Name', 'kim@x.example', 'Seoul', 'KR', '2025-11-01'], null],
  ])('%s', (_label, cells, expected) => {
    expect(headerAgainTest(english)(cells)).toBe(expected);
  });
});

describe('a row of form hints under the header', () => {
  const korean = ['번호', '성명', '연락처', '주소', '서명일'];
  const english = ['No.', 'Name', 'Email', 'City', 'Date'];
  it.each([
    [korean, ['', '(한글)', '(이메일)', '(시/군)', '(YYYY.MM.DD)']],
    [korean, ['번호', '(한글)', '(이메일, 선택)', '(시/군)', '']],
    [korean, ['', '정자로 써 주세요', '', '', '']],
    [korean, ['', '［성명］', '〈전화〉', '【주소】', '']],
    [korean, ['', '', '', '', '0000.00.00']],
    [english, ['', '(please print)', '(optional)', '', '']],
    [english, ['', 'Please print clearly', 'optional', '', 'dd/mm/yyyy']],
    [english, ['', 'BLOCK CAPITALS', '', '', 'DD-MM-YYYY']],
    [english, ['', 'Por favor, letra clara', '(opcional)', '', 'dd/mm/aaaa']],
    [english, ['', 'Bitte in Druckbuchstaben', 'freiwillig', '', 'TT.MM.JJJJ']],
    [english, ['', 'en majuscules SVP', 'facultatif', '', 'JJ/MM/AAAA']],
    [english, ['', '(e.g. Anna Smith)', '(e.g. anna@example.org)', '', '']],
  ])('rejects %j / %j as hints', (header, cells) => {
    expect(headerAgainTest(header)(cells)).toBe('hints');
  });

  it.each([
    ['1', 'Anna Smith', 'anna@example.org', 'Leeds', '01/11/2025'],
    ['2', '(anonymous)', '', 'York', ''],
    ['', '(익명)', '', '(서울)', ''],
    ['3', 'Mary Print', '', 'Optional Lane', '2025-11-01'],
    ['4', '김한글', '', '서울', '2025.11.01'],
    ['', '김정자', '', '', ''],
    ['', 'Mary Print', '', '', ''],
  ])('keeps the signer row %j', (...cells) => {
    expect(headerAgainTest(english)(cells)).toBeNull();
  });
});
