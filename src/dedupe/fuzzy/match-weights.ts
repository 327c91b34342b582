// Fellegi-Sunter weights: how much each field's agreement level says about two rows being one person.
//
// A level's weight is log2(m/u) bits: m = how often the level occurs for two rows of one person, u = how
// often for two different people. The m and u below are priors for petition data: when two signatures come
// from one person, a different postcode, given name, family name, country or an other address on the same
// email provider is rare, while strangers disagree on them almost always. They are the starting point of the
// estimate made on each data set (estimate-weights.ts) and the fallback where a file is too small to learn
// from. Exact agreement is weighed by the value's own frequency (term frequency): two "Kim"s agree far more
// often by chance than two "Haengbok"s, and Kim, Lee and Park cover half of Korea, so the prior for a
// Korean family name is its population share.

export interface LevelWeight {
  level: string;
  weight: number;
}

/** The compared fields and their agreement levels, the first always exact agreement. */
export const FIELD_LEVELS = {
  given: ['exact', 'romanized', 'nickname', 'first-word', 'initial', 'jw92', 'jw85', 'disagree'],
  family: ['exact', 'romanized', 'jw92', 'jw85', 'disagree'],
  email: ['exact', 'one-edit', 'same-local-part', 'other-address-same-provider', 'disagree'],
  postcode: ['exact', 'one-edit', 'disagree'],
  city: ['exact', 'jw90', 'disagree'],
  region: ['exact', 'disagree'],
  street: ['exact', 'jw90', 'jw80', 'disagree'],
  street_line_2: ['exact', 'jw90', 'disagree'],
  country: ['exact', 'disagree'],
  birth_date: ['exact', 'one-edit', 'day-month-swapped', 'within-a-month', 'within-a-year', 'disagree'],
  id_number: ['exact', 'one-edit', 'disagree'],
} as const;

export type FieldName = keyof typeof FIELD_LEVELS;
export const FIELDS = Object.keys(FIELD_LEVELS) as FieldName[];
export const FIELD_INDEX = Object.fromEntries(FIELDS.map((field, i) => [field, i])) as Record<FieldName, number>;

/** m and u of each level, in the order of FIELD_LEVELS; each list sums to 1 (the field being filled on both rows). */
export interface LevelProbabilities {
  m: number[];
  u: number[];
}

export type FieldProbabilities = Record<FieldName, LevelProbabilities>;

/** Prior m (one person) and u (two people) per level. */
export const PRIOR: FieldProbabilities = {
  given: {
    m: [0.86, 0.025, 0.03, 0.02, 0.015, 0.03, 0.012, 0.008],
    u: [0.004, 0.0008, 0.0004, 0.003, 0.01, 0.003, 0.01, 0.9688],
  },
  family: {
    m: [0.9, 0.03, 0.045, 0.015, 0.01],
    u: [0.002, 0.0005, 0.002, 0.01, 0.9855],
  },
  // A person signs with a home address once and a work address once: another provider is weak evidence. Two
  // addresses on one provider (two Gmail accounts) are rarer for one person than for two people.
  email: {
    m: [0.7, 0.05, 0.05, 0.02, 0.18],
    u: [0.00005, 0.0002, 0.001, 0.2, 0.79875],
  },
  postcode: { m: [0.92, 0.06, 0.02], u: [0.002, 0.01, 0.988] },
  city: { m: [0.88, 0.07, 0.05], u: [0.01, 0.005, 0.985] },
  region: { m: [0.95, 0.05], u: [0.1, 0.9] },
  street: { m: [0.8, 0.1, 0.04, 0.06], u: [0.0002, 0.001, 0.02, 0.9788] },
  street_line_2: { m: [0.75, 0.05, 0.2], u: [0.002, 0.002, 0.996] },
  country: { m: [0.985, 0.015], u: [0.4, 0.6] },
  // Typed dates slip by a digit, swap day and month, or are a few days or a year off.
  birth_date: {
    m: [0.9, 0.04, 0.01, 0.02, 0.01, 0.02],
    u: [0.00005, 0.0015, 0.0002, 0.002, 0.02, 0.97625],
  },
  id_number: { m: [0.9, 0.06, 0.04], u: [0.00001, 0.00001, 0.99998] },
};

/** Given and family name written the other way round: rarer than the usual order, so slightly less trusted. */
export const SWAPPED_NAME_BITS = -1;

/** The u floor of exact agreement on one value, per field: no value is rarer than one in this many. */
export const EXACT_FLOOR: Record<FieldName, number> = {
  given: 0.00005, family: 0.00005, email: 0.00001, postcode: 0.00005, city: 0.0001, region: 0.01,
  street: 0.00002, street_line_2: 0.0001, country: 0.001, birth_date: 0.00002, id_number: 0.00001,
};

/** How many rows' worth of the prior is mixed into a value's observed frequency. */
const PRIOR_STRENGTH = 100;

/** Bits of every level of every field, from m and u. */
export function levelBits(probabilities: FieldProbabilities): Record<FieldName, Float64Array> {
  const out = {} as Record<FieldName, Float64Array>;
  for (const field of FIELDS) {
    const { m, u } = probabilities[field];
    out[field] = Float64Array.from(m, (mi, level) => Math.log2(mi / u[level]));
  }
  return out;
}

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
    out[id] = Math.log2(agreement.m / Math.min(u, agreement.m));
  }
  return out;
}

/** Exact agreement of a field: its m, the prior u of one value, and the floor. */
export function exactAgreement(probabilities: FieldProbabilities, field: FieldName): { m: number; prior: number; floor: number } {
  return { m: probabilities[field].m[0], prior: PRIOR[field].u[0], floor: EXACT_FLOOR[field] };
}

export function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
