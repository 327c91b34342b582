// Which fields' outright disagreement means two people. In petition data one person's signatures almost never
// disagree on family name, postcode, city or country; in data where values were corrupted at random they do. The
// data tells which it is: among pairs whose other fields alone are overwhelming evidence of one person, how often
// does this field disagree?

import { FIELD_INDEX, FIELD_LEVELS, type FieldName } from './match-weights.js';
import { STRICT_FIELD_NAMES } from './pair-scorer.js';

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

  /** One compared pair: its score and the level and weight of each field. */
  add(score: number, levels: Int8Array, fieldBits: Float64Array): void {
    for (let f = 0; f < this.indexes.length; f++) {
      const index = this.indexes[f];
      const level = levels[index];
      if (level < 0 || score - fieldBits[index] < ANCHOR_BITS) continue;
      this.anchored[f]++;
      if (level === this.disagreeLevels[f]) this.disagreed[f]++;
    }
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
