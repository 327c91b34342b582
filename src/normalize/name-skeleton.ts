// Whether a name in one script may read as a name in another where no dictionary gives its reading (an abjad, an
// abugida, Cyrillic, Greek…): both are romanized by any-ascii and reduced to their consonants, grouped as
// transliterations confuse them. An anonymous "محمد علي" in London hid every two-part Latin name there, "John Smith"
// and "Mary Brown" included (outside tester verifyR2, F10): the consonants tell "Mohammed Ali" from "Mary Brown"
// where the vowels an abjad does not write cannot. Lossy on purpose: where unsure, two names read alike, so the
// signer who asked stays hidden.
import anyAscii from 'any-ascii';
import { editDistance } from '../formats/closest-header.js';

/** Letters of scripts any-ascii romanizes as such names are spelled in Latin letters (Cyrillic, Greek, kana, Arabic, Hebrew…). */
export const ROMANIZED_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Armenian}\p{Script=Georgian}]/u;
/**
 * A name part in the letters a-z: romanized by any-ascii, Greek ου written "ou" as names spell it (any-ascii writes
 * "oy": Papadopoylos), a soft sign's apostrophe dropped (Ol'ga).
 */
export function romanizedPart(part: string): string {
  return anyAscii(part).toLowerCase().replace(/[^a-z]+/gu, '').replace(/oy/gu, 'ou');
}

/** Letters that transliterations swap for one another, each replaced by one of its group (ch, j and g are all "k"). */
const CONSONANT_GROUP: Readonly<Record<string, string>> = {
  c: 'k', g: 'k', j: 'k', q: 'k', x: 'k', k: 'k',
  b: 'b', p: 'b', f: 'b', v: 'b',
  d: 't', t: 't', s: 't', z: 't',
  l: 'l', r: 'r', m: 'm', n: 'n',
};

/**
 * A name part's consonants as a transliteration keeps them: vowels, h, w and y (written or not, in either script)
 * dropped, swappable letters grouped, a letter written twice kept once ("Mohammed" and "محمد" both give "mt").
 */
export function consonantSkeleton(part: string): string {
  let skeleton = '';
  for (const char of anyAscii(part.normalize('NFC')).toLowerCase()) {
    const group = CONSONANT_GROUP[char];
    if (group !== undefined && !skeleton.endsWith(group)) skeleton += group;
  }
  return skeleton;
}

/** A name's parts as consonant skeletons, or null when it is written in Han or Hangul, which name-forms.ts reads. */
export function nameSkeleton(parts: readonly string[]): string[] | null {
  const words = parts.flatMap((part) => part.split(/[\s\-‐]+/u)).filter((word) => /\p{L}/u.test(word));
  if (words.length === 0 || words.some((word) => /[\p{Script=Han}\p{Script=Hangul}]/u.test(word))) return null;
  return words.map(consonantSkeleton);
}

/** Two skeletons of one name part: equal, one edit apart from three letters on, or equal once an article "al" goes. */
function partsAlike(a: string, b: string): boolean {
  // A part with no consonant ("Ai", "Eo") may be anything.
  if (a === '' || b === '' || a === b) return true;
  if (Math.min(a.length, b.length) >= 3 && editDistance(a, b) <= 1) return true;
  const withoutArticle = (s: string) => (s.length >= 3 && s.startsWith('l') ? s.slice(1) : s);
  const [x, y] = [withoutArticle(a), withoutArticle(b)];
  return (x !== a || y !== b) && (x === y || (Math.min(x.length, y.length) >= 3 && editDistance(x, y) <= 1));
}

/** Whether every part of the shorter name reads as a part of its own in the longer one. */
function eachPartMatched(shorter: readonly string[], longer: readonly string[]): boolean {
  const used = new Array<boolean>(longer.length).fill(false);
  return shorter.every((part) => {
    const at = longer.findIndex((other, i) => !used[i] && partsAlike(part, other));
    if (at < 0) return false;
    used[at] = true;
    return true;
  });
}

/**
 * Whether two names' skeletons may be one name: part by part in any order, or written together ("Abdulrahman",
 * "عبد الرحمن"; "たなかたろう", "Tanaka Taro") a few letters apart. A null skeleton (Han, Hangul) may be anything.
 */
export function skeletonsAlike(a: readonly string[] | null, b: readonly string[] | null): boolean {
  if (a === null || b === null) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (eachPartMatched(shorter, longer)) return true;
  const joined = (parts: readonly string[]) => parts.join('');
  const forward = [joined(a), joined(b)];
  const reversed = joined([...a].reverse());
  const allowed = Math.floor(Math.max(forward[0].length, forward[1].length) / 4);
  return editDistance(forward[0], forward[1]) <= allowed || editDistance(reversed, forward[1]) <= allowed;
}
