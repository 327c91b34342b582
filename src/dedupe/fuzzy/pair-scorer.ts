// Scores a pair of rows: each field compared at graded levels, the levels' weights summed (bits of evidence).

import { spellsHangul } from '../../normalize/hangul-readings.js';
import type { SourcePrior } from './source-prior.js';
import { letterOverlap, SAME_LETTERS } from './same-email-names.js';
import { differInASyllable } from '../../normalize/hangul-syllables.js';
import type { FuzzyRecords } from './fuzzy-records.js';
import { jaroWinkler } from './jaro-winkler.js';
import { EITHER_PART, FAMILY_NAME, GIVEN_NAME, NameFrequencies, type NameAgreement } from './name-frequencies.js';
import {
  exactAgreement, FIELD_INDEX, FIELD_LEVELS, levelBits, PRIOR, sum, SWAPPED_NAME_BITS, termFrequencyBits,
  type FieldName, type FieldProbabilities,
} from './match-weights.js';
import { areListedForms, areShortFormsByBeginning } from './nicknames.js';
import { withinOneEdit } from './within-one-edit.js';
import { fillCitiesFromPostcodePrefixes, fillCitiesFromPostcodes } from './city-from-postcode.js';
import { assumedOverlap, learnPlaceOverlap, placeBits, type PlaceOverlap } from './place-overlap.js';

export interface PairReason {
  field: string;
  level: string;
  weight: number;
}

/**
 * Returned for two rows of one household: the same family name and a shared email or address, but a clearly
 * different given name (not a nickname, initial, typo or romanization). Couples and families sign from one
 * address and sometimes one email; they are two people, whatever else agrees.
 */
export const HOUSEHOLD = -Infinity;

/** Returned by finish for a pair that cannot reach the floor it was given (its score was not worked out). */
export const BELOW_FLOOR = -Number.MAX_VALUE;

const NOT_COMPARED = -1;
const I = FIELD_INDEX;

/** Field columns as plain typed arrays, with per-value weights worked out once for the whole data set. */
export class PairScorer {
  /**
   * Every compared field of a row side by side (ROW ids a row, -1 for none): a pair's fields are read from two
   * cache lines, not from one array per field; at a million rows the pairs' memory reads were most of their cost.
   */
  private readonly cells: Int32Array;
  /** Per row, 1 where its city is not given but read from its postcode (city-from-postcode.ts). */
  private readonly cityFromPostcode: Uint8Array;
  private readonly nameCanonical: Int32Array;
  private readonly nameSkeleton: Int32Array;
  private readonly nameKorean: Uint8Array;
  private readonly nameChineseSkeleton: Int32Array;
  private readonly nameHan: Uint8Array;
  /** Per name: 1 when written in Han or in Mandarin syllables, 2 more when it is a Chinese family name (name-forms). */
  private readonly nameChinese: Uint8Array;
  private readonly surnameShare: Float64Array;
  /** Days since 1970 of each distinct birth date written as YYYYMMDD (NaN otherwise). */
  private readonly birthDay: Float64Array;
  private readonly nameCount: number;
  private readonly levelCache = new Map<number, number>();
  private bits!: Record<FieldName, Float64Array>;
  /** The same, by FIELD_INDEX: the hot path looks fields up by number, not by name. */
  private bitsByIndex!: Float64Array[];
  private givenLevelBits!: Float64Array;
  private familyLevelBits!: Float64Array;
  private nameFrequencies!: NameFrequencies;
  /** The country both rows of the current pair are from (-1: unknown, or two countries). */
  private pairCountry = -1;
  /**
   * Both rows of the current pair write a Chinese name (chineseRow): their Latin spellings are compared by the
   * pinyin/Wade–Giles skeleton too, and either name order is usual.
   */
  private pairChinese = false;
  private postcodeBits!: Float64Array;
  private cityBits!: Float64Array;
  private regionBits!: Float64Array;
  private streetBits!: Float64Array;
  private street2Bits!: Float64Array;
  private countryBits!: Float64Array;
  private birthDateBits!: Float64Array;
  private idNumberBits!: Float64Array;
  private emailExactBits = 0;
  /** The place fields' weights in the current comparison (postcode, city, region, street, street line 2). */
  private readonly placeScratch = new Float64Array(PLACE_FIELDS.length);
  private readonly placeOrder = new Int32Array(PLACE_FIELDS.length);
  /** How much each place field's agreement tells of another's (see place-overlap.ts); assumed halfway until learned. */
  placeOverlap: PlaceOverlap = assumedOverlap(PLACE_FIELDS.length);
  /** Per email local part, its letters ('' when it holds a digit: a number is the person's own choice); filled as met. */
  private readonly localLetters: string[] = [];
  /** Per field, by FIELD_INDEX: the most any level but exact agreement can weigh (what two other values may reach). */
  private bestInexactBits!: Float64Array;
  /**
   * The level each field reached in the last comparison, by FIELD_INDEX (-1: missing on a row, or not evidence);
   * what the weights are estimated from.
   */
  readonly levels = new Int8Array(Object.keys(I).length);
  /** What each field weighed in the last comparison, by FIELD_INDEX; meaningful only where `levels` is 0 or more. */
  readonly fieldBits = new Float64Array(Object.keys(I).length);
  /**
   * Whether a clearly different given name under one family name at a shared address is another person of the
   * household (the data shows names don't change under one email), or only weighs what its level weighs.
   */
  householdsApart = true;
  /** Bit f set: an outright disagreement on STRICT_FIELDS[f] is a conflict (two people), not just a weight. */
  strict = 0;
  /** Each row's export, and what two rows of one export or of two exports weigh (sourcePrior; 0 until learned). */
  private readonly source: Int32Array;
  /** Each row's Korean city and district id, -1 where the row names none. */
  private readonly district: Int32Array;
  private sameSourceBits = 0;
  private otherSourceBits = 0;

