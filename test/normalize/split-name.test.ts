import { describe, expect, it } from '@jest/globals';
import { isEastAsianName, splitFamilyFirst } from '../../src/normalize/east-asian-name.js';
import { splitName } from '../../src/normalize/split-name.js';

describe('splitName from one full-name cell', () => {
  it.each([
    ['Jean-Luc Picard', 'Jean-Luc', 'Picard', 'given-family'],
    ['Anna Maria Kim', 'Anna Maria', 'Kim', 'given-family'],
    ['Ludwig van Beethoven', 'Ludwig', 'van Beethoven', 'given-family'],
    ['Jan van der Berg', 'Jan', 'van der Berg', 'given-family'],
    ['María de la Cruz', 'María', 'de la Cruz', 'given-family'],
    ['Madonna', 'Madonna', '', 'given-family'],
    ['Picard, Jean-Luc', 'Jean-Luc', 'Picard', 'family-given'],
    ['PARK Min-jun', 'Min-jun', 'PARK', 'family-given'],
    ['DUPONT Jean', 'Jean', 'DUPONT', 'family-given'],
    ['Jean DUPONT', 'Jean', 'DUPONT', 'given-family'],
    ['JOHN SMITH', 'JOHN', 'SMITH', 'given-family'],
    ['박민준', '민준', '박', 'family-given'],
    ['박 민준', '민준', '박', 'family-given'],
    ['남궁민', '민', '남궁', 'family-given'],
    ['황보영희', '영희', '황보', 'family-given'],
    ['제갈성렬', '성렬', '제갈', 'family-given'],
    ['선우은숙', '은숙', '선우', 'family-given'],
    ['독고영재', '영재', '독고', 'family-given'],
    ['김구', '구', '김', 'family-given'],
    ['王小明', '小明', '王', 'family-given'],
    ['欧阳修', '修', '欧阳', 'family-given'],
    ['司馬遷', '遷', '司馬', 'family-given'],
    ['欧阳小明', '小明', '欧阳', 'family-given'],
    ['山田 太郎', '太郎', '山田', 'family-given'],
    ['やまだ たろう', 'たろう', 'やまだ', 'family-given'],
  ])('%s → given %s, family %s (%s)', (name, given, family, nameOrder) => {
    expect(splitName(name)).toEqual({ name, given, family, nameOrder });
  });

  it('leaves a family-first name it cannot split safely unsplit, but still family first', () => {
    // 山田太郎 (Japanese, no space): the family name may be one, two or three characters.
    expect(splitName('山田太郎')).toEqual({ name: '山田太郎', given: '', family: '', nameOrder: 'family-given' });
    expect(splitName('やまだたろう')).toEqual({ name: 'やまだたろう', given: '', family: '', nameOrder: 'family-given' });
  });

  it('gives nothing for an empty name', () => {
    expect(splitName('')).toEqual({ name: '', given: '', family: '', nameOrder: 'given-family' });
  });
});

describe('splitName from given and family cells', () => {
  it.each([
    ['', 'Jean-Luc', 'Picard', 'Jean-Luc Picard', 'given-family'],
    ['', 'Maria', '', 'Maria', 'given-family'],
    ['', '', 'Nowak', 'Nowak', 'given-family'],
    ['', '민준', '박', '박민준', 'family-given'],
    ['', '太郎', '山田', '山田太郎', 'family-given'],
    ['Dr. Jean-Luc Picard', 'Jean-Luc', 'Picard', 'Dr. Jean-Luc Picard', 'given-family'],
  ])('name %j, given %j, family %j → printed %j (%s)', (full, given, family, printed, nameOrder) => {
    expect(splitName(full, given, family)).toEqual({ name: printed, given, family, nameOrder });
  });
});

describe('a whole name typed into one of the two name boxes', () => {
  it.each([
    ['Mark Marford', '', 'Mark', 'Marford', 'given-family'],
    ['', 'Mark Marford', 'Mark', 'Marford', 'given-family'],
    ['Anna van der Berg', '', 'Anna', 'van der Berg', 'given-family'],
    ['박 민준', '', '민준', '박', 'family-given'],
  ])('first %j, last %j → given %j, family %j', (givenCell, familyCell, given, family, nameOrder) => {
    expect(splitName('', givenCell, familyCell)).toMatchObject({ given, family, nameOrder });
  });

  it('keeps a two-word given name when the family name is there too', () => {
    expect(splitName('', 'Mary Ann', 'Smith')).toMatchObject({ given: 'Mary Ann', family: 'Smith' });
  });
});

describe('isEastAsianName / splitFamilyFirst', () => {
  it.each([
    ['박민준', true], ['山田 太郎', true], ['やまだ', true], ['佐々木', true], ['Park Min-jun', false], ['박 Min', false], ['', false],
  ])('%s written family first: %s', (name, expected) => {
    expect(isEastAsianName(name)).toBe(expected);
  });

  it('does not split a one-character name', () => {
    expect(splitFamilyFirst('박')).toEqual({ family: '', given: '' });
  });
});
