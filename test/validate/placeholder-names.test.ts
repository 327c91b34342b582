// What volunteers type for a name they could not read or that is missing ("판독불가", "illegible", "N/A", "x") is no
// name (adv14c N15): it was counted, printed in the official's list and two of them merged as one "person".
import { describe, expect, it } from '@jest/globals';
import { createNormalizer } from '../../src/normalize/create-normalizer.js';
import { validateSignature } from '../../src/validate/validate-signature.js';
import type { RawSignature } from '../../src/types.js';

function check(name: string) {
  const raw: RawSignature = { source: 'typed.csv', row: 1, line: 2, fields: { name }, extra: {} };
  return validateSignature(createNormalizer({ source: 'typed.csv' }).normalize(raw), raw);
}

describe('placeholders for a name nobody could read', () => {
  it.each([
    ['판독불가'], ['판독 불가'], ['(읽을 수 없음)'], ['이름 없음'], ['서명만 있음'], ['미기재'], ['없음'], ['illegible'], ['Unreadable'],
    ['unknown'], ['no name'], ['N/A'], ['n/a'], ['x'], ['X'], ['ilegible'], ['sin nombre'], ['ㅇㅇ'], ['ㄱ'], ['[illegible]'],
  ])('%j is rejected as no_name, quoting it', (name) => {
    const verdict = check(name);
    expect(verdict).toMatchObject({ reason: 'no_name' });
    expect(verdict?.detail).toContain(name.trim());
  });

  it.each([['Na'], ['Xi'], ['Kim Na'], ['김없음'], ['Max'], ['Ng']])('%j is a name', (name) => {
    expect(check(name)).toBeNull();
  });
});

// adv-s10 E8: "illegible" in other languages, ditto words, header words and test entries were counted as signers.
describe('cells that name nobody: illegible, a ditto, a header word, a test entry', () => {
  it.each([
    ['글씨 안보임'], ['неразборчиво'], ['Неразборчиво'], ['không đọc được'], ['không rõ'], ['判読不能'], ['読めない'], ['看不清'], ['无法辨认'], ['無法辨認'],
    ['상동'], ['위와 같음'], ['same as above'], ['Same as above.'], ['ditto'], ['Ditto'], ['do'], ['do.'], ['"'], ['〃'], ['同上'], ['idem'],
    ['Name'], ['NAME'], ['이름'], ['서명자'], ['signer'], ['Signature'], ['Full name'], ['氏名'], ['Имя'],
    ['test'], ['Test 2'], ['test test'], ['테스트'], ['홍길동'], ['asdf'], ['asdfgh'], ['Sample Signer'], ['예시'],
    ['xxx'], ['Example name'], ['Test Signer'], ['Max Mustermann'], ['테스트 서명자'],
  ])('%j is rejected as no_name, quoting it', (name) => {
    const verdict = check(name);
    expect(verdict).toMatchObject({ reason: 'no_name' });
  });

  it.each([['Kim Doe'], ['Jane Doe'], ['John Doe'], ['Richard Doe-Smith'], ['Do'], ['Steve Sample'], ['Testa Maria'], ['Nam Example-Lee'], ['홍길순'], ['Do Van An'], ['Tên Lan']])(
    '%j is a name', (name) => {
      expect(check(name)).toBeNull();
    });
});

// verifyR2 F5: what a script writes for a missing value, Korean "so-and-so", "No One", keyboard runs, answers and
// pronouns were counted while their siblings ("None", 홍길동, "Nobody", "asdf", "aaa") were not.
describe('placeholders beside the documented ones', () => {
  it.each([
    ['null'], ['NULL'], ['undefined'], ['아무개'], ['김아무개'], ['No One'], ['no-one'], ['Yes'], ['Me'], ['Myself'], ['I'], ['lol'],
    ['asdfgh jkl'], ['aaaa bbbb'], ['xyz'], ['Testy McTestface'], ['Max Muster'], ['qwertz'], ['poiuyt'], ['zzzz'], ['null null'],
  ])('%j is rejected as no_name', (name) => {
    expect(check(name)).toMatchObject({ reason: 'no_name' });
  });

  it.each([['Jan Kowalski'], ['김정은'], ['Joe Bloggs'], ['Peter Noone'], ['Jennifer Null'], ['Yui'], ['Ertz'], ['Aung Oo'], ['Mine'], ['Nadia'],
    ['Ok Taecyeon'], ['No Tae-woo'], ['Max Musterer']])('%j is a name', (name) => {
    expect(check(name)).toBeNull();
  });
});

// verifyS2 F8: stand-in names of other languages, the alphabet, laughter, a greeting and two single letters were counted.
describe('stand-ins, the alphabet, laughter and greetings typed for a name', () => {
  function checkRow(name: string, email = '', phone = '') {
    const raw: RawSignature = { source: 'typed.csv', row: 1, line: 2, fields: { name, email, phone, city: 'Seoul', country: 'KR' }, extra: {} };
    return validateSignature(createNormalizer({ source: 'typed.csv' }).normalize(raw), raw);
  }

  it.each([
    ['名無しの権兵衛'], ['名無しさん'], ['Nanashi no Gonbei'], ['가나다'], ['가나다라'], ['あいうえお'], ['Hong Gildong'], ['hahaha'], ['HAHAHA'],
    ['ha ha ha'], ['jajaja'], ['hehehe'], ['haha'], ['하하하'], ['哈哈哈'], ['xD'], ['Hello'], ['hello!'], ['Hola'], ['안녕하세요'], ['こんにちは'],
    ['你好'], ['Привет'], ['okay'], ['Thanks'], ['a b'], ['a b c'], ['A B C'], ['x y z'], ['Mickey Mouse'], ['Donald Duck'], ['Minnie Mouse'],
  ])('%j is rejected as no_name, with or without an email', (name) => {
    expect(checkRow(name)).toMatchObject({ reason: 'no_name' });
    expect(checkRow(name, 'someone@example.com')).toMatchObject({ reason: 'no_name' });
  });

  it.each([['Hi'], ['ok'], ['OK'], ['No'], ['Hey'], ['Ok.']])('%j alone on a row without email or phone is no name', (name) => {
    expect(checkRow(name)).toMatchObject({ reason: 'no_name' });
  });

  it.each([['Hi'], ['Ok'], ['No']])('%j with an email or a phone is a signer who gave a family name (옥, 노 romanized)', (name) => {
    expect(checkRow(name, 'ok.jiyeon@example.kr')).toBeNull();
    expect(checkRow(name, '', '010-1234-5678')).toBeNull();
  });

  it.each([
    ['Ok Taecyeon'], ['Hi Kim'], ['Jan Kowalski'], ['John Doe'], ['Jane Doe'], ['Иван Иванов'], ['Mario Rossi'], ['Lulu'], ['Keke Palmer'],
    ['Kaka'], ['Nana'], ['Hà Hà'], ['A B'], ['J S'], ['A. B.'], ['Ola Nordmann'], ['Okey Ndibe'], ['Oki'], ['Iroha'], ['Ha'], ['하하'],
  ])('%j is a name', (name) => {
    expect(checkRow(name)).toBeNull();
  });
});
