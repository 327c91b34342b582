// Fellegi-Sunter weights: how much each field's agreement level says about two rows being one person.
//
// A level's weight is log2(m/u) bits: m = how often the level occurs for two rows of one person, u = how
// often for two different people. Most m and u below are documented defaults (close to what Splink estimates
// on FEBRL and on petition-like data); u for exact agreement is the value's own frequency in the data
// (term frequency), smoothed towards a prior so small files are not over-trusted: two "Kim"s agree far
// more often by chance than two "Haengbok"s, and Kim, Lee and Park cover half of Korea, so the prior for
// a Korean family name is its population share.

export interface LevelWeight {
  level: string;
  weight: number;
}

const log2 = Math.log2;
const bits = (m: number, u: number): number => log2(m / u);

/** Fixed weights of the levels that do not depend on the value. */
export const LEVEL_BITS = {
  given: {
    romanized: bits(0.04, 0.0008),
    nickname: bits(0.04, 0.0004),
    firstWord: bits(0.03, 0.003),
    jw92: bits(0.05, 0.003),
    jw85: bits(0.02, 0.01),
    initial: bits(0.02, 0.01),
    // FEBRL-style data replaces a given name outright in some copies; -5 bits lets the address outvote it.
    disagree: bits(0.03, 0.98),
  },
  family: {
    romanized: bits(0.03, 0.0005),
    jw92: bits(0.05, 0.002),
    jw85: bits(0.02, 0.01),
    disagree: bits(0.03, 0.98),
  },
  /** Given and family name written the other way round: rarer than the usual order, so slightly less trusted. */
  swapped: -1,
  email: {
    exact: bits(0.7, 0.00005),
    oneEdit: bits(0.1, 0.0002),
    sameLocalPart: bits(0.1, 0.001),
    // People sign with a work address once and a home address once: a different email is weak evidence.
    disagree: bits(0.25, 0.99),
  },
  postcode: { oneEdit: bits(0.05, 0.01), disagree: bits(0.02, 0.98) },
  city: { jw90: bits(0.06, 0.003), disagree: bits(0.06, 0.97) },
  region: { disagree: bits(0.04, 0.8) },
  street: { jw90: bits(0.1, 0.001), jw80: bits(0.04, 0.02), disagree: bits(0.06, 0.97) },
  street2: { jw90: bits(0.05, 0.002), disagree: bits(0.15, 0.99) },
  country: { disagree: bits(0.02, 0.5) },
  // Typed dates slip by a digit, swap day and month, or are a few days or a year off.
  birthDate: {
    oneEdit: bits(0.06, 0.0015),
    dayMonthSwapped: bits(0.01, 0.0002),
    withinMonth: bits(0.03, 0.002),
    withinYear: bits(0.03, 0.02),
    disagree: bits(0.02, 0.97),
  },
  idNumber: { oneEdit: bits(0.06, 0.00001), disagree: bits(0.04, 0.999) },
} as const;

/** m for exact agreement, and the u prior and floor per field, for term-frequency weights. */
export const EXACT_AGREEMENT = {
  given: { m: 0.85, prior: 0.004, floor: 0.00005 },
  family: { m: 0.88, prior: 0.002, floor: 0.00005 },
  postcode: { m: 0.9, prior: 0.002, floor: 0.00005 },
  city: { m: 0.88, prior: 0.01, floor: 0.0001 },
  region: { m: 0.95, prior: 0.1, floor: 0.01 },
  street: { m: 0.8, prior: 0.0002, floor: 0.00002 },
  street2: { m: 0.75, prior: 0.002, floor: 0.0001 },
  birthDate: { m: 0.9, prior: 0.00005, floor: 0.00002 },
  idNumber: { m: 0.9, prior: 0.00001, floor: 0.00001 },
} as const;

/** How many rows' worth of the prior is mixed into a value's observed frequency. */
const PRIOR_STRENGTH = 100;

/** log2(m / u) for exact agreement on each value, from its count among `total` filled cells. */
export function termFrequencyBits(
  counts: ArrayLike<number>,
  total: number,
  agreement: { m: number; prior: number; floor: number },
  priorOf?: (id: number) => number,
): Float64Array {
  const out = new Float64Array(counts.length);
  for (let id = 0; id < counts.length; id++) {
    const prior = priorOf?.(id) || agreement.prior;
    const u = Math.max(agreement.floor, (counts[id] + PRIOR_STRENGTH * prior) / (total + PRIOR_STRENGTH));
    out[id] = bits(agreement.m, Math.min(u, agreement.m));
  }
  return out;
}

export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
