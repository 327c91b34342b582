// Candidate pairs by blocking: rows are compared only when they share a key (family name + postcode, given-name
// initial + city, email local part, …), so the work grows with the rows, not with their square.

import type { FuzzyRecords } from './fuzzy-records.js';
import { ShardedMap, ShardedSet } from '../sharded-map.js';

export interface BlockingRule {
  name: string;
  /** Per row: the key, or -1 when a part is missing. */
  keys: Int32Array;
  /** A broad key (a city, an initial) that catches typos elsewhere: only small blocks are compared in full. */
  broad?: boolean;
  /**
   * False for a key chosen by a rule the learned weights don't model (two romanizations of one Chinese name): its
   * pairs are scored, but not learned from, or the weights of every other pair would shift with them.
   */
  learn?: boolean;
  /** Per row: a value two rows must not share to be compared under this rule (the pairs an earlier rule met). */
  apartBy?: Int32Array;
}

/** Blocks of a narrow key up to this size are compared in full; the pair count inside one is at most 190. */
const FULL_BLOCK = 20;
/** Broad keys compare in full only blocks this small; a city's block is walked with a short window. */
const FULL_BROAD_BLOCK = 12;
/** In larger blocks (a common name in a big city) each row meets only its nearest neighbours in name order. */
const WINDOW = 8;
const BROAD_WINDOW = 4;

const PART = 2 ** 26;

/** Turns two small non-negative ids per row into one dense key id per row. */
function combine(first: Int32Array, second: Int32Array | null, keep: (row: number) => boolean = () => true): Int32Array {
  const ids = new ShardedMap<number, number>();
  const out = new Int32Array(first.length);
  for (let row = 0; row < first.length; row++) {
    const x = first[row];
    const y = second ? second[row] : 0;
    if (x < 0 || y < 0 || !keep(row)) {
      out[row] = -1;
      continue;
    }
    const composite = x * PART + y;
    let id = ids.get(composite);
    if (id === undefined) {
      id = ids.size;
      ids.set(composite, id);
    }
    out[row] = id;
  }
  return out;
}

function mapIds(column: Int32Array, idMap: Int32Array): Int32Array {
  const out = new Int32Array(column.length);
  for (let row = 0; row < column.length; row++) out[row] = column[row] < 0 ? -1 : idMap[column[row]];
  return out;
}

