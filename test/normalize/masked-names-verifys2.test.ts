// verifyS2 F4: the mask reader missed the Korean initial-consonant mask and the masks of CJK text, and a mask printed
// alone came out as conjoining jamo.
import { describe, expect, it } from '@jest/globals';
import { cleanText } from '../../src/normalize/clean-text.js';
import { withCompatibilityJamo } from '../../src/normalize/compatibility-jamo.js';
import { isMaskedName } from '../../src/normalize/masked-name.js';
import { initialsFitGiven } from '../../src/dedupe/fuzzy/given-initials.js';

describe('isMaskedName (verifyS2 F4)', () => {
  it.each([
    '권ㅁㅈ', '권 ㅁㅈ', '권ㅁ지', '권민ㅈ', '남궁ㅁㅈ', '권 -', '권 —', '권△△', '권〇〇', '권☆☆', '권某', '李某', '李某某', '田中 某', 'Kwon ___', '권___', 'Kwon -',
    'María S-',
  ])('%j is masked, as typed and as cleanText reads it', (name) => {
    expect(isMaskedName(name)).toBe(true);
    expect(isMaskedName(cleanText(name))).toBe(true);
  });
  it.each(['권민지', '李明', '李小明', 'Jean-Pierre Dupont', 'Anna Smith-Jones', 'Mary-Kate Olsen', "O'Neil", 'Ji-ho Park', 'Ruth Ann', 'Jane Doe'])('%j is not', (name) => {
    expect(isMaskedName(name)).toBe(false);
  });
});

describe('withCompatibilityJamo', () => {
  it('prints a jamo without its syllable as the keyboard types it', () => {
    expect(withCompatibilityJamo(cleanText('권ㅁㅈ'))).toBe('권ㅁㅈ');
    expect(cleanText('권ㅁㅈ')).not.toBe('권ㅁㅈ');
    expect(withCompatibilityJamo('ᄀ ᅡ ᆪ')).toBe('ㄱ ㅏ ㄳ');
  });
  it('leaves syllables and other letters as they are', () => {
    expect(withCompatibilityJamo('권민지 Kwon')).toBe('권민지 Kwon');
  });
});

describe('initialsFitGiven', () => {
  it.each([['M.J.', 'Minji'], ['MJ', 'Minji'], ['M.-J.', 'Min-ji'], ['M. J.', 'Min Ji'], ['JP', 'Jean-Pierre']])('%j are the initials of %j', (initials, given) => {
    expect(initialsFitGiven(initials, given)).toBe(true);
  });
  it.each([['SH', 'Minji'], ['MS', 'Minji'], ['M', 'Minji'], ['Mj', 'Minji'], ['MJ', 'MJ'], ['JM', 'Minji']])('%j are not the initials of %j', (initials, given) => {
    expect(initialsFitGiven(initials, given)).toBe(false);
  });
});
