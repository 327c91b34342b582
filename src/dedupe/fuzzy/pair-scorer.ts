// Scores a pair of rows: each field compared at graded levels, the levels' weights summed (bits of evidence).

import type { FuzzyRecords } from './fuzzy-records.js';
import { jaroWinkler } from './jaro-winkler.js';
import { EXACT_AGREEMENT, LEVEL_BITS, sum, termFrequencyBits } from './match-weights.js';
import { areNicknames } from './nicknames.js';
import { withinOneEdit } from './within-one-edit.js';

export interface PairReason {
  field: string;
  level: string;
  weight: number;
}

/** Returned for two rows that share an email but clearly not a given name: a household the exact rules kept apart. */
export const HOUSEHOLD = -Infinity;

const G = LEVEL_BITS.given;
const F = LEVEL_BITS.family;

/** Field columns as plain typed arrays, with per-value weights worked out once for the whole data set. */
export class PairScorer {
  private readonly given: Int32Array;
  private readonly family: Int32Array;
  private readonly email: Int32Array;
  private readonly emailLocal: Int32Array;
  private readonly emailDomain: Int32Array;
  private readonly postcode: Int32Array;
  private readonly city: Int32Array;
  private readonly region: Int32Array;
  private readonly street: Int32Array;
  private readonly street2: Int32Array;
  private readonly country: Int32Array;
  private readonly birthDate: Int32Array;
  private readonly idNumber: Int32Array;
  private readonly nameCanonical: Int32Array;
  private readonly nameSkeleton: Int32Array;
  private readonly nameKorean: Uint8Array;
  private readonly givenExactBits: Float64Array;
  private readonly familyExactBits: Float64Array;
  /** Exact agreement of a name used as given name on one row and family name on the other: frequency over both. */
  private readonly crossExactBits: Float64Array;
  private readonly postcodeBits: Float64Array;
  private readonly cityBits: Float64Array;
  private readonly regionBits: Float64Array;
  private readonly streetBits: Float64Array;
  private readonly street2Bits: Float64Array;
  private readonly birthDateBits: Float64Array;
  /** Days since 1970 of each distinct birth date written as YYYYMMDD (NaN otherwise). */
  private readonly birthDay: Float64Array;
  private readonly idNumberBits: Float64Array;
  private readonly nameCount: number;
  private readonly levelCache = new Map<number, number>();

  constructor(private readonly records: FuzzyRecords) {
    const c = records.columns;
    this.given = c.given.view();
    this.family = c.family.view();
    this.email = c.email.view();
    this.emailLocal = c.emailLocal.view();
    this.emailDomain = c.emailDomain.view();
    this.postcode = c.postcode.view();
    this.city = c.city.view();
    this.region = c.region.view();
    this.street = c.street.view();
    this.street2 = c.street2.view();
    this.country = c.country.view();
    this.birthDate = c.birthDate.view();
    this.idNumber = c.idNumber.view();
    const names = records.names;
    this.nameCount = names.forms.length;
    this.nameCanonical = Int32Array.from(names.canonicalId);
    this.nameSkeleton = Int32Array.from(names.skeletonId);
    this.nameKorean = Uint8Array.from(names.forms, (f) => (f.korean ? 1 : 0));
    const surnameShare = new Float64Array(names.canonical.size);
    names.forms.forEach((form, id) => {
      surnameShare[names.canonicalId[id]] = form.surnameShare;
    });
    const shareOf = (id: number): number => surnameShare[id];
    this.givenExactBits = termFrequencyBits(names.givenCounts, sum(names.givenCounts), EXACT_AGREEMENT.given, shareOf);
    this.familyExactBits = termFrequencyBits(names.familyCounts, sum(names.familyCounts), EXACT_AGREEMENT.family, shareOf);
    const bothCounts = names.givenCounts.map((count, id) => count + names.familyCounts[id]);
    this.crossExactBits = termFrequencyBits(bothCounts, sum(bothCounts), EXACT_AGREEMENT.given, shareOf);
    const tf = (table: { counts: number[] }, agreement: { m: number; prior: number; floor: number }): Float64Array =>
      termFrequencyBits(table.counts, sum(table.counts), agreement);
    this.postcodeBits = tf(records.postcodes, EXACT_AGREEMENT.postcode);
    this.cityBits = tf(records.cities, EXACT_AGREEMENT.city);
    this.regionBits = tf(records.regions, EXACT_AGREEMENT.region);
    this.streetBits = tf(records.streets, EXACT_AGREEMENT.street);
    this.street2Bits = tf(records.streetLines2, EXACT_AGREEMENT.street2);
    this.birthDateBits = tf(records.birthDates, EXACT_AGREEMENT.birthDate);
    this.birthDay = Float64Array.from(records.birthDates.values, (digits) =>
      digits.length === 8 ? Date.UTC(+digits.slice(0, 4), +digits.slice(4, 6) - 1, +digits.slice(6, 8)) / 86_400_000 : Number.NaN);
    this.idNumberBits = tf(records.idNumbers, EXACT_AGREEMENT.idNumber);
  }