  constructor(private readonly records: FuzzyRecords, probabilities: FieldProbabilities = PRIOR) {
    this.cells = rowMajorCells(records);
    this.source = Int32Array.from(records.columns.source.view());
    this.district = Int32Array.from(records.columns.district.view());
    this.cityFromPostcode = fillCitiesFromPostcodes(this.cells, ROW, POSTCODE_AT, CITY_AT);
    fillCitiesFromPostcodePrefixes(this.cells, ROW, { postcode: POSTCODE_AT, city: CITY_AT, country: COUNTRY_AT }, records.postcodes.values, this.cityFromPostcode);
    const names = records.names;
    this.nameCount = names.forms.length;
    this.nameCanonical = Int32Array.from(names.canonicalId);
    this.nameSkeleton = Int32Array.from(names.skeletonId);
    this.nameKorean = Uint8Array.from(names.forms, (f) => (f.korean ? 1 : 0));
    this.nameChineseSkeleton = Int32Array.from(names.chineseSkeletonId);
    this.nameHan = Uint8Array.from(names.forms, (f) => (f.han ? 1 : 0));
    this.nameChinese = Uint8Array.from(names.forms, (f) => (f.mandarin ? CHINESE_SYLLABLES : 0) | (f.chineseFamily ? CHINESE_FAMILY : 0));
    this.surnameShare = new Float64Array(names.canonical.size);
    names.forms.forEach((form, id) => {
      this.surnameShare[names.canonicalId[id]] = form.surnameShare;
    });
    this.birthDay = Float64Array.from(records.birthDates.values, (digits) =>
      digits.length === 8 ? Date.UTC(+digits.slice(0, 4), +digits.slice(4, 6) - 1, +digits.slice(6, 8)) / 86_400_000 : Number.NaN);
    this.useProbabilities(probabilities);
  }

  /** Weighs every level from these m and u from now on (the prior, or what was estimated on the data). */
  useProbabilities(probabilities: FieldProbabilities): void {
    const records = this.records;
    this.bits = levelBits(probabilities);
    this.bitsByIndex = FIELD_NAMES.map((field) => this.bits[field]);
    const given = this.bits.given;
    const family = this.bits.family;
    // Name level codes (ROMANIZED … DISAGREE) to each part's levels; a family name never reaches the given-name
    // levels (nickname, first word, initial).
    this.givenLevelBits = Float64Array.from(GIVEN_LEVEL_OF_CODE, (level) => given[level]);
    this.familyLevelBits = Float64Array.from(FAMILY_LEVEL_OF_CODE, (level) => family[level]);
    const givenExact = exactAgreement(probabilities, 'given');
    const agreement: [NameAgreement, NameAgreement, NameAgreement] = [givenExact, exactAgreement(probabilities, 'family'), givenExact];
    if (this.nameFrequencies) this.nameFrequencies.useAgreement(agreement);
    else this.nameFrequencies = new NameFrequencies(records, (id) => this.surnameShare[id], agreement);
    const tf = (table: { counts: number[] }, field: FieldName): Float64Array =>
      termFrequencyBits(table.counts, sum(table.counts), exactAgreement(probabilities, field));
    this.postcodeBits = tf(records.postcodes, 'postcode');
    this.cityBits = tf(records.cities, 'city');
    this.regionBits = tf(records.regions, 'region');
    this.streetBits = tf(records.streets, 'street');
    this.street2Bits = tf(records.streetLines2, 'street_line_2');
    // Agreeing on a country adds nothing: names are already weighed by how common they are in that country, and
    // counting the country again would let a shared name and country alone merge two namesakes.
    this.countryBits = new Float64Array(records.countries.values.length);
    this.birthDateBits = tf(records.birthDates, 'birth_date');
    this.idNumberBits = tf(records.idNumbers, 'id_number');
    this.emailExactBits = this.bits.email[0];
    this.bestInexactBits = Float64Array.from(this.bitsByIndex, (levels) => Math.max(0, ...levels.subarray(1)));
  }

  /** Weighs whether two rows come from one export (one platform) from now on; see source-prior.ts. */
  useSourcePrior(prior: SourcePrior | null): void {
    this.sameSourceBits = prior?.sameBits ?? 0;
    this.otherSourceBits = prior?.otherBits ?? 0;
  }

  /** Learns how far the place fields tell each other (place-overlap.ts); `rowOrder` is the rows in content order. */
  learnPlaceOverlap(rowOrder: Int32Array): PlaceOverlap {
    const strangers = (a: number, b: number): boolean => {
      this.beginPair(a, b, null);
      return this.levels[I.given] === DISAGREE && this.levels[I.family] === DISAGREE_LEVEL[I.family];
    };
    // Two of one family name at one address are most often one household, which the household rule weighs; what is
    // learned here is how a family name gathers in a region (Kim in Seoul), from the namesakes who live apart.
    const namesakesApart = (a: number, b: number): boolean => {
      if (this.sameValue(a, b, POSTCODE_AT) || this.sameValue(a, b, STREET_AT)) return false;
      this.beginPair(a, b, null);
      return this.levels[I.given] === DISAGREE && lastFamilyAgreed;
    };
    const area = [PLACE_FIELDS.indexOf('city'), PLACE_FIELDS.indexOf('region')];
    this.placeOverlap = learnPlaceOverlap({ cells: this.cells, stride: ROW, at: PLACE_AT, strangers, rowOrder }, { at: FAMILY_AT, strangers: namesakesApart, tells: area });
    return this.placeOverlap;
  }

  /**
   * Whether the given names of the pair last scored disagree outright, in the name order that was read: with one row's
   * parts in the wrong boxes ("Shah Freya" beside "Tom Shah") the shared part is the family name, whatever its column.
   */
  get givenDisagreed(): boolean {
    return lastGivenDisagreed;
  }

  private sameValue(a: number, b: number, at: number): boolean {
    const x = this.cells[a * ROW + at];
    return x >= 0 && x === this.cells[b * ROW + at];
  }

  /** The least one field can weigh in a comparison (its worst level; 0 when that is positive). */
  lowestBits(index: number): number {
    return Math.min(0, ...this.bitsByIndex[index]);
  }

  /** The evidence, in bits, that rows a and b are one person; HOUSEHOLD for two people of one household. */
  score(a: number, b: number): number {
    return this.compare(a, b, null);
  }

  /** The same score with the level each field reached and what it weighed. */
  explain(a: number, b: number): { score: number; reasons: PairReason[] } {
    const reasons: PairReason[] = [];
    const score = this.compare(a, b, reasons);
    return { score, reasons };
  }

