// The wrong-day check knows an observance by any usual way of writing its name, not only the exact names it lists
// (adv-s9 N16): "International Human Rights Day", "Human Rights Day 2026", "World Day for Refugees", "Día
// Internacional de los Derechos Humanos", Korean without spaces, other languages, punctuation and case.
import { describe, expect, it } from '@jest/globals';
import { isKnownOccasion, occasionOffDay } from '../../../src/packet/letter/known-occasions.js';

const HUMAN_RIGHTS_DAY = [
  'International Human Rights Day', 'Human Rights Day 2026', 'HUMAN-RIGHTS DAY!', 'Human Rights Day, 2026', 'human rights day (UN)',
  'the 78th Human Rights Day', 'Día Internacional de los Derechos Humanos', 'Dia de los derechos humanos', 'día mundial de los derechos humanos',
  '세계인권의날', '2026 세계 인권의 날', '국제 인권의 날', '인권의 날', '세계 인권의날 (2026년)', '国际人权日', '世界人权日', '人權日',
  'Journée internationale des droits de l\'homme', 'Internationaler Tag der Menschenrechte', 'Giornata internazionale dei diritti umani',
  'Dia Internacional dos Direitos Humanos', 'Ｈｕｍａｎ Ｒｉｇｈｔｓ Ｄａｙ', 'Human  Rights   Day',
];
const WORLD_REFUGEE_DAY = [
  'World Day for Refugees', 'World Refugees Day', 'International Refugee Day', 'Refugee Day 2026', 'Día Mundial del Refugiado',
  '세계난민의날', '2026 세계 난민의 날', 'Journée mondiale du réfugié', 'Giornata mondiale del rifugiato', 'Dia Mundial do Refugiado',
];

describe('an observance written another way', () => {
  it.each(HUMAN_RIGHTS_DAY)('%s on 4 December is Human Rights Day on the wrong day', (name) => {
    expect(occasionOffDay(name, '2026-12-04')).toEqual({ occasion: name, observed: '2026-12-10', date: '2026-12-04' });
    expect(occasionOffDay(name, '2026-12-10')).toBeNull();
    expect(isKnownOccasion(name)).toBe(true);
  });

  it.each(WORLD_REFUGEE_DAY)('%s on 1 October is World Refugee Day on the wrong day', (name) => {
    expect(occasionOffDay(name, '2026-10-01')).toMatchObject({ observed: '2026-06-20' });
  });

  it('"UN Day in Support of Torture Victims" is the torture victims\' day', () => {
    expect(occasionOffDay('UN Day in Support of Torture Victims', '2026-06-01')).toMatchObject({ observed: '2026-06-26' });
  });

  it.each(['Human Rights Week', 'A delivery for human rights', 'Refugee Week', 'North Korean Defectors\' Day', '인권 주간', 'Human Rights Watch', 'Day'])(
    '%s is no known observance', (name) => {
      expect(occasionOffDay(name, '2026-12-04')).toBeNull();
    },
  );
});
