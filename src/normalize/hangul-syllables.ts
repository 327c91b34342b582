// Korean given names are two syllables, and a family's children often share one (민준 and 민지, 서연 and 서윤): a
// whole syllable that differs is another name, not a typing slip, however alike the romanized letters look.

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const HANGUL_SYLLABLES = /^[\uac00-\ud7a3]+$/;

/** Differences between two syllables' initial, vowel and final letters (jamo): 0 to 3. */
function jamoDifferences(x: number, y: number): number {
  const a = x - SYLLABLE_FIRST;
  const b = y - SYLLABLE_FIRST;
  return (Math.floor(a / 588) === Math.floor(b / 588) ? 0 : 1)
    + (Math.floor((a % 588) / 28) === Math.floor((b % 588) / 28) ? 0 : 1)
    + (a % 28 === b % 28 ? 0 : 1);
}

/**
 * Whether two names written in Hangul, of as many syllables, differ in a syllable by more than one letter (준 and
 * 지): another name. One letter (준 and 쥰, a slip of one key) is not enough to say.
 */
export function differInASyllable(x: string, y: string): boolean {
  const a = x.replace(/\s+/g, '');
  const b = y.replace(/\s+/g, '');
  if (a.length !== b.length || !HANGUL_SYLLABLES.test(a) || !HANGUL_SYLLABLES.test(b)) return false;
  for (let i = 0; i < a.length; i++) {
    const x1 = a.charCodeAt(i);
    const y1 = b.charCodeAt(i);
    if (x1 < SYLLABLE_FIRST || x1 > SYLLABLE_LAST || y1 < SYLLABLE_FIRST || y1 > SYLLABLE_LAST) return false;
    if (jamoDifferences(x1, y1) >= 2) return true;
  }
  return false;
}