  /**
   * The first step of scoring a pair in two: clears the last pair's levels and weighs the names (their levels are
   * set when this returns). `finish` must follow, for the same pair, before any other comparison.
   */
  weighNames(a: number, b: number): number {
    return this.beginPair(a, b, null);
  }

  /**
   * The score of the pair `weighNames` began, or BELOW_FLOOR when it is surely under `floor`: most candidate
   * pairs are strangers who share a block key (a city, a family name), and a bound from the names and the fields'
   * ids alone rules them out without comparing strings.
   */
  finish(a: number, b: number, names: number, floor: number): number {
    if (names + this.restAtMost(a, b) < floor) return BELOW_FLOOR;
    return this.compareRest(a, b, null, names);
  }

  private compare(a: number, b: number, reasons: PairReason[] | null): number {
    return this.compareRest(a, b, reasons, this.beginPair(a, b, reasons));
  }

  /** Starts a comparison: clears the last pair's levels and weighs the names. */
  private beginPair(a: number, b: number, reasons: PairReason[] | null): number {
    this.levels.fill(NOT_COMPARED);
    const countryA = this.cells[a * ROW + COUNTRY_AT];
    this.pairCountry = countryA === this.cells[b * ROW + COUNTRY_AT] ? countryA : -1;
    this.pairChinese = this.chineseRow(a) && this.chineseRow(b);
    return this.compareNames(a, b, reasons);
  }

  /**
   * A row whose name reads as Chinese: every part in Han or Mandarin syllables, and one of them a Chinese family
   * name ("Chen Xiaoming", "Hsiao-ming Chen", "Kao Wei", 高伟). Either part may be the family name: Taiwanese and
   * Hong Kong signers write it first or last.
   */
  private chineseRow(row: number): boolean {
    return this.chineseParts(this.cells[row * ROW + GIVEN_AT], this.cells[row * ROW + FAMILY_AT])
      || this.chineseParts(this.cells[row * ROW + OTHER_GIVEN_AT], this.cells[row * ROW + OTHER_FAMILY_AT]);
  }

  private chineseParts(given: number, family: number): boolean {
    if (given < 0 || family < 0) return false;
    const both = this.nameChinese[given] & this.nameChinese[family];
    const either = this.nameChinese[given] | this.nameChinese[family];
    return (both & CHINESE_SYLLABLES) !== 0 && (either & CHINESE_FAMILY) !== 0;
  }

  /**
   * The most the fields after the names can add: equal values weigh what they weigh, other values the best level
   * they might reach. Missing values add nothing, and strict fields' conflicts only take away.
   */
  private restAtMost(a: number, b: number): number {
    const best = this.bestInexactBits;
    let bound = 0;
    const emailA = this.cells[a * ROW + EMAIL_AT];
    const emailB = this.cells[b * ROW + EMAIL_AT];
    if (emailA >= 0 && emailB >= 0) {
      const sameLocal = this.cells[a * ROW + EMAIL_LOCAL_AT] === this.cells[b * ROW + EMAIL_LOCAL_AT];
      const sameDomain = this.cells[a * ROW + EMAIL_DOMAIN_AT] === this.cells[b * ROW + EMAIL_DOMAIN_AT];
      if (emailA === emailB || (sameLocal && sameDomain)) bound += this.emailExactBits;
      else if (!sameLocal && !sameDomain) bound += this.bitsByIndex[I.email][DISAGREE_LEVEL[I.email]];
      else bound += best[I.email];
    }
    const phoneA = this.cells[a * ROW + PHONE_AT];
    if (phoneA >= 0 && phoneA === this.cells[b * ROW + PHONE_AT]) bound += this.emailExactBits;
    // Summed in full: counting the place once (placeBits) only takes away, so the sum stays a bound.
    bound += Math.max(this.sameSourceBits, this.otherSourceBits);
    bound += atMost(this.cells, POSTCODE_AT, this.postcodeBits, best[I.postcode], a, b);
    bound += atMost(this.cells, CITY_AT, this.cityBits, best[I.city], a, b);
    bound += atMost(this.cells, REGION_AT, this.regionBits, best[I.region], a, b);
    bound += atMost(this.cells, STREET_AT, this.streetBits, best[I.street], a, b);
    bound += atMost(this.cells, STREET2_AT, this.street2Bits, best[I.street_line_2], a, b);
    bound += atMost(this.cells, BIRTH_DATE_AT, this.birthDateBits, best[I.birth_date], a, b);
    bound += atMost(this.cells, ID_NUMBER_AT, this.idNumberBits, best[I.id_number], a, b);
    bound += atMost(this.cells, COUNTRY_AT, this.countryBits, best[I.country], a, b);
    return bound;
  }

