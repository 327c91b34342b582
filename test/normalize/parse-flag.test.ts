import { describe, expect, it } from '@jest/globals';
import { parseFlag, readAnonymous } from '../../src/normalize/parse-flag.js';

describe('parseFlag', () => {
  it.each([
    ['yes', true], ['Yes', true], ['Y', true], ['true', true], ['TRUE', true], ['1', true], ['x', true], ['X', true], ['✓', true],
    ['예', true], ['네', true], ['sí', true], ['si', true], ['ja', true], ['oui', true],
    ['no', false], ['No', false], ['false', false], ['0', false], ['아니요', false], ['아니오', false], ['nein', false],
    ['non', false], ['n', false],
    ['maybe', null], ['', null], ['  ', null], [undefined, null],
  ])('%j → %j', (text, expected) => {
    expect(parseFlag(text)).toBe(expected);
  });
});

describe('readAnonymous', () => {
  it.each([
    ['anonymous yes', 'yes', {}, true],
    ['anonymous 예', '예', {}, true],
    ['anonymous no', 'no', {}, false],
    ['no anonymous cell', undefined, {}, false],
    ['empty anonymous cell', '', {}, false],
    ['mapped visibility "visible: no" is anonymous', 'visible: no', {}, true],
    ['mapped visibility "visible: yes" is not', 'Visible: Yes', {}, false],
    ['mapped visibility "public: nein" is anonymous', 'public: nein', {}, true],
    ['unmapped Visible column: no', undefined, { Visible: 'no' }, true],
    ['unmapped Visible column: yes', undefined, { Visible: 'yes' }, false],
    ['unmapped Zichtbaar column: nee', undefined, { Zichtbaar: 'nee' }, true],
    ['unmapped public column: 0', undefined, { public: '0' }, true],
    ['other extra columns do not count', undefined, { Comment: 'no' }, false],
    ['the anonymous cell wins over a Visible column', 'no', { Visible: 'no' }, false],
  ])('%s', (_label, cell, extra, anonymous) => {
    expect(readAnonymous(cell, extra as Record<string, string>)).toMatchObject({ anonymous, unrecognised: '' });
  });

  it('reports a value that is neither yes nor no, with its column, and counts it as not anonymous', () => {
    expect(readAnonymous('perhaps', {})).toEqual({ anonymous: false, unrecognised: 'perhaps', column: 'anonymous' });
    expect(readAnonymous(undefined, { Visible: 'only friends' })).toEqual({ anonymous: false, unrecognised: 'only friends', column: 'Visible' });
  });
});
