// The spelling-variant skeleton of a romanized Korean name, and a given name's form that is the same whatever
// script or romanization the signer wrote it in.

import { ROMANIZED_SCRIPT, romanizedPart } from './name-skeleton.js';

// Ordered rewrites that merge the common ways of spelling one Korean sound (Revised Romanization,
// McCune-Reischauer and passport habits): voiced and voiceless consonants, eo/o, oo/u, ee/i, silent h.
const SKELETON_REWRITES: Array<[RegExp, string]> = [
  [/tch|ch|j/g, 'J'],
  [/sh/g, 's'],
  [/rh|l/g, 'r'],
  [/ck|k|g/g, 'G'],
  [/t|d/g, 'D'],
  [/p|b/g, 'B'],
  [/ee|yi/g, 'i'],
  [/woo|wu/g, 'u'],
  [/oo|eu|ou/g, 'u'],
  [/eo/g, 'o'],
  [/ae|ai/g, 'e'],
  [/([aeiou])h(?![aeiouy])/g, '$1'],
  [/(.)\1+/g, '$1'],
];

/** Longer names are cut for the skeleton: the backreference rewrite overflows the stack on runs of millions of letters. */
const MAX_SKELETON_INPUT = 256;

export function koreanSkeleton(compact: string): string {
  let out = compact.length > MAX_SKELETON_INPUT ? compact.slice(0, MAX_SKELETON_INPUT) : compact;
  for (const [pattern, replacement] of SKELETON_REWRITES) out = out.replace(pattern, replacement);
  return out;
}


// Revised Romanization of each jamo, as a syllable is romanized on its own (names are romanized syllable by
// syllable); enough for comparing, without loading a romanization library on the exact path.
const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIALS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const NOT_LETTERS = /[\s\-'’.]/g;

function romanizeSyllables(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < SYLLABLE_FIRST || code > SYLLABLE_LAST) {
      out += text[i];
      continue;
    }
    const offset = code - SYLLABLE_FIRST;
    out += INITIALS[Math.floor(offset / 588)] + MEDIALS[Math.floor((offset % 588) / 28)] + FINALS[offset % 28];
  }
  return out;
}

const HANGUL = /[\uac00-\ud7a3]/;
/** Given names repeat: most rows of a big file hit a small cache. Bounded, so a file of unique names can't grow it. */
const CACHE_LIMIT = 50_000;
const identityCache = new Map<string, string>();

/**
 * A folded given name as one form for every way of writing it: Hangul and the scripts any-ascii reads romanized, spaces, hyphens and
 * apostrophes gone, and Korean spelling variants merged ("혜원", "Hyewon", "Hye-won" and "Hyeweon" agree).
 * Two given names that differ here are clearly two names; the converse may merge rare look-alikes, which only
 * keeps two rows on one email together, as before.
 */
export function givenIdentity(foldedGiven: string): string {
  if (foldedGiven === '') return '';
  let identity = identityCache.get(foldedGiven);
  if (identity !== undefined) return identity;
  // Cyrillic, Greek, Arabic… romanized too: "Иван" and "Ivan" on one email are one signer's, not a household's (verifyS2 F7).
  const latin = HANGUL.test(foldedGiven) ? romanizeSyllables(foldedGiven) : ROMANIZED_SCRIPT.test(foldedGiven) ? romanizedPart(foldedGiven) : foldedGiven;
  identity = koreanSkeleton(latin.replace(NOT_LETTERS, '').toLowerCase());
  if (identityCache.size >= CACHE_LIMIT) identityCache.clear();
  identityCache.set(foldedGiven, identity);
  return identity;
}