  private compareRest(a: number, b: number, reasons: PairReason[] | null, names: number): number {
    const levels = this.levels;
    const countryA = this.cells[a * ROW + COUNTRY_AT];
    const countryB = this.cells[b * ROW + COUNTRY_AT];
    let total = names;
    const givenDisagreed = lastGivenDisagreed;
    const familyAgreed = lastFamilyAgreed;
    const emailA = this.cells[a * ROW + EMAIL_AT];
    const emailB = this.cells[b * ROW + EMAIL_AT];
    let sharedEmail = false;
    if (emailA >= 0 && emailB >= 0) {
      if (emailA === emailB) {
        sharedEmail = true;
        if (givenDisagreed && !this.givenScrambled(a, b)) return household(reasons, 'email');
        levels[I.email] = 0;
        total += this.fieldBits[I.email] = note(reasons, 'email', 'exact', this.emailExactBits);
      } else {
        total += this.compareEmails(a, b, reasons);
      }
    }
    const phoneA = this.cells[a * ROW + PHONE_AT];
    if (phoneA >= 0 && phoneA === this.cells[b * ROW + PHONE_AT]) {
      // A household shares a landline as it shares an email: a clearly different given name is another person.
      if (givenDisagreed && !this.givenScrambled(a, b)) return household(reasons, 'phone');
      // One number, in its international form, is as personal as one email address. Different numbers say
      // nothing: one person has a mobile and a landline.
      total += note(reasons, 'phone', 'exact', this.emailExactBits);
    }
    const place = this.placeScratch;
    place[0] = this.compareValue(I.postcode, POSTCODE_AT, this.postcodeBits, a, b, reasons, this.records.postcodes.values, -1, false);
    place[1] = this.compareValue(I.city, CITY_AT, this.cityBits, a, b, reasons, this.records.cities.values, 0.9, false);
    if (reasons && levels[I.city] === 0 && (this.cityFromPostcode[a] === 1 || this.cityFromPostcode[b] === 1)) reasons[reasons.length - 1].level = 'exact-by-postcode';
    place[2] = this.compareValue(I.region, REGION_AT, this.regionBits, a, b, reasons, null, 2, false);
    // Two Korean addresses in different districts of one city share their city's long name ("서울특별시 금천구",
    // "서울특별시 강동구"), which makes their spellings alike: they are two places, not one place typed twice.
    const districtA = this.district[a];
    const districtB = this.district[b];
    const districtsDiffer = districtA >= 0 && districtB >= 0 && districtA !== districtB;
    place[3] = this.compareValue(I.street, STREET_AT, this.streetBits, a, b, reasons, districtsDiffer ? null : this.records.streets.values, 0.9, true);
    place[4] = this.compareValue(I.street_line_2, STREET2_AT, this.street2Bits, a, b, reasons, this.records.streetLines2.values, 0.9, false);
    const placeTotal = placeBits(place, this.placeOverlap.overlap, this.placeOrder, familyAgreed ? this.placeOverlap.byFamily : null);
    if (reasons) {
      const told = placeTotal - (place[0] + place[1] + place[2] + place[3] + place[4]);
      if (told < -0.05) reasons.push({ field: 'place', level: 'told-by-another-place-field', weight: told });
    }
    total += placeTotal;
    // A district is a coarse postcode: where the postcodes were not both given, other districts say what other
    // postcodes would.
    if (districtsDiffer && levels[I.postcode] === NOT_COMPARED) {
      total += note(reasons, 'district', 'disagree', this.bitsByIndex[I.postcode][DISAGREE_LEVEL[I.postcode]]);
    }
    total += this.compareBirthDates(a, b, reasons);
    total += this.compareValue(I.id_number, ID_NUMBER_AT, this.idNumberBits, a, b, reasons, this.records.idNumbers.values, -1, false);
    if (countryA >= 0 && countryB >= 0) {
      if (countryA === countryB) {
        levels[I.country] = 0;
        total += this.fieldBits[I.country] = this.countryBits[countryA];
      } else {
        const bits = this.bits.country;
        levels[I.country] = bits.length - 1;
        total += this.fieldBits[I.country] = note(reasons, 'country', 'disagree', bits[bits.length - 1]);
      }
    }
    if (this.sameSourceBits !== 0) {
      total += this.source[a] === this.source[b]
        ? note(reasons, 'source', 'same-export', this.sameSourceBits)
        : note(reasons, 'source', 'other-exports', this.otherSourceBits);
    }
    if (this.strict > 0) {
      for (let f = 0; f < STRICT_FIELDS.length; f++) {
        const index = STRICT_FIELDS[f];
        if (((this.strict >> f) & 1) === 1 && levels[index] === DISAGREE_LEVEL[index]) {
          reasons?.push({ field: FIELD_NAMES[index], level: 'conflict', weight: CONFLICT_BITS });
          total += CONFLICT_BITS;
        }
      }
    }
    // The same family and a shared address, but clearly another given name: two people of one household.
    if (this.householdsApart && givenDisagreed && familyAgreed && !sharedEmail && this.shareAnAddress() && !this.givenScrambled(a, b)) return household(reasons, 'address');
    return total;
  }

  /**
   * Whether the rows' given names are mostly the same letters, where no whole Hangul syllable differs: "Jayaned" for
   * "Jayden" disagrees on its letters' order, not its letters, and is a slip, not another person of the household.
   * Asked only where the household rules would decide (it counts letters): most pairs in a block disagree on given names.
   */
  private givenScrambled(a: number, b: number): boolean {
    const x = this.cells[a * ROW + GIVEN_AT];
    const y = this.cells[b * ROW + GIVEN_AT];
    if (x < 0 || y < 0) return false;
    const raw = this.records.names.raw.values;
    if (differInASyllable(raw[x], raw[y])) return false;
    const forms = this.records.names.forms;
    return letterOverlap(forms[x].compact, forms[y].compact) >= SAME_LETTERS;
  }

  /** After compare(): the rows agree exactly (or all but a slip) on the postcode, the street or the city. */
  private shareAnAddress(): boolean {
    const levels = this.levels;
    return levels[I.postcode] === 0 || levels[I.street] === 0 || levels[I.street] === 1 || levels[I.city] === 0;
  }

  /**
   * Compares a field's values: equal ids weigh their term frequency; otherwise `similarity` decides the partial
   * level (-1: one typing slip; a number: Jaro-Winkler at least that; 2: no partial level), and `weak` adds a
   * Jaro-Winkler 0.8 level below it.
   */
  private compareValue(
    index: number, at: number, exactBits: Float64Array, a: number, b: number, reasons: PairReason[] | null,
    values: string[] | null, similarity: number, weak: boolean,
  ): number {
    const x = this.cells[a * ROW + at];
    const y = this.cells[b * ROW + at];
    if (x < 0 || y < 0) return 0;
    if (x === y) {
      this.levels[index] = 0;
      return (this.fieldBits[index] = note(reasons, FIELD_NAMES[index], 'exact', Math.min(exactBits[x], exactBits[y])));
    }
    if (values) {
      const textA = values[x];
      const textB = values[y];
      if (similarity < 0) {
        if (withinOneEdit(textA, textB)) return this.level(index, 1, reasons);
      } else if (similarity <= 1) {
        const jw = jaroWinkler(textA, textB);
        if (jw >= similarity) return this.level(index, 1, reasons);
        if (weak && jw >= 0.8) return this.level(index, 2, reasons);
      }
    }
    return this.level(index, DISAGREE_LEVEL[index], reasons);
  }