/** The blocking rules, most selective first (a pair is compared under the first rule that holds it). */
export function blockingRules(records: FuzzyRecords): BlockingRule[] {
  const c = records.columns;
  const names = records.names;
  const given = c.given.view();
  const family = c.family.view();
  const canonicalOfName = Int32Array.from(names.canonicalId);
  // One UTF-16 unit: at most 65,536 initials, far below V8's limit on one Map.
  const initials = new Map<string, number>();
  const initialOfName = Int32Array.from(names.forms, (form) => {
    const initial = form.compact.charAt(0);
    if (!initial) return -1;
    let id = initials.get(initial);
    if (id === undefined) initials.set(initial, (id = initials.size));
    return id;
  });
  const givenCanonical = mapIds(given, canonicalOfName);
  const familyCanonical = mapIds(family, canonicalOfName);
  const givenInitial = mapIds(given, initialOfName);
  const low = new Int32Array(given.length);
  const high = new Int32Array(given.length);
  for (let row = 0; row < given.length; row++) {
    low[row] = Math.min(givenCanonical[row], familyCanonical[row]);
    high[row] = Math.max(givenCanonical[row], familyCanonical[row]);
  }
  // The first word of the family name as the row may mean it (Giménez for "Laura Giménez Gallego"): the block where
  // a double family name meets its other split, or its first half alone.
  const firstWords = new ShardedMap<string, number>();
  const firstWordOfName = Int32Array.from(names.forms, (form) => {
    let id = firstWords.get(form.firstWord);
    if (id === undefined) firstWords.set(form.firstWord, (id = firstWords.size));
    return form.firstWord ? id : -1;
  });
  const otherFamily = c.otherFamily.view();
  const familyFirstWord = Int32Array.from(family, (id, row) => {
    const meant = otherFamily[row] >= 0 ? otherFamily[row] : id;
    return meant < 0 ? -1 : firstWordOfName[meant];
  });
  // A Korean name typed family first in one name cell ("Park Seo Yun") is split with "Park" in the given part: its
  // first word is the family name other rows give in their own column.
  const otherGiven = c.otherGiven.view();
  const koreanFamilyFirst = Int32Array.from(family, (id, row) => {
    const meant = otherGiven[row] >= 0 && names.forms[otherGiven[row]].korean ? otherGiven[row] : id;
    return meant >= 0 && names.forms[meant].korean ? canonicalOfName[meant] : -1;
  });
  // A Chinese family name in Han on one row and in Wade–Giles on another (高 and "Kao"): rows meet on its
  // pinyin/Wade–Giles skeleton, where some row wrote that family name in Han.
  const skeletonOfName = names.chineseSkeletonId;
  const hanFamilySkeletons = new ShardedSet<number>();
  for (const id of family) if (id >= 0 && names.forms[id].han) hanFamilySkeletons.add(skeletonOfName[id]);
  const chineseFamily = Int32Array.from(family, (id) => (id >= 0 && hanFamilySkeletons.has(skeletonOfName[id]) ? skeletonOfName[id] : -1));
  // A Chinese name in pinyin on one row and in Wade–Giles on another, in either order ("Chen Xiaoming", "Hsiao-ming
  // Chen"), or in three words read after the first ("Hsieh Chih An" is Hsieh, Chih An): rows whose names read as
  // Chinese (both parts Han or Mandarin syllables, one a Chinese family name) meet on the two parts' skeletons.
  const chineseOf = Uint8Array.from(names.forms, (form) => (form.mandarin ? 1 : 0) | (form.chineseFamily ? 2 : 0));
  const chineseKeys = (firstPart: Int32Array, secondPart: Int32Array): Int32Array => {
    const low = new Int32Array(firstPart.length);
    const high = new Int32Array(firstPart.length);
    for (let row = 0; row < firstPart.length; row++) {
      const x = firstPart[row];
      const y = secondPart[row];
      const chinese = x >= 0 && y >= 0 && (chineseOf[x] & chineseOf[y] & 1) !== 0 && ((chineseOf[x] | chineseOf[y]) & 2) !== 0;
      low[row] = chinese ? Math.min(skeletonOfName[x], skeletonOfName[y]) : -1;
      high[row] = chinese ? Math.max(skeletonOfName[x], skeletonOfName[y]) : -1;
    }
    return onlyWhereSpelledTwoWays(combine(low, high), (row) => {
      const x = canonicalOfName[firstPart[row]];
      const y = canonicalOfName[secondPart[row]];
      return Math.min(x, y) * PART + Math.max(x, y);
    });
  };
  // A Korean given name in Hangul on one row and romanized by habit on another (건린 and "Gunrin", 현우 and "Hyunwoo"):
  // their skeletons differ in a vowel (ㅓ is written eo, o or u), so such rows meet under a Korean family name where
  // the given name's o and u are one letter; scoring then asks whether the Latin can spell the Hangul (hangul-readings.ts).
  const looseSkeletons = new ShardedMap<string, number>();
  const looseSkeletonOfName = Int32Array.from(names.forms, (form) => {
    const loose = form.skeleton.replace(/[ou]+/g, 'U');
    let id = looseSkeletons.get(loose);
    if (id === undefined) looseSkeletons.set(loose, (id = looseSkeletons.size));
    return id;
  });
  const koreanFamily = Int32Array.from(family, (id, row) => (id >= 0 && names.forms[id].korean ? familyCanonical[row] : -1));
  const koreanGivenLoosely = onlyWhereSpelledTwoWays(combine(koreanFamily, mapIds(given, looseSkeletonOfName)), (row) => givenCanonical[row]);
  // A name written in other words or another order ("Seo Yun Lee", "Lee Seo Yun"; "Manuel Ruiz Cano" split after its
  // first or second word): the letters of the whole name, sorted.
  const letterSets = new ShardedMap<string, number>();
  const nameLetters = new Int32Array(given.length).fill(-1);
  for (let row = 0; row < given.length; row++) {
    if (given[row] < 0 || family[row] < 0) continue;
    const letters = [...(names.forms[given[row]].compact + names.forms[family[row]].compact)].sort().join('');
    if (letters.length < 6) continue;
    let id = letterSets.get(letters);
    if (id === undefined) letterSets.set(letters, (id = letterSets.size));
    nameLetters[row] = id;
  }
  const bothNames = combine(low, high);
  const emailLocal = c.emailLocal.view();
  const localLength = records.emailLocals.values.map((local) => local.length);
  const postcode = c.postcode.view();
  const city = c.city.view();
  const houseNumber = houseNumbers(records);
  return [
    { name: 'family name+postcode', keys: combine(familyCanonical, postcode) },
    { name: 'both names, either order', keys: bothNames },
    { name: 'the letters of the whole name', keys: nameLetters, apartBy: bothNames },
    { name: 'email local part', keys: combine(emailLocal, null, (row) => localLength[emailLocal[row]] >= 3) },
    { name: 'phone number', keys: combine(c.phone.view(), null) },
    { name: 'given name+postcode', keys: combine(givenCanonical, postcode) },
    { name: 'given initial+city', keys: combine(givenInitial, city), broad: true },
    { name: 'first family word+postcode', keys: combine(familyFirstWord, postcode) },
    { name: 'Korean family name, written first+postcode', keys: combine(koreanFamilyFirst, postcode) },
    { name: 'Chinese family name in any romanization+postcode', keys: combine(chineseFamily, postcode) },
    { name: 'Korean family name+given name with o and u as one', keys: koreanGivenLoosely, learn: false },
    { name: 'Chinese name in pinyin or Wade–Giles, either order', keys: chineseKeys(given, family), learn: false },
    { name: 'Chinese name in pinyin or Wade–Giles, read after its first word', keys: chineseKeys(otherOrOwn(otherGiven, given), otherOrOwn(otherFamily, family)), learn: false },
    { name: 'family name', keys: combine(familyCanonical, null), broad: true },
    { name: 'street', keys: combine(c.street.view(), null) },
    { name: 'house number+postcode', keys: combine(houseNumber, postcode) },
    { name: 'house number+city', keys: combine(houseNumber, city) },
    { name: 'second address line+city', keys: combine(c.street2.view(), city) },
    { name: 'postcode+city', keys: combine(postcode, city), broad: true },
    { name: 'birth date', keys: combine(c.birthDate.view(), null) },
    { name: 'id number', keys: combine(c.idNumber.view(), null) },
  ];
}

