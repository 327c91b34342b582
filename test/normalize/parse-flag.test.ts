import { describe, expect, it } from '@jest/globals';
import { parseFlag, readAnonymous } from '../../src/normalize/parse-flag.js';

describe('parseFlag', () => {
  it.each([
    ['yes', true], ['Yes', true], ['Y', true], ['true', true], ['TRUE', true], ['1', true], ['x', true], ['X', true], ['✓', true],
    ['예', true], ['네', true], ['sí', true], ['si', true], ['ja', true], ['oui', true],
    ['no', false], ['No', false], ['false', false], ['0', false], ['아니요', false], ['아니오', false], ['nein', false],
    ['non', false], ['n', false], ['Нет', false], ['да', true], ['Да', true],
    ['maybe', null], ['', null], ['  ', null], [undefined, null],
  ])('%j → %j', (text, expected) => {
    expect(parseFlag(text)).toBe(expected);
  });
});

describe('readAnonymous', () => {
  it.each([
    ['anonymous yes', 'yes', [], true],
    ['anonymous 예', '예', [], true],
    ['anonymous no', 'no', [], false],
    ['no anonymous cell', undefined, [], false],
    ['empty anonymous cell', '', [], false],
    ['mapped visibility "visible: no" is anonymous', 'visible: no', [], true],
    ['mapped visibility "visible: yes" is not', 'Visible: Yes', [], false],
    ['mapped visibility "public: nein" is anonymous', 'public: nein', [], true],
    ['a further "Visible" column: no', undefined, [{ column: 'Visible', answer: 'visible: no' }], true],
    ['a further "Visible" column: yes', undefined, [{ column: 'Visible', answer: 'visible: yes' }], false],
    ['a further "Zichtbaar" column: nee', undefined, [{ column: 'Zichtbaar', answer: 'visible: nee' }], true],
    ['a further "public" column: 0', undefined, [{ column: 'public', answer: 'visible: 0' }], true],
    ['a further "Hide my name" column: yes beside anonymous: no', 'no', [{ column: 'Hide my name', answer: 'yes' }], true],
    // The most private choice wins: "anonymous: no" does not outvote "Visible: no".
    ['anonymous: no beside Visible: no', 'no', [{ column: 'Visible', answer: 'visible: no' }], true],
    ['anonymous: no beside Visible: yes', 'no', [{ column: 'Visible', answer: 'visible: yes' }], false],
    ['anonymous: yes beside Visible: yes', 'yes', [{ column: 'Visible', answer: 'visible: yes' }], true],
  ])('%s', (_label, cell, more, anonymous) => {
    expect(readAnonymous(cell, more)).toMatchObject({ anonymous, unrecognised: '' });
  });

  it.each([
    ['○'], ['◯'], ['O'], ['o'], ['Ｏ'], ['V'], ['v'], ['√'], ['✓'], ['✔'], ['☑'], ['비공개'], ['ㅇ'], ['예'], ['네'],
    ['yes'], ['ja'], ['sí'], ['oui'], ['1'], ['true'], ['TRUE'],
  ])('the tick %j asks for anonymity, silently', (tick) => {
    expect(readAnonymous(tick)).toEqual({ anonymous: true, unrecognised: '', column: 'anonymous' });
  });

  it.each([[''], ['0'], ['no'], ['nein'], ['아니오'], ['false'], ['공개']])('%j is a clear no', (cell) => {
    expect(readAnonymous(cell)).toEqual({ anonymous: false, unrecognised: '', column: cell === '' ? '' : 'anonymous' });
  });

  it('a value that is not a clear no makes the signer anonymous and is reported as typed', () => {
    expect(readAnonymous('perhaps')).toEqual({ anonymous: true, unrecognised: 'perhaps', column: 'anonymous' });
    expect(readAnonymous('●')).toEqual({ anonymous: true, unrecognised: '●', column: 'anonymous' });
    // A Hangul letter as typed (U+3141), not NFKC's conjoining jamo (U+1106) that prints differently.
    expect(readAnonymous('ㅁ').unrecognised).toBe('\u3141');
    expect(readAnonymous(undefined, [{ column: 'Visible', answer: 'visible: only friends' }])).toEqual({ anonymous: true, unrecognised: 'only friends', column: 'Visible' });
    expect(readAnonymous('visible: maybe')).toEqual({ anonymous: true, unrecognised: 'maybe', column: 'anonymous' });
  });

  it('an X is unclear: a tick in many places, "no" in Korean O/X columns; anonymous, and reported (adv14 D18)', () => {
    for (const x of ['X', 'x', 'Ｘ', '×']) expect(readAnonymous(x)).toEqual({ anonymous: true, unrecognised: x, column: 'anonymous' });
    expect(readAnonymous(undefined, [{ column: 'Visible', answer: 'visible: X' }])).toEqual({ anonymous: true, unrecognised: 'X', column: 'Visible' });
  });

  // A cross can say "no" in a yes/no column and "marked" in a box: either way it is no clear "show my name".
  const CROSSES = ['✗', '✘', '❌', '❎', '✕', '✖', '✖\uFE0F', '☓', '×', '⨯', '🗙', '🗴', '🗵', '🗷', '⮽'];
  it.each(CROSSES)('the cross %j in an anonymity column hides the name and is reported', (mark) => {
    expect(readAnonymous(mark)).toMatchObject({ anonymous: true, unrecognised: mark.normalize('NFC').trim() });
  });

  it.each([...CROSSES, '☒'])('the cross %j in a visibility column hides the name and is reported', (mark) => {
    expect(readAnonymous(undefined, [{ column: 'Show name', answer: `visible: ${mark}` }])).toMatchObject({ anonymous: true, column: 'Show name' });
    expect(readAnonymous(undefined, [{ column: 'Show name', answer: `visible: ${mark}` }]).unrecognised).not.toBe('');
  });

  it.each(['✅', '☑\uFE0F', '🗸', '🗹', '⭕', '〇', '◎'])('the check or circle %j in an anonymity column asks for anonymity, silently', (mark) => {
    expect(readAnonymous(mark)).toEqual({ anonymous: true, unrecognised: '', column: 'anonymous' });
  });

  it.each(['☐', '□', '⬜', '◻'])('the empty box %j is no clear answer: hidden and reported', (mark) => {
    expect(readAnonymous(mark)).toMatchObject({ anonymous: true });
    expect(readAnonymous(mark).unrecognised).not.toBe('');
  });

  it('a visibility column reads 공개 as shown and 비공개 as anonymous, not flipped', () => {
    expect(readAnonymous(undefined, [{ column: '공개', answer: 'visible: 비공개' }]).anonymous).toBe(true);
    expect(readAnonymous(undefined, [{ column: '공개', answer: 'visible: 공개' }]).anonymous).toBe(false);
    expect(readAnonymous(undefined, [{ column: '공개', answer: 'visible: ○' }]).anonymous).toBe(false);
  });
});