  private level(index: number, level: number, reasons: PairReason[] | null): number {
    this.levels[index] = level;
    const bits = this.bitsByIndex[index][level];
    if (reasons) reasons.push({ field: FIELD_NAMES[index], level: FIELD_LEVELS[FIELD_NAMES[index]][level], weight: bits });
    return (this.fieldBits[index] = bits);
  }

  private compareBirthDates(a: number, b: number, reasons: PairReason[] | null): number {
    const x = this.cells[a * ROW + BIRTH_DATE_AT];
    const y = this.cells[b * ROW + BIRTH_DATE_AT];
    if (x < 0 || y < 0) return 0;
    const index = I.birth_date;
    if (x === y) {
      this.levels[index] = 0;
      return (this.fieldBits[index] = note(reasons, 'birth_date', 'exact', this.birthDateBits[x]));
    }
    const values = this.records.birthDates.values;
    const textX = values[x];
    const textY = values[y];
    if (withinOneEdit(textX, textY)) return this.level(index, 1, reasons);
    if (textX.length === 8 && textY.length === 8) {
      if (textX.slice(0, 4) === textY.slice(0, 4) && textX.slice(4, 6) === textY.slice(6, 8) && textX.slice(6, 8) === textY.slice(4, 6)) {
        return this.level(index, 2, reasons);
      }
      const days = Math.abs(this.birthDay[x] - this.birthDay[y]);
      if (days <= 31) return this.level(index, 3, reasons);
      if (days <= 366) return this.level(index, 4, reasons);
    }
    return this.level(index, 5, reasons);
  }

  private compareEmails(a: number, b: number, reasons: PairReason[] | null): number {
    const localA = this.cells[a * ROW + EMAIL_LOCAL_AT];
    const localB = this.cells[b * ROW + EMAIL_LOCAL_AT];
    const sameDomain = this.cells[a * ROW + EMAIL_DOMAIN_AT] === this.cells[b * ROW + EMAIL_DOMAIN_AT];
    const index = I.email;
    if (localA === localB) {
      if (sameDomain) return this.level(index, 0, reasons);
      // benjamin.harris@naver.com and benjamin.harris@proton.me: a local part spelled from the name says only
      // what the name says, and two people of that name each have one.
      if (this.localPartFromName(localA, a) || this.localPartFromName(localA, b)) {
        return note(reasons, 'email', 'same-local-part-from-name', 0);
      }
      // t.m39@brooks-sawyer.com and t.m39@brooks-sawer.com, or …@gmial.com: one address with a slip in its provider.
      const domains = this.records.emailDomains.values;
      const domainA = domains[this.cells[a * ROW + EMAIL_DOMAIN_AT]];
      const domainB = domains[this.cells[b * ROW + EMAIL_DOMAIN_AT]];
      if (withinOneEdit(domainA, domainB) && !otherCountryDomain(domainA, domainB)) return this.level(index, 1, reasons);
      return this.level(index, 2, reasons);
    }
    if (!sameDomain) return this.level(index, 4, reasons);
    const locals = this.records.emailLocals.values;
    // john.smith1 and john.smith2 are two accounts, not a slip: only a slip in a letter counts.
    if (withinOneEdit(locals[localA], locals[localB]) && !differOnlyInDigits(locals[localA], locals[localB])) {
      // minsu.kim and minsukim at one provider: both spelled from the name, they say what the name says; two
      // Kim Minsus each made theirs. A slip counts only where the address is the person's own choice.
      if (this.localPartFromName(localA, a) && this.localPartFromName(localB, b)) return note(reasons, 'email', 'one-edit-from-name', 0);
      return this.level(index, 1, reasons);
    }
    return this.level(index, 3, reasons);
  }

  /**
   * Whether an email's local part is the row's own name put together (benjamin.harris, bharris, harris.b,
   * minjun.kim). A number in it (robert255) is the person's own choice, and is evidence of its own.
   */
  private localPartFromName(local: number, row: number): boolean {
    let letters = this.localLetters[local];
    if (letters === undefined) {
      const text = this.records.emailLocals.values[local];
      this.localLetters[local] = letters = HAS_DIGIT.test(text) ? '' : text.replace(NOT_LETTER, '');
    }
    if (letters.length < 2) return false;
    const forms = this.records.names.forms;
    const given = this.cells[row * ROW + GIVEN_AT] >= 0 ? forms[this.cells[row * ROW + GIVEN_AT]].compact : '';
    const family = this.cells[row * ROW + FAMILY_AT] >= 0 ? forms[this.cells[row * ROW + FAMILY_AT]].compact : '';
    if (!given && !family) return false;
    return letters === given || letters === family
      || spelledAs(letters, given, family) || spelledAs(letters, family, given)
      || spelledAs(letters, given.charAt(0), family) || spelledAs(letters, family, given.charAt(0))
      || spelledAs(letters, given, family.charAt(0)) || spelledAs(letters, family.charAt(0), given);
  }

