// Do given names change under one email? Rows that share an email and that the exact rules made one signer are
// the data's own examples of one person; how often their given names clearly differ says whether a clearly
// different given name at a shared address is a typing accident or another person of the household.

import type { FuzzyRecords } from './fuzzy-records.js';
import { ShardedMap } from '../sharded-map.js';
import { FIELD_INDEX, FIELD_LEVELS } from './match-weights.js';
import { initialsFitGiven } from './given-initials.js';
import { transliteratedAlike } from './transliterated-names.js';
import { jaroWinkler } from './jaro-winkler.js';
import { koreanSkeleton } from '../../normalize/korean-skeleton.js';
import { chineseSkeleton } from '../../normalize/chinese-skeleton.js';
import type { NameForm } from './name-forms.js';

export interface SameEmailNames {
  /** Pairs of rows of one signer on one email, and how many of them carry clearly different given names. */
  pairs: number;
  otherGiven: number;
  /** Whether the data holds any email at all. */
  hasEmails: boolean;
}

const GIVEN_DISAGREES = FIELD_LEVELS.given.indexOf('disagree');
/** Chinese characters and kana: their readings aren't known well enough to call two names different. */
const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;
/** Rows of one email compared pair by pair, up to this many; a larger group by its first rows in content order. */
const GROUP_LIMIT = 12;

export function sameEmailNames(
  records: FuzzyRecords, cluster: Int32Array, comparer: { score(a: number, b: number): number; levels: Int8Array },
): SameEmailNames {
  const email = records.columns.email.view();
  const counts = records.emails.counts;
  const hasEmails = counts.length > 0;
  const groups = new ShardedMap<number, number[]>();
  for (let row = 0; row < email.length; row++) {
    const id = email[row];
    if (id < 0 || counts[id] < 2) continue;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = []));
    if (group.length < GROUP_LIMIT) group.push(row);
  }
  let pairs = 0;
  let otherGiven = 0;
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i];
        const b = group[j];
        if (cluster[a] !== cluster[b]) continue;
        comparer.score(a, b);
        const given = comparer.levels[FIELD_INDEX.given];
        if (given < 0) continue;
        pairs++;
        if (given === GIVEN_DISAGREES) otherGiven++;
      }
    }
  }
  return { pairs, otherGiven, hasEmails };
}

/**
 * Households are kept apart wherever the data holds emails. Only where nothing but names and addresses identify
 * anyone (no email anywhere: an address register such as FEBRL) is a clearly different given name weighed like any
 * other disagreement, because there a replaced given name cannot be told from a household. How often given names
 * differ under one email is reported, but does not decide: couples and families who share one address make it
 * high in exactly the petitions where keeping households apart matters most.
 */
export function householdsApart(check: SameEmailNames): boolean {
  return check.hasEmails;
}

/**
 * Two given names whose letters mostly coincide ("Charlie" and "Cahlrae", "Osacar" and "Ocar") may be one name
 * typed badly: letters as a multiset, Dice coefficient at or above this.
 */
export const SAME_LETTERS = 0.75;

