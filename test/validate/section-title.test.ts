import { describe, expect, it } from '@jest/globals';
import { titleSign } from '../../src/validate/section-title.js';

describe('titleSign: text that heads a section and cannot be a name', () => {
  it.each([
    ['— 부산 집회 3월 5일 —', 'decoration'],
    ['– Leeds –', 'decoration'],
    ['== Seoul ==', 'decoration'],
    ['★ 서울역 ★', 'decoration'],
    ['서울 집회 (3월 9일)', 'date'],
    ['5/3 Seoul', 'date'],
    ['Leeds, 14:00', 'date'],
    ['March 9', 'date'],
    ['9 de marzo', 'date'],
    ['광화문 집회', 'words'],
    ['Rally at Leeds station', 'words'],
    ['Concentración en Madrid', 'words'],
    ['Signatures collected outside the town hall on the second Saturday of the month by the youth group', 'long'],
  ])('"%s" is a title (%s)', (text, sign) => {
    expect(titleSign(text)).toBe(sign);
  });

  it.each(['김가람', 'Ann Lee', 'Smith–Jones', 'Kim*', '김민지 -', 'Jean-Pierre Lefèvre', "O'Brien", 'María de los Ángeles Fernández de Córdoba y Montenegro', 'Marcha Ruiz', 'Anna 2', 'Henry 8th'])(
    '"%s" is a name', (text) => {
      expect(titleSign(text)).toBeNull();
    });
});