  /** The evidence, in bits, that rows a and b are one person; HOUSEHOLD for a shared email with other given names. */
  score(a: number, b: number): number {
    return this.compare(a, b, null);
  }

  /** The same score with the level each field reached and what it weighed. */
  explain(a: number, b: number): { score: number; reasons: PairReason[] } {
    const reasons: PairReason[] = [];
    const score = this.compare(a, b, reasons);
    return { score, reasons };
  }

  private compare(a: number, b: number, reasons: PairReason[] | null): number {
    let total = this.compareNames(a, b, reasons);
    const emailA = this.email[a];
    const emailB = this.email[b];
    if (emailA >= 0 && emailB >= 0) {
      if (emailA === emailB) {
        if (lastGivenDisagreed) {
          reasons?.push({ field: 'email', level: 'household', weight: HOUSEHOLD });
          return HOUSEHOLD;
        }
        total += note(reasons, 'email', 'exact', LEVEL_BITS.email.exact);
      } else {
        total += this.compareEmails(a, b, reasons);
      }
    }
    total += this.compareValue(this.postcode, this.postcodeBits, a, b, 'postcode', reasons, this.records.postcodes.values,
      'one-edit', LEVEL_BITS.postcode.oneEdit, LEVEL_BITS.postcode.disagree, -1, 0);
    total += this.compareValue(this.city, this.cityBits, a, b, 'city', reasons, this.records.cities.values,
      'jw90', LEVEL_BITS.city.jw90, LEVEL_BITS.city.disagree, 0.9, 0);
    total += this.compareValue(this.region, this.regionBits, a, b, 'region', reasons, null,
      '', 0, LEVEL_BITS.region.disagree, 2, 0);
    total += this.compareValue(this.street, this.streetBits, a, b, 'street', reasons, this.records.streets.values,
      'jw90', LEVEL_BITS.street.jw90, LEVEL_BITS.street.disagree, 0.9, LEVEL_BITS.street.jw80);
    total += this.compareValue(this.street2, this.street2Bits, a, b, 'street_line_2', reasons, this.records.streetLines2.values,
      'jw90', LEVEL_BITS.street2.jw90, LEVEL_BITS.street2.disagree, 0.9, 0);
    total += this.compareBirthDates(a, b, reasons);
    total += this.compareValue(this.idNumber, this.idNumberBits, a, b, 'id_number', reasons, this.records.idNumbers.values,
      'one-edit', LEVEL_BITS.idNumber.oneEdit, LEVEL_BITS.idNumber.disagree, -1, 0);
    const countryA = this.country[a];
    const countryB = this.country[b];
    if (countryA >= 0 && countryB >= 0 && countryA !== countryB) {
      total += note(reasons, 'country', 'disagree', LEVEL_BITS.country.disagree);
    }
    return total;
  }