/**
 * Keeps a key only where its rows spell the name two ways (`spelling`): rows of one spelling already meet under 'both
 * names, either order', and more pairs of them would only shift the weights learned from the candidate pairs.
 */
function onlyWhereSpelledTwoWays(keys: Int32Array, spelling: (row: number) => number): Int32Array {
  const firstSpelling = new ShardedMap<number, number>();
  const twoSpellings = new ShardedSet<number>();
  for (let row = 0; row < keys.length; row++) {
    if (keys[row] < 0) continue;
    const written = spelling(row);
    const seen = firstSpelling.get(keys[row]);
    if (seen === undefined) firstSpelling.set(keys[row], written);
    else if (seen !== written) twoSpellings.add(keys[row]);
  }
  for (let row = 0; row < keys.length; row++) if (keys[row] >= 0 && !twoSpellings.has(keys[row])) keys[row] = -1;
  return keys;
}

/** The name read after its first word where a row has that reading, else as split: rows of both kinds meet. */
function otherOrOwn(other: Int32Array, own: Int32Array): Int32Array {
  return Int32Array.from(other, (id, row) => (id >= 0 ? id : own[row]));
}

const NUMBER = /\d+/;

/** The first number of each row's street line (the house number), as a small id; -1 without one. */
function houseNumbers(records: FuzzyRecords): Int32Array {
  const numberOfStreet = Int32Array.from(records.streets.values, (street) => {
    const match = NUMBER.exec(street);
    return match ? Math.min(Number(match[0]), PART - 1) : -1;
  });
  return mapIds(records.columns.street.view(), numberOfStreet);
}

