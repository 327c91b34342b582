// A place or country cell quoted in a warning shows no contact detail (verifyP F7): an e-mail, a phone, a handle or a
// street in it is shown by its first character; a town, or a typo of a country, is quoted as written.
import { describe, expect, it } from '@jest/globals';
import { maskPlace } from '../../src/output/mask.js';

describe('maskPlace', () => {
  it.each([
    ['eva.sand@ok.no\u0007', 'e…@ok.no\u0007'],
    ['Oslo +47 912 34 567\u001b[2K', 'Oslo +…67\u001b[2K'],
    ['+82 10 1234 5634', '+…34'],
    ['+47 912 34 567 tg evasand', '+…'],
    ['Storgata 5, t.me/evasand\u0007', 'S…'],
    ['skype: eva.s', 's…'],
    ['@evasand', '@…'],
    ['Storgata 5', 'S…'],
  ])('%j is quoted as %j', (cell, shown) => {
    expect(maskPlace(cell)).toBe(shown);
  });

  it.each(['Norwy', 'Atlantis', 'Frankfurt am Main', 'Ber\u001b[31mlin', 'Thành phố Hồ Chí Minh'])('%j is quoted whole', (cell) => {
    expect(maskPlace(cell)).toBe(cell);
  });
});
