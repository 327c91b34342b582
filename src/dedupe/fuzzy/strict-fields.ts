// Which fields' outright disagreement means two people. In petition data one person's signatures almost never
// disagree on family name, postcode, city or country; in data where values were corrupted at random they do. The
// data tells which it is: among pairs whose other fields alone are overwhelming evidence of one person, how often
// does this field disagree?

import { FIELD_INDEX, FIELD_LEVELS, type FieldName } from './match-weights.js';
import { STRICT_FIELD_NAMES } from './pair-scorer.js';

const GIVEN = FIELD_INDEX.given;
const FAMILY = FIELD_INDEX.family;
const GIVEN_DISAGREES = FIELD_LEVELS.given.length - 1;
const FAMILY_DISAGREES = FIELD_LEVELS.family.length - 1;

const EMAIL = FIELD_INDEX.email;
const STREET = FIELD_INDEX.street;
const BIRTH_DATE = FIELD_INDEX.birth_date;
const ID_NUMBER = FIELD_INDEX.id_number;

/** Whether a field that identifies one person agrees: an email (or all but a slip), a street, a birth date, an ID. */
function identifierAgrees(levels: Int8Array): boolean {
  const email = levels[EMAIL];
  return (email === 0 || email === 1) || levels[STREET] === 0 || levels[BIRTH_DATE] === 0 || levels[ID_NUMBER] === 0;
}

/** Evidence, in bits, the other fields must give before a pair counts as surely one person. */
const ANCHOR_BITS = 25;
/** Surely-one-person pairs needed to judge a field; with fewer, the field is weighed by its prior, not strict. */
const MIN_ANCHORS = 20;
/** A field on which more than this share of surely-one-person pairs disagree outright is weighed, not strict. */
const DISAGREEMENT_SEEN = 0.02;

export interface StrictField {
  field: FieldName;
  /** Pairs whose other fields alone were overwhelming evidence, and how many of them disagreed on this field. */
  anchoredPairs: number;
  disagreed: number;
  strict: boolean;
}

export class DisagreementAnchors {
  private readonly indexes = STRICT_FIELD_NAMES.map((field) => FIELD_INDEX[field]);
  private readonly disagreeLevels = STRICT_FIELD_NAMES.map((field) => FIELD_LEVELS[field].length - 1);
  private readonly anchored = new Int32Array(STRICT_FIELD_NAMES.length);
  private readonly disagreed = new Int32Array(STRICT_FIELD_NAMES.length);

  /**
   * One compared pair: its score and the level and weight of each field. A pair whose given name disagrees is
   * never an anchor, however much else agrees: a shared email and address with another given name is a
   * household (in Korea, a couple keeps two family names), and would teach that one person's family names differ.
   * For the place fields, the family name must not disagree either. And one field that identifies a person
   * (not a name or a place) must agree: a common given name at one postcode is a neighbour as often as not.
   */
  add(score: number, levels: Int8Array, fieldBits: Float64Array): void {
    if (levels[GIVEN] === GIVEN_DISAGREES || !identifierAgrees(levels)) return;
    const familyDisagrees = levels[FAMILY] === FAMILY_DISAGREES;
    for (let f = 0; f < this.indexes.length; f++) {
      const index = this.indexes[f];
      const level = levels[index];
      if (level < 0 || score - fieldBits[index] < ANCHOR_BITS) continue;
      if (familyDisagrees && index !== FAMILY) continue;
      this.anchored[f]++;
      if (level === this.disagreeLevels[f]) this.disagreed[f]++;
    }
  }

  /**
   * No pair scoring under this can be an anchor: what the other fields give is the score less the field's own
   * weight, and a field weighs at least `lowestBits` of it.
   */
  lowestAnchorScore(lowestBits: (index: number) => number): number {
    return ANCHOR_BITS + Math.min(...this.indexes.map(lowestBits));
  }

  fields(): StrictField[] {
    return STRICT_FIELD_NAMES.map((field, f) => ({
      field,
      anchoredPairs: this.anchored[f],
      disagreed: this.disagreed[f],
      strict: this.anchored[f] >= MIN_ANCHORS && this.disagreed[f] <= DISAGREEMENT_SEEN * this.anchored[f],
    }));
  }

  /** The scorer's bit mask: bit f set for a strict STRICT_FIELD_NAMES[f]. */
  mask(): number {
    return this.fields().reduce((mask, field, f) => (field.strict ? mask | (1 << f) : mask), 0);
  }
}