/** A name order for windows inside large blocks: family name, then given name, alphabetically. */
function nameRank(records: FuzzyRecords): Float64Array {
  const forms = records.names.forms;
  const order = forms.map((_, id) => id).sort((x, y) => (forms[x].compact < forms[y].compact ? -1 : forms[x].compact > forms[y].compact ? 1 : 0));
  const rankOf = new Int32Array(forms.length);
  order.forEach((id, rank) => {
    rankOf[id] = rank + 1;
  });
  const given = records.columns.given.view();
  const family = records.columns.family.view();
  const span = forms.length + 1;
  const out = new Float64Array(given.length);
  for (let row = 0; row < given.length; row++) {
    out[row] = (family[row] < 0 ? 0 : rankOf[family[row]]) * span + (given[row] < 0 ? 0 : rankOf[given[row]]);
  }
  return out;
}

/**
 * Calls `visit(a, b, rule)` once for each candidate pair (a < b) of the rules. A pair that an earlier rule already
 * compared in full is skipped, so most pairs are visited once; a pair met again in a windowed block may repeat.
 */
export function forEachCandidatePair(records: FuzzyRecords, rules: BlockingRule[], visit: (a: number, b: number, rule: BlockingRule) => void): void {
  const size = records.size;
  const signedAt = records.signedAt;
  // Rows with one name are windowed in signing order, not in the order the files were read.
  const byTime = (x: number, y: number): number => (signedAt[x] < signedAt[y] ? -1 : signedAt[x] > signedAt[y] ? 1 : 0);
  const fullyCompared: Array<{ keys: Int32Array; blockSize: Int32Array; fullUpTo: number }> = [];
  let rank: Float64Array | null = null;
  for (const rule of rules) {
    const keys = rule.keys;
    let keyCount = 0;
    for (let row = 0; row < size; row++) if (keys[row] >= keyCount) keyCount = keys[row] + 1;
    const blockSize = new Int32Array(keyCount);
    for (let row = 0; row < size; row++) if (keys[row] >= 0) blockSize[keys[row]]++;
    const start = new Int32Array(keyCount + 1);
    for (let key = 0; key < keyCount; key++) start[key + 1] = start[key] + blockSize[key];
    const fill = start.slice(0, keyCount);
    const members = new Int32Array(start[keyCount]);
    for (let row = 0; row < size; row++) if (keys[row] >= 0) members[fill[keys[row]]++] = row;

    const fullUpTo = rule.broad ? FULL_BROAD_BLOCK : FULL_BLOCK;
    const window = rule.broad ? BROAD_WINDOW : WINDOW;
    const apartBy = rule.apartBy;
    const earlierKeys = fullyCompared.map((e) => e.keys);
    const earlierSizes = fullyCompared.map((e) => e.blockSize);
    const earlierFull = fullyCompared.map((e) => e.fullUpTo);
    const earlierCount = earlierKeys.length;
    const seenBefore = (a: number, b: number): boolean => {
      if (apartBy !== undefined && apartBy[a] === apartBy[b]) return true;
      for (let r = 0; r < earlierCount; r++) {
        const k = earlierKeys[r];
        const key = k[a];
        if (key >= 0 && key === k[b] && earlierSizes[r][key] <= earlierFull[r]) return true;
      }
      return false;
    };
    for (let key = 0; key < keyCount; key++) {
      const from = start[key];
      const to = start[key + 1];
      const count = to - from;
      if (count < 2) continue;
      if (count <= fullUpTo) {
        for (let i = from; i < to; i++) {
          for (let j = i + 1; j < to; j++) {
            const a = members[i];
            const b = members[j];
            if (!seenBefore(a, b)) visit(a, b, rule);
          }
        }
        continue;
      }
      rank ??= nameRank(records);
      const ranks = rank;
      const block = Array.from(members.subarray(from, to)).sort((x, y) => ranks[x] - ranks[y] || byTime(x, y) || x - y);
      for (let i = 0; i < block.length; i++) {
        const last = Math.min(block.length - 1, i + window);
        for (let j = i + 1; j <= last; j++) {
          const a = Math.min(block[i], block[j]);
          const b = Math.max(block[i], block[j]);
          if (!seenBefore(a, b)) visit(a, b, rule);
        }
      }
    }
    fullyCompared.push({ keys, blockSize, fullUpTo });
  }
}