  /**
   * The names' weight: the reading of the two rows' names that agrees best (as split, the other order, or a row's
   * name split after its first word, as a Spanish double family name is written).
   */
  private compareNames(a: number, b: number, reasons: PairReason[] | null): number {
    const noted = reasons?.length ?? 0;
    const asSplit = this.namesInEitherOrder(a, b, reasons);
    const otherA = this.cells[a * ROW + OTHER_GIVEN_AT];
    const otherB = this.cells[b * ROW + OTHER_GIVEN_AT];
    if ((otherA < 0 && otherB < 0) || (!lastGivenDisagreed && lastFamilyAgreed)) return asSplit;
    let best = asSplit;
    let bestGiven = 0;
    let bestGivenCode = MISSING;
    let bestFamily = 0;
    let bestFamilyCode = MISSING;
    for (let side = 0; side < 2; side++) {
      const row = side === 0 ? a : b;
      if (this.cells[row * ROW + OTHER_GIVEN_AT] < 0) continue;
      const other = side === 0 ? b : a;
      const firstWord = this.cells[row * ROW + OTHER_GIVEN_AT];
      const rest = this.cells[row * ROW + OTHER_FAMILY_AT];
      const given = this.compareName(firstWord, this.cells[other * ROW + GIVEN_AT], true);
      const givenCode = lastCode;
      const family = this.compareName(rest, this.cells[other * ROW + FAMILY_AT], false);
      const familyCode = lastCode;
      if (given + family > best && givenCode !== MISSING && familyCode !== MISSING) {
        best = given + family;
        bestGiven = given;
        bestGivenCode = givenCode;
        bestFamily = family;
        bestFamilyCode = familyCode;
      }
      // Read family first: "Park Seo Yun" in one name cell is Park, Seo Yun (a Korean name in Latin letters).
      const familyFirst = this.compareName(firstWord, this.cells[other * ROW + FAMILY_AT], false);
      const familyFirstCode = lastCode;
      const givenAfter = this.compareName(rest, this.cells[other * ROW + GIVEN_AT], true);
      const givenAfterCode = lastCode;
      const penalty = this.pairChinese || this.nameKorean[firstWord] === 1 || this.nameKorean[rest] === 1 ? 0 : SWAPPED_NAME_BITS;
      if (familyFirst + givenAfter + penalty > best && familyFirstCode !== MISSING && givenAfterCode !== MISSING) {
        best = familyFirst + givenAfter + penalty;
        bestGiven = givenAfter + penalty;
        bestGivenCode = givenAfterCode;
        bestFamily = familyFirst;
        bestFamilyCode = familyFirstCode;
      }
    }
    if (best === asSplit) return asSplit;
    if (reasons) {
      reasons.length = noted;
      reasons.push({ field: 'name_split', level: 'after-first-word', weight: 0 });
    }
    return this.reading(bestGiven, bestGivenCode, bestFamily, bestFamilyCode, reasons);
  }

  /** Given and family names in the written order and swapped; the better reading counts. */
  private namesInEitherOrder(a: number, b: number, reasons: PairReason[] | null): number {
    const givenA = this.cells[a * ROW + GIVEN_AT];
    const familyA = this.cells[a * ROW + FAMILY_AT];
    const givenB = this.cells[b * ROW + GIVEN_AT];
    const familyB = this.cells[b * ROW + FAMILY_AT];
    const straightGiven = this.compareName(givenA, givenB, true);
    const straightGivenCode = lastCode;
    const straightFamily = this.compareName(familyA, familyB, false);
    const straightFamilyCode = lastCode;
    const straight = straightGiven + straightFamily;
    // Only a straight reading with a part that disagrees or is missing can be beaten by the other order
    // (Park Minjun / Minjun Park); the rest skip the second pair of comparisons.
    if (straightGivenCode !== DISAGREE && straightGivenCode !== MISSING
      && straightFamilyCode !== DISAGREE && straightFamilyCode !== MISSING) {
      return this.reading(straightGiven, straightGivenCode, straightFamily, straightFamilyCode, reasons);
    }
    // The other order can only win when one of its two parts starts alike; most pairs in a block are
    // strangers, and this spares them two more string comparisons.
    const forms = this.records.names.forms;
    if (!this.pairChinese && givenA >= 0 && familyA >= 0 && givenB >= 0 && familyB >= 0
      && forms[givenA].compact.charCodeAt(0) !== forms[familyB].compact.charCodeAt(0)
      && forms[familyA].compact.charCodeAt(0) !== forms[givenB].compact.charCodeAt(0)
      && this.nameCanonical[givenA] !== this.nameCanonical[familyB]
      && this.nameCanonical[familyA] !== this.nameCanonical[givenB]) {
      return this.reading(straightGiven, straightGivenCode, straightFamily, straightFamilyCode, reasons);
    }
    // Swapped, the pair can be read two ways (a's given name is b's family name compared as given names, or
    // as family names); the better reading counts, so a pair scores the same whichever row comes first.
    const givenAsGiven = this.compareName(givenA, familyB, true, true);
    const givenAsGivenCode = lastCode;
    const familyAsFamily = this.compareName(familyA, givenB, false, true);
    const familyAsFamilyCode = lastCode;
    const otherGivenAsGiven = this.compareName(familyA, givenB, true, true);
    const otherGivenAsGivenCode = lastCode;
    const otherFamilyAsFamily = this.compareName(givenA, familyB, false, true);
    const otherFamilyAsFamilyCode = lastCode;
    const firstReading = givenAsGiven + familyAsFamily;
    const secondReading = otherGivenAsGiven + otherFamilyAsFamily;
    const useFirst = firstReading >= secondReading;
    const swappedGiven = useFirst ? givenAsGiven : otherGivenAsGiven;
    const swappedGivenCode = useFirst ? givenAsGivenCode : otherGivenAsGivenCode;
    const swappedFamily = useFirst ? familyAsFamily : otherFamilyAsFamily;
    const swappedFamilyCode = useFirst ? familyAsFamilyCode : otherFamilyAsFamilyCode;
    // Korean names are written family first in Hangul and often in Latin letters too: no penalty for them.
    const swapPenalty = this.pairChinese || this.nameKorean[givenA] === 1 || this.nameKorean[givenB] === 1 ? 0 : SWAPPED_NAME_BITS;
    const swapped = swappedGiven + swappedFamily + swapPenalty;
    if (swapped > straight && swappedGivenCode !== MISSING && swappedFamilyCode !== MISSING) {
      reasons?.push({ field: 'name_order', level: 'swapped', weight: swapPenalty });
      const weight = swapPenalty + this.reading(swappedGiven, swappedGivenCode, swappedFamily, swappedFamilyCode, reasons);
      // With one row's parts in the wrong boxes, which shared part is the family name can't be read from the
      // columns. One part shared and the other clearly different is two people of one family (胡建華 and 胡偉平 on
      // one email), not one person with another family name: the household rule must see it that way.
      if (swappedFamilyCode === DISAGREE && agrees(swappedGivenCode)) {
        lastGivenDisagreed = true;
        lastFamilyAgreed = true;
      }
      return weight;
    }
    // One row with a single name part: it may be either part of the other's name.
    if (straightGivenCode === MISSING || straightFamilyCode === MISSING) {
      const parts = [givenAsGiven, familyAsFamily, otherGivenAsGiven, otherFamilyAsFamily];
      const codes = [givenAsGivenCode, familyAsFamilyCode, otherGivenAsGivenCode, otherFamilyAsFamilyCode];
      let best = 0;
      for (let i = 1; i < 4; i++) if (parts[i] > parts[best]) best = i;
      const cross = parts[best];
      if (cross > straight && cross > 0) {
        lastGivenDisagreed = false;
        lastFamilyAgreed = false;
        reasons?.push({ field: 'name', level: `${LEVEL_NAMES[codes[best]]}-other-part`, weight: cross });
        return cross;
      }
    }
    return this.reading(straightGiven, straightGivenCode, straightFamily, straightFamilyCode, reasons);
  }