  /**
   * Compares a field's values: equal ids weigh their term frequency; otherwise `similarity` decides the partial
   * level (-1: one typing slip; a number: Jaro-Winkler at least that; 2: no partial level).
   */
  private compareValue(
    column: Int32Array, exactBits: Float64Array, a: number, b: number, field: string, reasons: PairReason[] | null,
    values: string[] | null, partialLevel: string, partialBits: number, disagreeBits: number, similarity: number,
    weakBits: number,
  ): number {
    const x = column[a];
    const y = column[b];
    if (x < 0 || y < 0) return 0;
    if (x === y) return note(reasons, field, 'exact', Math.min(exactBits[x], exactBits[y]));
    if (values) {
      const textA = values[x];
      const textB = values[y];
      if (similarity < 0) {
        if (withinOneEdit(textA, textB)) return note(reasons, field, partialLevel, partialBits);
      } else if (similarity <= 1) {
        const jw = jaroWinkler(textA, textB);
        if (jw >= similarity) return note(reasons, field, partialLevel, partialBits);
        if (weakBits !== 0 && jw >= 0.8) return note(reasons, field, 'jw80', weakBits);
      }
    }
    return note(reasons, field, 'disagree', disagreeBits);
  }

  private compareBirthDates(a: number, b: number, reasons: PairReason[] | null): number {
    const x = this.birthDate[a];
    const y = this.birthDate[b];
    if (x < 0 || y < 0) return 0;
    const B = LEVEL_BITS.birthDate;
    if (x === y) return note(reasons, 'birth_date', 'exact', this.birthDateBits[x]);
    const values = this.records.birthDates.values;
    const textX = values[x];
    const textY = values[y];
    if (withinOneEdit(textX, textY)) return note(reasons, 'birth_date', 'one-edit', B.oneEdit);
    if (textX.length === 8 && textY.length === 8) {
      if (textX.slice(0, 4) === textY.slice(0, 4) && textX.slice(4, 6) === textY.slice(6, 8) && textX.slice(6, 8) === textY.slice(4, 6)) {
        return note(reasons, 'birth_date', 'day-month-swapped', B.dayMonthSwapped);
      }
      const days = Math.abs(this.birthDay[x] - this.birthDay[y]);
      if (days <= 31) return note(reasons, 'birth_date', 'within-a-month', B.withinMonth);
      if (days <= 366) return note(reasons, 'birth_date', 'within-a-year', B.withinYear);
    }
    return note(reasons, 'birth_date', 'disagree', B.disagree);
  }

  private compareEmails(a: number, b: number, reasons: PairReason[] | null): number {
    const localA = this.emailLocal[a];
    const localB = this.emailLocal[b];
    const sameDomain = this.emailDomain[a] === this.emailDomain[b];
    if (localA === localB) {
      return note(reasons, 'email', sameDomain ? 'exact' : 'same-local-part',
        sameDomain ? LEVEL_BITS.email.exact : LEVEL_BITS.email.sameLocalPart);
    }
    const locals = this.records.emailLocals.values;
    // john.smith1 and john.smith2 are two accounts, not a slip: only a slip in a letter counts.
    if (sameDomain && withinOneEdit(locals[localA], locals[localB]) && !differOnlyInDigits(locals[localA], locals[localB])) {
      return note(reasons, 'email', 'one-edit', LEVEL_BITS.email.oneEdit);
    }
    return note(reasons, 'email', 'disagree', LEVEL_BITS.email.disagree);
  }

