// A delivery's goal checked against the counts: a total, and per-country minimums met in enough countries (as the ECI requires).
import type { Goal } from '../campaign/campaign-schema.js';

export interface CountryProgress {
  country: string;
  goal: number;
  have: number;
  reached: boolean;
}

export interface GoalProgress {
  total: { goal: number; have: number; reached: boolean } | null;
  countries: CountryProgress[];
  /** How many countries must reach their minimum: `minCountries`, or all listed when left out. */
  countriesNeeded: number;
  countriesReached: number;
  reached: boolean;
}

export function goalProgress(goal: Goal, total: number, uniqueByCountry: Record<string, number>): GoalProgress {
  const spec = typeof goal === 'number' ? { total: goal } : goal;
  const totalProgress = spec.total !== undefined ? { goal: spec.total, have: total, reached: total >= spec.total } : null;
  const countries = Object.entries(spec.countries ?? {}).map(([country, minimum]) => {
    const have = uniqueByCountry[country] ?? 0;
    return { country, goal: minimum, have, reached: have >= minimum };
  });
  const countriesNeeded = countries.length === 0 ? 0 : Math.min(spec.minCountries ?? countries.length, countries.length);
  const countriesReached = countries.filter((c) => c.reached).length;
  const reached = (totalProgress?.reached ?? true) && countriesReached >= countriesNeeded;
  return { total: totalProgress, countries, countriesNeeded, countriesReached, reached };
}
