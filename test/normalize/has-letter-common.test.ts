import { describe, expect, it } from '@jest/globals';
import { COMMON_LETTER, hasLetter, hasVisibleLetter } from '../../src/normalize/has-letter.js';

// hasLetter answers from COMMON_LETTER without walking the name: each character it takes must be a letter the walk
// takes too, alone and beside marks, fillers and letters that are no letter on their own.
describe('hasLetter on the common scripts', () => {
  const common = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((ch) => COMMON_LETTER.test(ch));

  it('takes only characters that are a letter by themselves', () => {
    expect(common.length).toBeGreaterThan(30_000);
    expect(common.filter((ch) => !hasVisibleLetter(ch))).toEqual([]);
  });

  it.each([['ー'], ['々'], ['ـ'], ['ㅤ'], ['-'], ['+44 7700 900123'], ['ๆ'], ['ʻ']])('still finds no letter in %j', (text) => {
    expect(hasLetter(text)).toBe(false);
    expect(hasLetter(`${text}${text}`)).toBe(hasVisibleLetter(`${text}${text}`));
  });

  it.each([['Anna'], ['김민준'], ['Олег'], ['Ελένη'], ['王伟'], ['ーア'], ['ᴬ'], ['ⁿ'], ['Nguyễn']])('finds the letter in %j', (text) => {
    expect(hasLetter(text)).toBe(true);
    expect(hasVisibleLetter(text)).toBe(true);
  });
});
