import { describe, expect, it } from '@jest/globals';
import { DisagreementAnchors } from '../../../src/dedupe/fuzzy/strict-fields.js';
import { FIELD_INDEX, FIELD_LEVELS, FIELDS, type FieldName } from '../../../src/dedupe/fuzzy/match-weights.js';

type Pair = Partial<Record<FieldName, [level: string, bits: number]>>;

/** Adds one compared pair, given each filled field's level name and weight. */
function add(anchors: DisagreementAnchors, pair: Pair): void {
  const levels = new Int8Array(FIELDS.length).fill(-1);
  const bits = new Float64Array(FIELDS.length);
  let score = 0;
  for (const [field, [level, weight]] of Object.entries(pair) as Array<[FieldName, [string, number]]>) {
    levels[FIELD_INDEX[field]] = (FIELD_LEVELS[field] as readonly string[]).indexOf(level);
    bits[FIELD_INDEX[field]] = weight;
    score += weight;
  }
  anchors.add(score, levels, bits);
}

const familyOf = (anchors: DisagreementAnchors) => anchors.fields().find((f) => f.field === 'family')!;

const onePerson: Pair = { given: ['exact', 8], family: ['exact', 7], email: ['exact', 16], postcode: ['exact', 10] };
const neighbours: Pair = { given: ['exact', 9], family: ['disagree', -6.6], postcode: ['exact', 11], city: ['exact', 8] };
const couple: Pair = { given: ['disagree', -7], family: ['disagree', -6.6], email: ['exact', 16], postcode: ['exact', 11], city: ['exact', 8] };

describe('DisagreementAnchors', () => {
  it('takes the family name as strict when one person\'s surely-matched rows never disagree on it', () => {
    const anchors = new DisagreementAnchors();
    for (let i = 0; i < 30; i++) add(anchors, onePerson);
    expect(familyOf(anchors)).toMatchObject({ anchoredPairs: 30, disagreed: 0, strict: true });
  });

  it('does not count neighbours (a common given name at one postcode, nothing that identifies a person) as one person', () => {
    const anchors = new DisagreementAnchors();
    for (let i = 0; i < 30; i++) add(anchors, onePerson);
    for (let i = 0; i < 10; i++) add(anchors, neighbours);
    expect(familyOf(anchors)).toMatchObject({ anchoredPairs: 30, disagreed: 0, strict: true });
  });

  it('does not count a couple on one email (two given names, two family names) as one person', () => {
    const anchors = new DisagreementAnchors();
    for (let i = 0; i < 30; i++) add(anchors, onePerson);
    for (let i = 0; i < 10; i++) add(anchors, couple);
    expect(familyOf(anchors)).toMatchObject({ anchoredPairs: 30, disagreed: 0, strict: true });
  });

  it('still sees one person\'s family names differ when an email and a given name tie the rows together', () => {
    const anchors = new DisagreementAnchors();
    for (let i = 0; i < 30; i++) add(anchors, onePerson);
    for (let i = 0; i < 5; i++) add(anchors, { ...onePerson, family: ['disagree', -6.6] });
    expect(familyOf(anchors)).toMatchObject({ anchoredPairs: 35, disagreed: 5, strict: false });
  });
});
