// The prompt library's own words (key hints, yes/no) are said in the organizer's language too.
import { describe, expect, it } from '@jest/globals';
import { promptTheme } from '../../src/cli/prompter.js';
import { translator } from '../../src/i18n/translator.js';

const INQUIRER_KEYS: Array<[string, string]> = [['↑↓', 'navigate'], ['⏎', 'select']];

describe('the prompts\' own help', () => {
  it('names the keys of a choice in Korean and Spanish', () => {
    expect(promptTheme(translator('ko')).select.style.keysHelpTip(INQUIRER_KEYS)).toBe('↑↓ 이동 • ⏎ 선택');
    expect(promptTheme(translator('es')).select.style.keysHelpTip(INQUIRER_KEYS)).toBe('↑↓ moverse • ⏎ elegir');
    expect(promptTheme(translator('en')).select.style.keysHelpTip(INQUIRER_KEYS)).toBe('↑↓ navigate • ⏎ select');
  });

  it('says what y and n mean, and the answer given, in the language', () => {
    const korean = promptTheme(translator('ko'));
    expect(korean.confirm.style.defaultAnswer('Y/n')).toBe('(예/아니요, 기본값 예)');
    expect(korean.confirm.style.defaultAnswer('y/N')).toBe('(예/아니요, 기본값 아니요)');
    expect([korean.yesNo(true), korean.yesNo(false)]).toEqual(['예', '아니요']);
    expect(promptTheme(translator('es')).yesNo(true)).toBe('Sí');
  });
});