  /** Given and family names in the written order and swapped; the better reading counts. */
  private compareNames(a: number, b: number, reasons: PairReason[] | null): number {
    const givenA = this.given[a];
    const familyA = this.family[a];
    const givenB = this.given[b];
    const familyB = this.family[b];
    const straightGiven = this.compareName(givenA, givenB, true);
    const straightGivenLevel = lastLevel;
    const straightFamily = this.compareName(familyA, familyB, false);
    const straightFamilyLevel = lastLevel;
    const straight = straightGiven + straightFamily;
    // Only a straight reading with a part that disagrees or is missing can be beaten by the other order
    // (Park Minjun / Minjun Park); the rest skip the second pair of comparisons.
    if (straightGivenLevel !== 'disagree' && straightGivenLevel !== 'missing'
      && straightFamilyLevel !== 'disagree' && straightFamilyLevel !== 'missing') {
      lastGivenDisagreed = false;
      if (reasons) {
        reasons.push({ field: 'given', level: straightGivenLevel, weight: straightGiven });
        reasons.push({ field: 'family', level: straightFamilyLevel, weight: straightFamily });
      }
      return straight;
    }
    // The other order can only win when one of its two parts starts alike; most pairs in a block are
    // strangers, and this spares them two more string comparisons.
    const forms = this.records.names.forms;
    if (givenA >= 0 && familyA >= 0 && givenB >= 0 && familyB >= 0
      && forms[givenA].compact.charCodeAt(0) !== forms[familyB].compact.charCodeAt(0)
      && forms[familyA].compact.charCodeAt(0) !== forms[givenB].compact.charCodeAt(0)
      && this.nameCanonical[givenA] !== this.nameCanonical[familyB]
      && this.nameCanonical[familyA] !== this.nameCanonical[givenB]) {
      return this.straightReading(straightGiven, straightGivenLevel, straightFamily, straightFamilyLevel, reasons);
    }
    // Swapped, the pair can be read two ways (a's given name is b's family name compared as given names, or
    // as family names); the better reading counts, so a pair scores the same whichever row comes first.
    const givenAsGiven = this.compareName(givenA, familyB, true, true);
    const givenAsGivenLevel = lastLevel;
    const familyAsFamily = this.compareName(familyA, givenB, false, true);
    const familyAsFamilyLevel = lastLevel;
    const otherGivenAsGiven = this.compareName(familyA, givenB, true, true);
    const otherGivenAsGivenLevel = lastLevel;
    const otherFamilyAsFamily = this.compareName(givenA, familyB, false, true);
    const otherFamilyAsFamilyLevel = lastLevel;
    const firstReading = givenAsGiven + familyAsFamily;
    const secondReading = otherGivenAsGiven + otherFamilyAsFamily;
    const useFirst = firstReading >= secondReading;
    const swappedGiven = useFirst ? givenAsGiven : otherGivenAsGiven;
    const swappedGivenLevel = useFirst ? givenAsGivenLevel : otherGivenAsGivenLevel;
    const swappedFamily = useFirst ? familyAsFamily : otherFamilyAsFamily;
    const swappedFamilyLevel = useFirst ? familyAsFamilyLevel : otherFamilyAsFamilyLevel;
    // Korean names are written family first in Hangul and often in Latin letters too: no penalty for them.
    const swapPenalty = this.nameKorean[givenA] === 1 || this.nameKorean[givenB] === 1 ? 0 : LEVEL_BITS.swapped;
    const swapped = swappedGiven + swappedFamily + swapPenalty;
    if (swapped > straight && swappedGivenLevel !== 'missing' && swappedFamilyLevel !== 'missing') {
      lastGivenDisagreed = swappedGivenLevel === 'disagree';
      if (reasons) {
        reasons.push({ field: 'name_order', level: 'swapped', weight: swapPenalty });
        reasons.push({ field: 'given', level: swappedGivenLevel, weight: swappedGiven });
        reasons.push({ field: 'family', level: swappedFamilyLevel, weight: swappedFamily });
      }
      return swapped;
    }
    // One row with a single name part: it may be either part of the other's name.
    if (straightGivenLevel === 'missing' || straightFamilyLevel === 'missing') {
      const parts = [givenAsGiven, familyAsFamily, otherGivenAsGiven, otherFamilyAsFamily];
      const levels = [givenAsGivenLevel, familyAsFamilyLevel, otherGivenAsGivenLevel, otherFamilyAsFamilyLevel];
      let best = 0;
      for (let i = 1; i < 4; i++) if (parts[i] > parts[best]) best = i;
      const cross = parts[best];
      if (cross > straight && cross > 0) {
        lastGivenDisagreed = false;
        reasons?.push({ field: 'name', level: `${levels[best]}-other-part`, weight: cross });
        return cross;
      }
    }
    return this.straightReading(straightGiven, straightGivenLevel, straightFamily, straightFamilyLevel, reasons);
  }

