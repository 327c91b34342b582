// verifyR2 F1 and F3: name cells that ask not to be named in words the vocabularies missed (lookalike letters, emoji,
// spaced letters, hiding words with fillers, stand-ins, a request with its reason), masked names, and names no person
// has; and the real names beside them that must stay names.
import { describe, expect, it } from '@jest/globals';
import { readNameCell } from '../../src/normalize/anonymous-name.js';
import { isMaskedName } from '../../src/normalize/masked-name.js';
import { isPlausiblePersonName } from '../../src/normalize/plausible-name.js';
import { parseFlag } from '../../src/normalize/parse-flag.js';

describe('readNameCell (verifyR2 F1)', () => {
  it.each([
    'Hidden name', 'Undisclosed', '비밀', '숨김', 'Скрыть', 'Prywatne', 'Άγνωστος', 'Nepoznat', 'Anónimo/a', '\u0410nonymous', 'Anonymous🙏',
    'A n o n y m o u s', 'Skrytý', 'Gizli Kişi', 'Ukryty Podpis', 'Anon Y.', 'Guest', 'гость', 'Supporter', 'A concerned citizen', 'A friend',
    'Someone who cares', 'Somebody', 'Mr X', 'Ms. X', '북한 가족 때문에 비공개', '익명을 원함', '익명의 서명자', '이름 안 밝힘', '무명씨', '가명',
    'Name withheld for safety reasons', 'Withheld (family in NK)', 'Anonymous for safety', 'Anónimo por seguridad', 'Secret signer',
    'Anonymní podpis', 'Không tên',
  ])('%j names nobody', (cell) => {
    expect(readNameCell(cell)).toEqual({ name: cell, noted: false, onlyAnonymity: true });
  });

  it.each([
    'Tom Anon', 'Pat Hidden', 'Anon Suksai', 'Hide', 'Mr. Smith', 'Sofia Anonimo', 'Paul Privé', 'Piotr Anonim', 'Mia Incognito', 'Ayşe Özel',
    'A Smith', 'Guest Smith', 'Bob Guest', 'Anna Friend', 'Jan Secret', 'Per Hansen', 'Ana Por', 'Mr Xu', 'Xavier', 'Maria de la Cruz', '김민수',
    'J R R T', 'Sonia Anonymous-Smith',
  ])('%j is a name', (cell) => {
    expect(readNameCell(cell)).toEqual({ name: cell, noted: false, onlyAnonymity: false });
  });
});

describe('isMaskedName (verifyR2 F3)', () => {
  it.each(['김○○', '김**', '김*수', '이 OO', '박 ㅇㅇ', '박 \u110b\u110b', 'K***', 'J. S.', 'JS', 'J S', 'Kari N.', 'L.', 'Mr. K', 'Ms. P.', 'Park M.',
    'Dr. H.', 'Ivan P.', 'И. П.', 'A. A.', 'Y.K.', '김 씨', '최씨', 'Mrs Smith'])('%j is masked', (name) => {
    expect(isMaskedName(name)).toBe(true);
  });
  it.each(['김철수', 'Kevin Knox', 'Lee', 'Anne', 'M.-J. Park', 'J. Smith', 'Ren? Dupont', 'Bo', 'ED', '최지우'])('%j is not', (name) => {
    expect(isMaskedName(name)).toBe(false);
  });
});

describe('isPlausiblePersonName', () => {
  it.each(['Tessa Quill', 'anna rossi', 'Maria de la Cruz', 'Ludwig van Beethoven', '남궁 민수', '김민수', 'María José García de la Fuente'])('%j may be a person', (name) => {
    expect(isPlausiblePersonName(name)).toBe(true);
  });
  it.each(['북한 가족 때문에', 'Supporter from Busan', 'Quiet signer', 'Room 12 Smith', 'One of the many who care about this'])('%j is no one', (name) => {
    expect(isPlausiblePersonName(name)).toBe(false);
  });
});

describe('a Korean consent column (verifyR2 F12)', () => {
  it.each([['동의', true], ['동의함', true], ['예', true], ['미동의', false], ['비동의', false], ['동의하지 않음', false], ['아니오', false]])('%j is %j', (value, agrees) => {
    expect(parseFlag(value)).toBe(agrees);
  });
});
