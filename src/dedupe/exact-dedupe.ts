// The exact match rules (same email with the household allowance; same name and postcode; same name and city).
import { type DedupeOutcome, type MatchRule } from './dedupe-outcome.js';
import { EMAIL_KEY, KeyGroups, NAME_CITY_KEY, NAME_POSTCODE_KEY } from './key-groups.js';
import { NONE, type MatchTable } from './match-table.js';
import { SignerForest } from './signer-forest.js';

export type { DedupeOutcome, MatchRule } from './dedupe-outcome.js';

export const SAME_EMAIL: MatchRule = 'same_email';
export const SAME_NAME_POSTCODE: MatchRule = 'same_name_postcode';
export const SAME_NAME_CITY: MatchRule = 'same_name_city';

/**
 * A name group tries to join each row to the first few distinct signers seen before it in that group.
 * More are never needed: a row that the email guard keeps apart from all of them has an email none of them has.
 */
const MAX_HEADS = 8;

/**
 * Clusters accepted rows into signers by the exact rules, applied in this order:
 * 1. same canonical email. The earliest row on an email is its signer. The UK e-petitions household
 *    allowance: the first later row on that email whose given name is clearly different (not equal in any
 *    script or romanization, not one's initial) and whose postcode is the same is a second signer, kept with
 *    rule 'household'. Later rows join the household member when their given name matches it and not the
 *    first signer's, else the first signer: a third person on one email never counts.
 * 2. same folded full name (either order), same postcode and same country.
 * 3. same folded full name, same city and same country, when a row has no postcode. If the rows of that name
 *    and city carry two or more different postcodes, a row without one cannot tell whose it is, and joins only
 *    other rows without a postcode; the same holds for two Korean districts of the city (서울 용산구, 서울 은평구).
 * The name rules never join two signers whose valid emails differ (SignerForest's guard), so
 * A(email a) – C(no email) – B(email b) never makes A and B one signer: C joins the earlier of them.
 * The kept row of a signer is its earliest signature (unknown times last, ties by input order). Groups are
 * processed in hash order and their rows in time order, so the result depends on the input order only
 * through ties.
 */
export function dedupeExact(table: MatchTable, options: ExactOptions = {}): DedupeOutcome {
  const forest = new SignerForest(table);
  applyExactRules(table, forest, options);
  return forest.finish();
}

export interface ExactOptions {
  /**
   * Whether row `row`, on the email of row `first`, is clearly another person by a fuller comparison of names
   * than the exact rules' own (nicknames, name order, scripts): fuzzy matching's. With it, a second person on one
   * email is also recognised where a row gives no postcode (Google Forms and paper sheets don't ask).
   */
  anotherPerson?: (first: number, row: number, sameGiven?: boolean) => boolean;
}

/** The three rules, in order, on a forest of lone rows. */
function applyExactRules(table: MatchTable, forest: SignerForest, options: ExactOptions): void {
  const groups = new KeyGroups(table);
  const sameEmail = forest.ruleCode(SAME_EMAIL);
  const sameNamePostcode = forest.ruleCode(SAME_NAME_POSTCODE);
  const sameNameCity = forest.ruleCode(SAME_NAME_CITY);
  const heads: number[] = [];

  const firstPerson = new Set<number>();
  groups.forEach(EMAIL_KEY, (rows, start, end) => {
    const first = rows[start];
    markFirstPerson(table, rows, start, end, firstPerson, options.anotherPerson);
    let household = -1;
    for (let j = start + 1; j < end; j++) {
      const row = rows[j];
      if (household < 0 && !firstPerson.has(row)) {
        household = row;
        forest.markHousehold(row);
      } else if (household >= 0 && !firstPerson.has(row) && !clearlyDifferentGiven(table, household, row)) {
        forest.joinHousehold(household, row, sameEmail);
      } else {
        forest.union(first, row, sameEmail);
      }
    }
  });

  const joinToHeads = (row: number, rule: number): void => {
    for (const head of heads) if (forest.union(head, row, rule)) return;
    if (heads.length < MAX_HEADS) heads.push(row);
  };

  groups.forEach(NAME_POSTCODE_KEY, (rows, start, end) => {
    heads.length = 0;
    for (let j = start; j < end; j++) joinToHeads(rows[j], sameNamePostcode);
  });

  const districts: number[] = [];
  groups.forEach(NAME_CITY_KEY, (rows, start, end) => {
    let withoutPostcode = 0;
    let postcode = NONE;
    let ambiguous = false;
    districts.length = 0;
    for (let j = start; j < end; j++) {
      const code = table.postcode(rows[j]);
      if (code === NONE) withoutPostcode++;
      else if (postcode === NONE) postcode = code;
      else if (code !== postcode) ambiguous = true;
      const district = table.district(rows[j]);
      if (!districts.includes(district)) districts.push(district);
    }
    // Rows that all have a postcode were already compared by rule 2.
    if (withoutPostcode === 0) return;
    // Two districts of one city under one name (서울 용산구 and 서울 은평구) are two people, as two postcodes are, and
    // a row that names no district can't tell whose it is: each district joins only its own rows.
    const named = districts.filter((district) => district !== NONE).length;
    for (const district of named >= 2 ? districts : [NONE]) {
      heads.length = 0;
      for (let j = start; j < end; j++) {
        const row = rows[j];
        if (named >= 2 && table.district(row) !== district) continue;
        if (!ambiguous || table.postcode(row) === NONE) joinToHeads(row, sameNameCity);
      }
    }
  });
}

