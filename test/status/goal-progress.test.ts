import { describe, expect, it } from '@jest/globals';
import { goalProgress } from '../../src/status/goal-progress.js';

describe('goalProgress', () => {
  it.each([
    ['a number, not reached', 200000, 191329, {}, false, null],
    ['a number, reached', 200000, 200000, {}, true, null],
    // The European Citizens' Initiative: one million in all and minimums in at least seven member states.
    ['ECI: total and minimums, 2 of 3 countries enough', { total: 1000, countries: { DE: 300, FR: 200, PL: 100 }, minCountries: 2 }, 1200, { DE: 350, FR: 150, PL: 120 }, true, 2],
    ['ECI: minimums met in too few countries', { total: 1000, countries: { DE: 300, FR: 200, PL: 100 }, minCountries: 3 }, 1200, { DE: 350, FR: 150, PL: 120 }, false, 2],
    ['minimums without minCountries: all listed needed', { countries: { KR: 10, US: 5 } }, 40, { KR: 15, US: 4 }, false, 1],
    ['a listed country with no signers at all', { countries: { KR: 1 } }, 0, {}, false, 0],
  ])('%s', (_label, goal, total, byCountry, reached, countriesReached) => {
    const progress = goalProgress(goal, total, byCountry);
    expect(progress.reached).toBe(reached);
    if (countriesReached !== null) expect(progress.countriesReached).toBe(countriesReached);
  });

  it('reports each country with what it has and needs', () => {
    const progress = goalProgress({ countries: { KR: 10, US: 5 }, minCountries: 1 }, 19, { KR: 15, US: 4 });
    expect(progress.countries).toEqual([
      { country: 'KR', goal: 10, have: 15, reached: true },
      { country: 'US', goal: 5, have: 4, reached: false },
    ]);
    expect(progress.countriesNeeded).toBe(1);
    expect(progress.total).toBeNull();
  });
});
