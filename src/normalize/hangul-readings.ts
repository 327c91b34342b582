// Whether a name in Latin letters can be how its Hangul is romanized. Koreans spell their names by habit as much as by
// any system: 성 is "Seong" (Revised Romanization), "Sŏng" (McCune–Reischauer) and "Sung" (passports and emails, by far
// the most common); 현 is "Hyeon" and "Hyun"; 영 "Yeong" and "Young". One skeleton can't merge those spellings
// without merging other syllables too ("Sung" is also 승 in McCune–Reischauer), so the Latin is tested against the
// spellings each syllable of the Hangul allows instead.

import { AdaptiveMemo } from './adaptive-memo.js';

// The spellings of each jamo seen in Revised Romanization, McCune–Reischauer (diacritics and apostrophes folded away)
// and common personal habits.
const INITIALS = [
  'g|k', 'kk|gg|k|g', 'n', 'd|t', 'tt|dd|t|d', 'r|l|n', 'm', 'b|p', 'pp|bb|p|b', 's|sh', 'ss|s|sh', '',
  'j|ch|tch', 'jj|tch|ch|j', 'ch|c|tch', 'k|kh', 't|th', 'p|ph|f', 'h|',
];
const MEDIALS = [
  'a|ah', 'ae|ai|e|ea', 'ya|yah', 'yae|yai|ye', 'eo|o|u|uh|oh', 'e|ae|eh', 'yeo|yo|yu|you|yeu|yuh', 'ye|yeh|e',
  'o|oh', 'wa|oa|wah', 'wae|wai|oe|we', 'oe|we|wae|oi', 'yo|yoh', 'u|oo|ou|woo|wu', 'wo|weo|wu|uo|wuh', 'we|weh',
  'wi|wee|ui|whi', 'yu|yoo|you', 'eu|u|oo|uh', 'ui|eui|ee|i|ei|uy', 'i|ee|y',
];
const FINALS = [
  '', 'k|g|c|ck', 'k|kk|g', 'k|g', 'n', 'n', 'n', 't|d', 'l|r|ll', 'k|l|lk', 'm|lm', 'l|p', 'l', 'l', 'p', 'l', 'm',
  'p|b', 'p|b', 't|s', 't|ss|s', 'ng', 't|j', 't|ch', 'k', 't', 'p', 't|h|',
];
const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
/** No Korean name is longer; a longer cell is not read syllable by syllable. */
const MAX_SYLLABLES = 6;

const group = (spellings: string): string => `(?:${spellings})`;

/** The pattern every romanization of `hangul` matches, or null when it is not a short run of Hangul syllables. */
function readingsOf(hangul: string): RegExp | null {
  const syllables = [...hangul.replace(/[\s\-‐‑'’.·]/g, '')];
  if (syllables.length === 0 || syllables.length > MAX_SYLLABLES) return null;
  let pattern = '';
  for (const syllable of syllables) {
    const code = syllable.charCodeAt(0);
    if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) return null;
    const offset = code - SYLLABLE_FIRST;
    pattern += group(INITIALS[Math.floor(offset / 588)]) + group(MEDIALS[Math.floor((offset % 588) / 28)]) + group(FINALS[offset % 28]);
  }
  return new RegExp(`^${pattern}$`);
}

const patterns = new AdaptiveMemo(readingsOf, 20_000);

/**
 * True when `latin` (folded letters: lower case, no accents) spells `hangul` (a Korean name part) in some usual
 * romanization, ignoring spaces, hyphens and apostrophes: 성민 and "Sung-min", 현우 and "Hyunwoo", 건 and "Gun".
 */
export function spellsHangul(hangul: string, latin: string): boolean {
  const compact = latin.replace(/[\s\-‐‑'’.]/g, '');
  if (compact === '' || !/^[a-z]+$/.test(compact)) return false;
  return patterns.get(hangul)?.test(compact) ?? false;
}