/** Rows of the first person an email group's other rows are compared with, at most: a mailing list's address can hold thousands. */
const MAX_PERSON_ROWS = 8;

/**
 * Fills `firstPerson` with the rows of one email group that are its first row's person: the rows that are no
 * household member beside the first row, or beside any row already found to be that person. Comparing with the
 * first row alone let a badly typed first row ("Fera hhS") make the same person's other name order ("Shah Freya")
 * a second person, though "Freya Shah" on the same email said otherwise. Only rows with a whole given name are
 * compared with: a row without one ("익명", "Anonymous") or with an initial alone ("L. W.") is no household member
 * beside anyone, so taking it as the person made the household's second person the first one's too (verifyS2 F9).
 * It joins the first person; while the group has no row with a given name, each row does.
 */
function markFirstPerson(
  table: MatchTable, rows: Int32Array | number[], start: number, end: number, firstPerson: Set<number>,
  anotherPerson?: (first: number, row: number, sameGiven?: boolean) => boolean,
): void {
  firstPerson.clear();
  const person: number[] = [];
  const join = (row: number): void => {
    firstPerson.add(row);
    if (person.length < MAX_PERSON_ROWS && hasWholeGiven(table, row)) person.push(row);
  };
  join(rows[start]);
  // A few passes find a person's rows whatever their order; more would only cost time on a mailing list's address.
  for (let pass = 0, grew = true; grew && pass < 3; pass++) {
    grew = false;
    for (let j = start + 1; j < end; j++) {
      const row = rows[j];
      if (firstPerson.has(row)) continue;
      if (person.length > 0 && person.every((known) => isHousehold(table, known, row, anotherPerson))) continue;
      join(row);
      grew = true;
    }
  }
}

/** A given name that is more than an initial: what a household's second person is told by. */
function hasWholeGiven(table: MatchTable, row: number): boolean {
  return table.given(row) !== 0 && !table.givenIsInitial(row);
}

/**
 * A second person on one email: a clearly different given name (in any script or romanization) at the same
 * postcode. Without a postcode on both rows the exact rules' given names alone can't tell (they don't know
 * nicknames, name order or Chinese characters: one person's "Liz" and "Elizabeth" would count twice), so only
 * `anotherPerson`, where given, decides those.
 */
function isHousehold(table: MatchTable, first: number, row: number, anotherPerson?: (first: number, row: number, sameGiven?: boolean) => boolean): boolean {
  const postcode = table.postcode(first);
  const other = table.postcode(row);
  if (sameName(table, first, row)) return false;
  const placesAllow = postcode === other || postcode === NONE || other === NONE;
  if (!clearlyDifferentGiven(table, first, row)) {
    // One given name in two whole names is one person whose family name changed, unless fuzzy matching reads the
    // shared word as a family name written first ("Li Wei" and "Li Na" on one email: a household).
    const given = table.given(first);
    return anotherPerson !== undefined && given !== 0 && given === table.given(row) && placesAllow && anotherPerson(first, row, true);
  }
  if (anotherPerson) return placesAllow && anotherPerson(first, row);
  return postcode !== NONE && postcode === other;
}

/**
 * The same whole name, whichever way it was split: "KimMinjun" (one word, so all of it the given name) and "Kim Minjun"
 * (given name Minjun) differ in their given names but are one name, so no household.
 */
function sameName(table: MatchTable, a: number, b: number): boolean {
  return table.hasName(a) && table.nameHi(a) === table.nameHi(b) && table.nameLo(a) === table.nameLo(b);
}

/** Both given names known, not equal, and neither the other's initial ("J" and "John" are not clearly different). */
function clearlyDifferentGiven(table: MatchTable, a: number, b: number): boolean {
  const ga = table.given(a);
  const gb = table.given(b);
  if (ga === 0 || gb === 0 || ga === gb) return false;
  if (table.givenInitial(a) !== table.givenInitial(b)) return true;
  return !table.givenIsInitial(a) && !table.givenIsInitial(b);
}
