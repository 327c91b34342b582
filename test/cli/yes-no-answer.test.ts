// A yes/no question takes the answers of the organizer's language ("s", "sí"; "예", "네") and asks again on one it
// does not understand, instead of taking it as the default (adv15b N13).
import { describe, expect, it } from '@jest/globals';
import { promptTheme } from '../../src/cli/prompter.js';
import { translator } from '../../src/i18n/translator.js';

describe('yes/no answers', () => {
  it('reads Spanish, Korean and English answers', () => {
    const es = promptTheme(translator('es'));
    expect(['s', 'sí', 'Si', 'SÍ', 'y', 'yes'].map((a) => es.readYesNo(a, false))).toEqual([true, true, true, true, true, true]);
    expect(['n', 'no', 'No'].map((a) => es.readYesNo(a, true))).toEqual([false, false, false]);
    const ko = promptTheme(translator('ko'));
    expect(['예', '네', 'ㅇ', 'y'].map((a) => ko.readYesNo(a, false))).toEqual([true, true, true, true]);
    expect(['아니요', '아니오', '아니', 'ㄴ', 'n'].map((a) => ko.readYesNo(a, true))).toEqual([false, false, false, false, false]);
    expect(promptTheme(translator('en')).readYesNo('yes', false)).toBe(true);
  });

  it('an empty answer is the default; one it does not understand is none', () => {
    const es = promptTheme(translator('es'));
    expect(es.readYesNo('', true)).toBe(true);
    expect(es.readYesNo('  ', false)).toBe(false);
    expect(es.readYesNo('quizás', false)).toBeUndefined();
  });

  it('the hint names the letters of the language', () => {
    expect(promptTheme(translator('es')).confirm.style.defaultAnswer('y/N')).toBe('(s=sí/N=no, por defecto no)');
    expect(promptTheme(translator('ko')).confirm.style.defaultAnswer('Y/n')).toBe('(예/아니요, 기본값 예)');
  });
});