/** Dice coefficient of the two strings' letters as multisets: 1 for anagrams, 0 for no letter in common. */
export function letterOverlap(a: string, b: string): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of b) {
    const left = counts.get(ch) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(ch, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * The names forms print as examples, which real people carry too (so they are not rejected): beside another name on
 * the same email, such a name is that person's stand-in, not a second person of a household (verifyQ H2).
 */
const STAND_IN_NAMES = new Set(['john doe', 'jane doe', 'richard roe', 'jane roe', 'john q public', 'erika mustermann']);

/**
 * For the exact rules: whether row b, on row a's email, is clearly another person. The matcher's own comparison of
 * names says the given names disagree outright (not a nickname, an initial, a typo, a romanization or the other
 * name order), neither is the other's initials ("M.J." and "Minji"), their letters are not mostly the same (a scrambled
 * typo), neither name is written in Chinese characters or kana, whose readings are too loosely known, and the two are
 * not one name in its own script and in Latin letters.
 */
export function anotherPersonOnEmail(
  records: FuzzyRecords, comparer: { score(a: number, b: number): number; readonly givenDisagreed: boolean },
): (a: number, b: number, sameGiven?: boolean) => boolean {
  const given = records.columns.given.view();
  const family = records.columns.family.view();
  const names = records.names.raw.values;
  const forms = records.names.forms;
  const hanOrKana = (row: number): boolean => HAN_OR_KANA.test(names[given[row]] ?? '') || HAN_OR_KANA.test(names[family[row]] ?? '');
  const partsOf = (row: number): NameOfRow => ({ given: names[given[row]] ?? '', family: names[family[row]] ?? '' });
  const standIn = (row: number): boolean => STAND_IN_NAMES.has(`${names[given[row]] ?? ''} ${names[family[row]] ?? ''}`.toLowerCase().trim());
  const part = (id: number): string => (id < 0 ? '' : names[id] ?? '');
  const oneNameInTwoScripts = (a: number, b: number): boolean => sameNameAcrossScripts(part(given[a]), part(family[a]), part(given[b]), part(family[b]));
  // "Li Wei" and "Li Na": read as written, one given name "Li" and two family names, which the matcher takes for one
  // person whose family name changed; their shared first word is a Chinese or Korean family name written first, and
  // what follows is each one's given name (fixS1, left open).
  const familyWrittenFirst = (a: number, b: number): boolean => {
    const first = forms[given[a]];
    return first !== undefined && given[a] >= 0 && given[b] >= 0 && family[a] >= 0 && family[b] >= 0
      && (names[given[a]] ?? '').toLowerCase() === (names[given[b]] ?? '').toLowerCase()
      && (first.chineseFamily || first.canonical !== first.compact)
      && (names[family[a]] ?? '').toLowerCase() !== (names[family[b]] ?? '').toLowerCase()
      // An initial after it ("Li W.") is the given name written short, not another person's.
      && clearlyOtherGiven(forms[family[a]], forms[family[b]]);
  };
  return (a, b, sameGiven = false) => {
    if (hanOrKana(a) || hanOrKana(b) || standIn(a) || standIn(b) || oneNameInTwoScripts(a, b)) return false;
    // The exact rules read one given name on both rows: another person only as a family name written first.
    if (sameGiven) return familyWrittenFirst(a, b) && !initialsOfOther(swapped(partsOf(a)), swapped(partsOf(b))) && !initialsOfOther(swapped(partsOf(b)), swapped(partsOf(a)));
    comparer.score(a, b);
    if (!comparer.givenDisagreed) return false;
    if (initialsOfOther(partsOf(a), partsOf(b)) || initialsOfOther(partsOf(b), partsOf(a))) return false;
    const formA = forms[given[a]];
    const formB = forms[given[b]];
    return !formA || !formB || letterOverlap(formA.compact, formB.compact) < SAME_LETTERS;
  };
}

/** Given names no spelling, romanization (Xiaoming, Hsiao-ming; Minjun, Min-joon) or initial makes one. */
const ALIKE_GIVEN = 0.8;
function clearlyOtherGiven(a: NameForm | undefined, b: NameForm | undefined): boolean {
  if (!a || !b || a.compact.length < 2 || b.compact.length < 2) return false;
  // Read as given names whatever column they sat in: the Korean skeleton applies ("Hyunwoo", "Hyeon-u").
  const [korA, korB] = [koreanSkeleton(a.compact), koreanSkeleton(b.compact)];
  const [hanA, hanB] = [chineseSkeleton(a.compact), chineseSkeleton(b.compact)];
  if (korA === korB || (hanA !== '' && hanA === hanB)) return false;
  return jaroWinkler(a.compact, b.compact) < ALIKE_GIVEN && jaroWinkler(korA, korB) < ALIKE_GIVEN;
}

function swapped(name: NameOfRow): NameOfRow {
  return { given: name.family, family: name.given };
}

interface NameOfRow {
  given: string;
  family: string;
}

/**
 * Whether the first name's given name is written as the second's initials ("MJ" and "Minji"), or, read in the other
 * order (a word in capitals is taken for the family name: "MJ Kwon"), its family name is, and its given name is the
 * second's family name.
 */
function initialsOfOther(initials: NameOfRow, name: NameOfRow): boolean {
  if (initialsFitGiven(initials.given, name.given)) return true;
  return initialsFitGiven(initials.family, name.given) && initials.given.toLowerCase() === name.family.toLowerCase();
}

/**
 * One name in its own script and in Latin letters ("Иван Орлов" and "Ivan Orlov", "محمد علي" and "Mohammed Ali"),
 * part by part in either order: one signer on one email, not a household (verifyS2 F7). Only here, on one email: the
 * matcher's scores across emails keep reading the scripts apart, as the anonymity rules by place expect.
 */
function sameNameAcrossScripts(givenA: string, familyA: string, givenB: string, familyB: string): boolean {
  const same = (x: string, y: string): boolean => x !== '' && y !== '' && (x.toLowerCase() === y.toLowerCase() || transliteratedAlike(x, y));
  const either = (x: string, y: string): boolean => x === '' || y === '' || same(x, y);
  return (same(givenA, givenB) && either(familyA, familyB)) || (same(givenA, familyB) && same(familyA, givenB));
}
