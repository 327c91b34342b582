import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  createFoldMemo, foldText, orderFreeKeyOfFolded, orderFreeKeyOfParts, orderFreeNameKey,
} from '../../src/normalize/fold.js';

/** The Unicode fold without the ASCII shortcut, to check the shortcut changes nothing. */
function referenceFold(text: string): string {
  const extra: Record<string, string> = { ß: 'ss', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', æ: 'ae', Æ: 'ae' };
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[ßøØłŁđĐæÆ]/g, (c) => extra[c] ?? c)
    .toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

describe('foldText', () => {
  it.each([
    ['Ordóñez', 'ordonez'],
    ['Ordo\u0301n\u0303ez', 'ordonez'],
    ['Straße', 'strasse'],
    ['Łukasz Øster', 'lukasz oster'],
    ['Đorđević', 'dordevic'],
    ['Ærø', 'aero'],
    ['  Jean-Luc   PICARD ', 'jean luc picard'],
    ["O'Brien", 'o brien'],
    ['박민준', '박민준'],
    ['Ἀλέξανδρος', 'αλεξανδρος'],
    ['', ''],
    ['---', ''],
  ])('%s → %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('gives the same result on ASCII text as the full Unicode fold', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (text) => foldText(text) === referenceFold(text)));
  });
});

describe('orderFreeNameKey', () => {
  it.each([
    ['Park Min-jun', 'Min-jun Park'],
    ['Jean-Luc Picard', 'PICARD, Jean-Luc'],
    ['José Ordóñez', 'ORDONEZ Jose'],
    ['Anna Maria Kim', 'Kim Anna Maria'],
  ])('%s and %s have one key', (a, b) => {
    expect(orderFreeNameKey(a)).toBe(orderFreeNameKey(b));
  });

  it('keeps different names apart', () => {
    expect(orderFreeNameKey('Anna Kim')).not.toBe(orderFreeNameKey('Anna Kimm'));
  });
});

describe('order-free keys from folded parts', () => {
  it('equal orderFreeNameKey of the joined name', () => {
    const word = fc.stringMatching(/^[a-z]{1,6}( [a-z]{1,6})?$/);
    fc.assert(fc.property(word, word, (given, family) =>
      orderFreeKeyOfParts(given, family) === orderFreeNameKey(`${given} ${family}`)));
  });

  it.each([
    ['', 'kim', 'kim'], ['anna', '', 'anna'], ['', '', ''], ['b a', 'c', 'a b c'],
  ])('(%s, %s) → %s', (given, family, key) => {
    expect(orderFreeKeyOfParts(given, family)).toBe(key);
  });

  it('sorts three or more words', () => {
    expect(orderFreeKeyOfFolded('c b a')).toBe('a b c');
  });
});

describe('createFoldMemo', () => {
  it('folds like foldText, also past its size limit', () => {
    const fold = createFoldMemo(2);
    for (const text of ['Ordóñez', 'Müller', 'Straße', 'Ordóñez', 'Anna']) expect(fold(text)).toBe(foldText(text));
  });
});