  /** Takes one reading of the two names: notes their levels and returns their weight. */
  private reading(given: number, givenCode: number, family: number, familyCode: number, reasons: PairReason[] | null): number {
    lastGivenDisagreed = givenCode === DISAGREE;
    lastFamilyAgreed = familyCode === EXACT || familyCode === ROMANIZED || familyCode === JW92;
    this.levels[I.given] = givenCode;
    this.levels[I.family] = familyCode === MISSING ? MISSING : FAMILY_LEVEL_OF_CODE[familyCode];
    this.fieldBits[I.given] = given;
    this.fieldBits[I.family] = family;
    if (reasons) {
      if (givenCode !== MISSING) reasons.push({ field: 'given', level: LEVEL_NAMES[givenCode], weight: given });
      if (familyCode !== MISSING) reasons.push({ field: 'family', level: FAMILY_LEVEL_NAMES[familyCode], weight: family });
    }
    return given + family;
  }

  /**
   * One name part against another; sets `lastCode`. Given-name rules add nicknames and initials. `across`:
   * the parts sit in different columns (a swapped name), so exact agreement weighs the name's frequency in both.
   */
  private compareName(x: number, y: number, asGiven: boolean, across = false): number {
    if (x < 0 || y < 0) {
      lastCode = MISSING;
      return 0;
    }
    const canonicalX = this.nameCanonical[x];
    const canonicalY = this.nameCanonical[y];
    if (canonicalX === canonicalY) {
      lastCode = EXACT;
      return this.nameFrequencies.bits(canonicalX, across ? EITHER_PART : asGiven ? GIVEN_NAME : FAMILY_NAME, this.pairCountry);
    }
    const key = (x < y ? x * this.nameCount + y : y * this.nameCount + x) * 2 + (asGiven ? 1 : 0);
    let code = this.levelCache.get(key);
    if (code === undefined) {
      code = this.nameLevel(x, y, asGiven);
      // Names repeat: most comparisons are of a pair of names seen before. The bound keeps memory flat.
      if (this.levelCache.size >= LEVEL_CACHE_LIMIT) this.levelCache.clear();
      this.levelCache.set(key, code);
    }
    // Two Latin spellings of one Chinese name (Xiaoming, Hsiao-ming): only where both rows read as Chinese names,
    // which the cache, keyed by the two names alone, can't know.
    if (this.pairChinese && code !== ROMANIZED && this.nameChineseSkeleton[x] === this.nameChineseSkeleton[y]) code = ROMANIZED;
    lastCode = code;
    const levelBits = (asGiven ? this.givenLevelBits : this.familyLevelBits)[code];
    if (code !== ROMANIZED) return levelBits;
    // One name in two scripts or romanizations tells as much as the name written alike would: 건린 and "Gunrin" are as
    // rare as 건린 twice. The rarer-looking spelling is not trusted alone: a common one says the name is common.
    const agreement = across ? EITHER_PART : asGiven ? GIVEN_NAME : FAMILY_NAME;
    const rarity = Math.min(this.nameFrequencies.bits(canonicalX, agreement, this.pairCountry), this.nameFrequencies.bits(canonicalY, agreement, this.pairCountry));
    return Math.max(levelBits, rarity);
  }

  private nameLevel(x: number, y: number, asGiven: boolean): number {
    const forms = this.records.names.forms;
    const formX = forms[x];
    const formY = forms[y];
    if (this.nameKorean[x] === 1 || this.nameKorean[y] === 1) {
      const rawX = this.records.names.raw.values[x];
      const rawY = this.records.names.raw.values[y];
      const hangulX = HANGUL_NAME.test(rawX);
      const hangulY = HANGUL_NAME.test(rawY);
      // Two Hangul spellings that differ are two names (수정 and 수종), however alike their romanizations are.
      if (!(hangulX && hangulY)) {
        if (this.nameSkeleton[x] === this.nameSkeleton[y]) return ROMANIZED;
        if (hangulX ? spellsHangul(rawX, formY.compact) : hangulY && spellsHangul(rawY, formX.compact)) return ROMANIZED;
      }
    }
    if ((this.nameHan[x] === 1 || this.nameHan[y] === 1) && this.nameChineseSkeleton[x] === this.nameChineseSkeleton[y]) return ROMANIZED;
    if (asGiven) {
      if (differInASyllable(this.records.names.raw.values[x], this.records.names.raw.values[y])) return DISAGREE;
      if (areListedForms(formX.firstWord, formY.firstWord)) return NICKNAME;
      if (formX.firstWord === formY.firstWord && formX.firstWord.length > 1) return FIRST_WORD;
      if ((formX.compact.length === 1 || formY.compact.length === 1) && formX.compact[0] === formY.compact[0]) return INITIAL;
      // "MJ" for "Min Jun" (or 민준): a given name written as its initials.
      if ((formX.initials !== '' && formX.initials === formY.compact) || (formY.initials !== '' && formY.initials === formX.compact)) return INITIAL;
    }
    // "Nieto" for "Nieto Gallego": a Spanish signer who gives only the first of two family names.
    if (!asGiven && formX.compact.length > 2 && formY.compact.length > 2
      && (formX.firstWord === formY.compact || formY.firstWord === formX.compact) && formX.compact !== formY.compact) return JW92;
    const jw = jaroWinkler(formX.compact, formY.compact);
    if (jw >= 0.92) return JW92;
    // After the near spellings: a typo that looks like a short form (Neneh, Nenehy) stays a typo.
    if (asGiven && !(formX.korean || formY.korean || formX.han || formY.han) && areShortFormsByBeginning(formX.firstWord, formY.firstWord)) return NICKNAME;
    if (jw >= 0.85) return JW85;
    return DISAGREE;
  }
}