  private straightReading(given: number, givenLevel: string, family: number, familyLevel: string, reasons: PairReason[] | null): number {
    lastGivenDisagreed = givenLevel === 'disagree';
    if (reasons) {
      if (givenLevel !== 'missing') reasons.push({ field: 'given', level: givenLevel, weight: given });
      if (familyLevel !== 'missing') reasons.push({ field: 'family', level: familyLevel, weight: family });
    }
    return given + family;
  }

  /**
   * One name part against another; sets `lastLevel`. Given-name rules add nicknames and initials. `across`:
   * the parts sit in different columns (a swapped name), so exact agreement weighs the name's frequency in both.
   */
  private compareName(x: number, y: number, asGiven: boolean, across = false): number {
    if (x < 0 || y < 0) {
      lastLevel = 'missing';
      return 0;
    }
    const canonicalX = this.nameCanonical[x];
    const canonicalY = this.nameCanonical[y];
    if (canonicalX === canonicalY) {
      lastLevel = 'exact';
      if (across) return this.crossExactBits[canonicalX];
      return asGiven ? this.givenExactBits[canonicalX] : this.familyExactBits[canonicalX];
    }
    const key = (x < y ? x * this.nameCount + y : y * this.nameCount + x) * 2 + (asGiven ? 1 : 0);
    let code = this.levelCache.get(key);
    if (code === undefined) {
      code = this.nameLevel(x, y, asGiven);
      // Names repeat: most comparisons are of a pair of names seen before. The bound keeps memory flat.
      if (this.levelCache.size >= LEVEL_CACHE_LIMIT) this.levelCache.clear();
      this.levelCache.set(key, code);
    }
    lastLevel = LEVEL_NAMES[code];
    return (asGiven ? GIVEN_LEVEL_BITS : FAMILY_LEVEL_BITS)[code];
  }

  private nameLevel(x: number, y: number, asGiven: boolean): number {
    if ((this.nameKorean[x] === 1 || this.nameKorean[y] === 1) && this.nameSkeleton[x] === this.nameSkeleton[y]) return ROMANIZED;
    const forms = this.records.names.forms;
    const formX = forms[x];
    const formY = forms[y];
    if (asGiven) {
      if (areNicknames(formX.firstWord, formY.firstWord)) return NICKNAME;
      if (formX.firstWord === formY.firstWord && formX.firstWord.length > 1) return FIRST_WORD;
      if ((formX.compact.length === 1 || formY.compact.length === 1) && formX.compact[0] === formY.compact[0]) return INITIAL;
    }
    const jw = jaroWinkler(formX.compact, formY.compact);
    if (jw >= 0.92) return JW92;
    if (jw >= 0.85) return JW85;
    return DISAGREE;
  }
}

const ROMANIZED = 0;
const NICKNAME = 1;
const FIRST_WORD = 2;
const INITIAL = 3;
const JW92 = 4;
const JW85 = 5;
const DISAGREE = 6;
const LEVEL_NAMES = ['romanized', 'nickname', 'first-word', 'initial', 'jw92', 'jw85', 'disagree'];
const GIVEN_LEVEL_BITS = [G.romanized, G.nickname, G.firstWord, G.initial, G.jw92, G.jw85, G.disagree];
// Nicknames, first words and initials are given-name levels; a family name never reaches them.
const FAMILY_LEVEL_BITS = [F.romanized, F.disagree, F.disagree, F.disagree, F.jw92, F.jw85, F.disagree];
const LEVEL_CACHE_LIMIT = 1_000_000;

// Scratch results of the last name comparison, so the hot path returns plain numbers and allocates nothing.
let lastLevel = 'missing';
let lastGivenDisagreed = false;

const DIGITS = /\d/g;

function differOnlyInDigits(a: string, b: string): boolean {
  return a.replace(DIGITS, '') === b.replace(DIGITS, '');
}

function note(reasons: PairReason[] | null, field: string, level: string, weight: number): number {
  reasons?.push({ field, level, weight });
  return weight;
}
