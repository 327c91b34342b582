// How common a name is among the signers it is compared with. Exact agreement on a name weighs log2(m / u), u the
// name's frequency; a name's frequency differs by country ("Chen Meiling" is rare among all signers but common in
// Taipei), so two rows of one country are weighed by the name's frequency among that country's rows, once the
// country has enough rows to say.

import type { FuzzyRecords } from './fuzzy-records.js';
import { ShardedMap } from '../sharded-map.js';

/** Rows a country needs before its own name frequencies replace the whole file's. */
const MIN_COUNTRY_ROWS = 200;
/** How many rows' worth of the prior is mixed into a value's observed frequency. */
const PRIOR_STRENGTH = 100;

export const GIVEN_NAME = 0;
export const FAMILY_NAME = 1;
/** A name used as given name on one row and family name on the other: its frequency in both columns. */
export const EITHER_PART = 2;

export interface NameAgreement {
  m: number;
  prior: number;
  floor: number;
}

export class NameFrequencies {
  private readonly canonicalCount: number;
  /** Per kind: count of (country, canonical name), keyed country * canonicalCount + canonical. */
  private readonly counts: Array<ShardedMap<number, number>> = [new ShardedMap(), new ShardedMap(), new ShardedMap()];
  private readonly countryTotals: Array<Map<number, number>> = [new Map(), new Map(), new Map()];
  private readonly globalCounts: Float64Array[];
  private readonly globalTotals: number[];
  private readonly countryRows = new Map<number, number>();
  /** Bits already worked out, per country slot (0: the whole file), per canonical name and kind; NaN until asked. */
  private readonly cache: Array<Float64Array | undefined> = [];
  /** Per country id, its slot in the cache: its own (country + 1) once it has enough rows, else the whole file's (0). */
  private readonly slotOfCountry: Int32Array;

  constructor(
    records: FuzzyRecords,
    private readonly shareOf: (canonical: number) => number,
    private agreement: [NameAgreement, NameAgreement, NameAgreement],
  ) {
    const names = records.names;
    const canonicalOf = names.canonicalId;
    this.canonicalCount = names.canonical.size;
    const given = records.columns.given.view();
    const family = records.columns.family.view();
    const country = records.columns.country.view();
    this.globalCounts = [new Float64Array(this.canonicalCount), new Float64Array(this.canonicalCount), new Float64Array(this.canonicalCount)];
    this.globalTotals = [0, 0, 0];
    for (let row = 0; row < given.length; row++) {
      const c = country[row];
      if (c >= 0) this.countryRows.set(c, (this.countryRows.get(c) ?? 0) + 1);
      const parts: Array<[number, number]> = [[GIVEN_NAME, given[row]], [FAMILY_NAME, family[row]]];
      for (const [kind, part] of parts) {
        if (part < 0) continue;
        const canonical = canonicalOf[part];
        if (canonical < 0) continue;
        for (const k of [kind, EITHER_PART]) {
          this.globalCounts[k][canonical]++;
          this.globalTotals[k]++;
          if (c >= 0) {
            const key = c * this.canonicalCount + canonical;
            this.counts[k].set(key, (this.counts[k].get(key) ?? 0) + 1);
            this.countryTotals[k].set(c, (this.countryTotals[k].get(c) ?? 0) + 1);
          }
        }
      }
    }
    this.slotOfCountry = new Int32Array(records.countries.values.length);
    for (const [c, rows] of this.countryRows) if (rows >= MIN_COUNTRY_ROWS) this.slotOfCountry[c] = c + 1;
  }

  /** New m for exact agreement (weights learned or changed). */
  useAgreement(agreement: [NameAgreement, NameAgreement, NameAgreement]): void {
    this.agreement = agreement;
    this.cache.length = 0;
  }

  /** Bits of exact agreement on `canonical` as `kind`, for two rows of `country` (-1: unknown or not the same). */
  bits(canonical: number, kind: number, country: number): number {
    const slot = country >= 0 ? this.slotOfCountry[country] : 0;
    const local = slot > 0;
    let known = this.cache[slot];
    if (!known) this.cache[slot] = known = new Float64Array(this.canonicalCount * 3).fill(Number.NaN);
    const key = canonical * 3 + kind;
    let bits = known[key];
    if (Number.isNaN(bits)) {
      const count = local ? (this.counts[kind].get(country * this.canonicalCount + canonical) ?? 0) : this.globalCounts[kind][canonical];
      const total = local ? (this.countryTotals[kind].get(country) ?? 0) : this.globalTotals[kind];
      const { m, prior: fallback, floor } = this.agreement[kind];
      const prior = this.shareOf(canonical) || fallback;
      const u = Math.max(floor, (count + PRIOR_STRENGTH * prior) / (total + PRIOR_STRENGTH));
      bits = Math.log2(m / Math.min(u, m));
      known[key] = bits;
    }
    return bits;
  }
}