// Name level codes are the given name's levels (FIELD_LEVELS.given); -1 when a part is missing.
const MISSING = -1;
const EXACT = 0;
const ROMANIZED = 1;
/** A name part written in Hangul syllables alone. */
const HANGUL_NAME = /^[\uac00-\ud7a3]+$/;
const NICKNAME = 2;
const FIRST_WORD = 3;
const INITIAL = 4;
const JW92 = 5;
const JW85 = 6;
const DISAGREE = 7;
const LEVEL_NAMES = FIELD_LEVELS.given;
/** Bits of nameChinese. */
const CHINESE_SYLLABLES = 1;
const CHINESE_FAMILY = 2;

/** A name level that says the two parts are one name (not a nickname, an initial or a near spelling). */
const agrees = (code: number): boolean => code === EXACT || code === ROMANIZED || code === JW92;
const GIVEN_LEVEL_OF_CODE = [0, 1, 2, 3, 4, 5, 6, 7];
// Nicknames, first words and initials are given-name levels; a family name never reaches them.
const FAMILY_LEVEL_OF_CODE = [0, 1, 4, 4, 4, 2, 3, 4];
const FAMILY_LEVEL_NAMES = FAMILY_LEVEL_OF_CODE.map((level) => FIELD_LEVELS.family[level]);
const LEVEL_CACHE_LIMIT = 1_000_000;

// Scratch results of the last name comparison, so the hot path returns plain numbers and allocates nothing.
let lastCode = MISSING;
let lastGivenDisagreed = false;
let lastFamilyAgreed = false;

const NOT_LETTER = /[^a-z]/g;
const HAS_DIGIT = /\d/;
const FIELD_NAMES = Object.keys(FIELD_LEVELS) as FieldName[];
const DISAGREE_LEVEL = FIELD_NAMES.map((field) => FIELD_LEVELS[field].length - 1);
/** Fields on which one person's rows seldom disagree outright in petition data: strict unless the data shows otherwise. */
export const STRICT_FIELD_NAMES: FieldName[] = ['family', 'postcode', 'country', 'city'];
const STRICT_FIELDS = STRICT_FIELD_NAMES.map((field) => I[field]);
/** What an outright disagreement on a strict field weighs: enough to outvote any agreement, and to break chains. */
const CONFLICT_BITS = -30;
const DIGITS = /\d/g;

function differOnlyInDigits(a: string, b: string): boolean {
  return a.replace(DIGITS, '') === b.replace(DIGITS, '');
}

// Where each field sits in a row of `cells`; 16 ids make a row 64 bytes, one cache line.
const ROW = 16;
const GIVEN_AT = 0;
const FAMILY_AT = 1;
const EMAIL_AT = 2;
const EMAIL_LOCAL_AT = 3;
const EMAIL_DOMAIN_AT = 4;
const POSTCODE_AT = 5;
const CITY_AT = 6;
const REGION_AT = 7;
const STREET_AT = 8;
const STREET2_AT = 9;
const COUNTRY_AT = 10;
const BIRTH_DATE_AT = 11;
const ID_NUMBER_AT = 12;
const OTHER_GIVEN_AT = 13;
const OTHER_FAMILY_AT = 14;
const PHONE_AT = 15;
/** The place fields, in the order placeBits and the overlap table take them. */
export const PLACE_FIELDS: FieldName[] = ['postcode', 'city', 'region', 'street', 'street_line_2'];
const PLACE_AT = [POSTCODE_AT, CITY_AT, REGION_AT, STREET_AT, STREET2_AT];

function rowMajorCells(records: FuzzyRecords): Int32Array {
  const c = records.columns;
  const columns: Array<[number, Int32Array]> = [
    [GIVEN_AT, c.given.view()], [FAMILY_AT, c.family.view()], [EMAIL_AT, c.email.view()], [EMAIL_LOCAL_AT, c.emailLocal.view()],
    [EMAIL_DOMAIN_AT, c.emailDomain.view()], [POSTCODE_AT, c.postcode.view()], [CITY_AT, c.city.view()], [REGION_AT, c.region.view()],
    [STREET_AT, c.street.view()], [STREET2_AT, c.street2.view()], [COUNTRY_AT, c.country.view()], [BIRTH_DATE_AT, c.birthDate.view()],
    [ID_NUMBER_AT, c.idNumber.view()], [OTHER_GIVEN_AT, c.otherGiven.view()], [OTHER_FAMILY_AT, c.otherFamily.view()],
    [PHONE_AT, c.phone.view()],
  ];
  const cells = new Int32Array(records.size * ROW);
  for (const [at, column] of columns) for (let row = 0; row < column.length; row++) cells[row * ROW + at] = column[row];
  return cells;
}

/** What one field can add at most: its exact weight when the ids are equal, else the best other level's. */
function atMost(cells: Int32Array, at: number, exactBits: Float64Array, bestInexact: number, a: number, b: number): number {
  const x = cells[a * ROW + at];
  const y = cells[b * ROW + at];
  if (x < 0 || y < 0) return 0;
  return x === y ? exactBits[x] : bestInexact;
}

/** Whether `text` is `first` followed by `second`, without building the joined string. */
function spelledAs(text: string, first: string, second: string): boolean {
  return text.length === first.length + second.length && text.startsWith(first) && text.endsWith(second);
}

function note(reasons: PairReason[] | null, field: string, level: string, weight: number): number {
  reasons?.push({ field, level, weight });
  return weight;
}

function household(reasons: PairReason[] | null, shared: 'email' | 'address' | 'phone'): number {
  reasons?.push({ field: shared, level: 'household', weight: HOUSEHOLD });
  return HOUSEHOLD;
}

/**
 * Two providers' domains that differ only in their last label (yahoo.de and yahoo.dk, gmx.at and gmx.it): the same
 * provider in two countries, where one local part can be two people's accounts, not a slip.
 */
function otherCountryDomain(x: string, y: string): boolean {
  const dotX = x.lastIndexOf('.');
  const dotY = y.lastIndexOf('.');
  return dotX > 0 && dotX === dotY && x.slice(0, dotX) === y.slice(0, dotY);
}
