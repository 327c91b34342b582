import { describe, expect, it } from '@jest/globals';
import { isNameShaped, titleSign } from '../../src/validate/section-title.js';

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
    ['광화문 촛불집회', 'words'],
    ['— 부산 집회 3월 5일 —', 'decoration'],
    ['*** Busan ***', 'decoration'],
    ['Seoul Rally March 9', 'date'],
    ['Day 2', 'counter'],
    ['Page 2', 'counter'],
    ['2쪽', 'counter'],
    ['Second day', 'counter'],
    ['Rally 2', 'counter'],
    ['Día 3', 'counter'],
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

  // testerA verifyA/f2: every one of these is a signer who gave only a name; a word for a gathering is a surname too.
  const testerNames = ['Jorge Vigil', 'Eliana Vigil', 'Luis Jornada', 'Rally Ng', 'Sam Rally', 'Tim Meeting', 'Lee Protest',
    'Pilar Mitin', 'Ernesto Manifestación', 'Ana Concentración Pérez', 'Heidi Mahnwache', 'Ines Kundgebung', 'Joy Event',
    'Tom Session', 'Ana Vigil-Ortiz', 'María de la Concentración', 'Juan Vigilia', 'Rally', 'Vigil', 'Max March-Rally',
    '집회', '이행사', 'Day', 'Page Smith', 'Anna 2'];
  it.each(testerNames)('"%s" is a name: a word for a gathering alone makes no title', (text) => {
    expect(titleSign(text)).toBeNull();
  });

  it.each(['박서준', 'Eve Merged Across', 'Ann Lee', "Anne-Marie O'Neil", 'Lee, Ann', '王小明'])('"%s" has the shape of a name', (text) => {
    expect(isNameShaped(text)).toBe(true);
  });

  it.each(['— 부산 집회 3월 5일 —', '서울 집회 (3월 9일)', 'Jorge Vigil', '광화문 촛불집회', 'Leeds group 2', 'The Leeds group, Saturday afternoon'])(
    '"%s" has not the shape of a name', (text) => {
      expect(isNameShaped(text)).toBe(false);
    });
});
