// Nickname equivalence for given names (Bob/Robert, Bill/William, Kate/Katherine), from a maintained list, and the
// diminutives of other languages it leaves out (Dima/Dmitry, Pepe/José, Beppe/Giuseppe, Sepp/Josef).

import { DIMINUTIVES_CSV } from './diminutive-data.js';
import { NICKNAMES_CSV } from './nickname-data.js';

interface NicknameList {
  /**
   * Per name, the names listed with it directly (a line's head and each of its nicknames). Only direct relations
   * count: siblings on a line such as "bill,william,robert" would otherwise make William and Robert the same person.
   */
  related: Map<string, Set<string>>;
  /** Names that head a line of the list: given names in their own right. */
  heads: Set<string>;
  /** Per name that is a nickname only (never the head of a line), the names whose lines list it. */
  nicknamesOf: Map<string, string[]>;
}

let list: NicknameList | null = null;

function readNicknameList(): NicknameList {
  const lines = `${NICKNAMES_CSV}\n${DIMINUTIVES_CSV}`.split('\n').map((line) => line.trim().split(',').filter(Boolean)).filter((names) => names.length > 1);
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    if (a === b) return;
    let set = related.get(a);
    if (!set) related.set(a, (set = new Set()));
    set.add(b);
  };
  const heads = new Set(lines.map((names) => names[0]));
  const nicknamesOf = new Map<string, string[]>();
  for (const [head, ...nicknames] of lines) {
    for (const nickname of nicknames) {
      link(head, nickname);
      link(nickname, head);
      if (!heads.has(nickname)) nicknamesOf.set(nickname, [...(nicknamesOf.get(nickname) ?? []), head]);
    }
  }
  return { related, heads, nicknamesOf };
}

/** True when one folded given name is listed as a nickname of the other. */
export function areNicknames(a: string, b: string): boolean {
  if (!a || !b || a === b) return false;
  list ??= readNicknameList();
  return list.related.get(a)?.has(b) ?? false;
}

/**
 * Two nicknames on one name's line (Jack and Johnny, both John): the list relates each to the name, not to each other.
 * Only names that are nicknames alone: names with a line of their own (Emma and Emily, both on Emeline's line) are
 * names in their own right.
 */
function nicknamesOfOneName(a: string, b: string): boolean {
  list ??= readNicknameList();
  const ofA = list.nicknamesOf.get(a);
  const ofB = list.nicknamesOf.get(b);
  return ofA !== undefined && ofB !== undefined && ofA.some((name) => ofB.includes(name));
}

/** Nicknames by the list: one listed on the other's line (Bob/Robert), or two on one name's line (Jack/Johnny). */
export function areListedForms(a: string, b: string): boolean {
  return areNicknames(a, b) || nicknamesOfOneName(a, b);
}

// Syllables common in romanized Korean given names (Revised Romanization, McCune–Reischauer and passport spellings).
const KOREAN_GIVEN_SYLLABLE = '(?:a|ae|ah|bin|bo|chae|chan|chang|cheol|chul|da|dae|do|dong|eun|gi|ki|gyu|kyu|ha|hae|han|ho|hoon|hun|hwa|'
  + 'hwan|hye|hyo|hyun|hyeon|hyuk|hyeok|hee|hui|il|in|ja|jae|je|jeong|jung|ji|jin|jong|joo|ju|jun|kyung|gyeong|mi|min|myung|'
  + 'myeong|na|nam|ra|rin|sa|sang|se|seo|seok|seon|sun|seong|sung|shin|sin|si|so|soo|su|sook|suk|tae|u|woo|won|wook|uk|ye|yeon|'
  + 'yeong|young|yong|yoon|yun|yu|yul|hong|gun|geon|kun)';
const KOREAN_SYLLABLES = new RegExp(`^${KOREAN_GIVEN_SYLLABLE}+$`);

/** Jun and Junho, Seo and Seojun: a romanized Korean syllable and a name that goes on with more syllables are two names. */
function koreanSyllablesBoth(short: string, long: string): boolean {
  return KOREAN_SYLLABLES.test(short) && KOREAN_SYLLABLES.test(long);
}

/** Spellings that sound alike in a given name's beginning: Mik(ey)/Mich(ael), Suz(y)/Sus(an), Tom/Thom(as). */
function soundFold(name: string): string {
  return name.replace(/ph/g, 'f').replace(/th/g, 't').replace(/ch|ck|c/g, 'k').replace(/z/g, 's').replace(/y/g, 'i').replace(/(.)\1/g, '$1');
}

const DIMINUTIVE_ENDING = /(ie|ei|i)$/;

/**
 * A short form made from the name's beginning, in the languages the nickname list leaves out (German Andi, Susi and
 * Kathi; Spanish Javi; English Mikey and Suzy): a beginning of three letters or more with a diminutive ending (-i,
 * -ie, -y, -ey), or the name itself with that ending (Jim and Jimmy). A bare beginning (Em for Emily, Isa for Isabel)
 * only of a name the list knows, and only when the short one is no name of its own: Max is short for Maximilian, not
 * for Maxine, and Maxin is a typo.
 */
function shortFormByBeginning(short: string, long: string): boolean {
  if (short.length >= long.length || koreanSyllablesBoth(short, long)) return false;
  const s = soundFold(short);
  const l = soundFold(long);
  list ??= readNicknameList();
  if (s.length >= 2 && l.length >= s.length + 2 && l.startsWith(s) && list.heads.has(long) && !list.heads.has(short)) return true;
  const stem = s.replace(DIMINUTIVE_ENDING, '');
  if (stem.length >= 3 && stem !== s && l.length > stem.length && l.startsWith(stem)) return true;
  return s.length >= 3 && l.replace(DIMINUTIVE_ENDING, '') === s;
}

/**
 * Short forms of one given name by their beginnings (Andi/Andreas, Mikey/Michael), where the list has neither. Not
 * for romanized Korean given names (Jun is not short for Junho: a Korean given name is two syllables, each of which
 * begins other names); the caller leaves out names written in Hangul or Han.
 */
export function areShortFormsByBeginning(a: string, b: string): boolean {
  if (!a || !b || a === b) return false;
  return shortFormByBeginning(a, b) || shortFormByBeginning(b, a);
}
