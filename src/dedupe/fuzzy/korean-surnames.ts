// Korean family names: their romanized spellings (Park/Pak/Bak, Lee/Yi/Rhee, …) and how common each is.

import { KOREAN_SURNAMES_CSV } from './korean-surname-data.js';

export interface KoreanSurname {
  hangul: string;
  /** Share of South Korea's population (0–1): Kim, Lee and Park together are about half. */
  share: number;
}

interface SurnameIndex {
  bySpelling: Map<string, KoreanSurname>;
  twoSyllable: Set<string>;
}

let index: SurnameIndex | null = null;

function buildIndex(): SurnameIndex {
  const bySpelling = new Map<string, KoreanSurname>();
  const twoSyllable = new Set<string>();
  const lines = KOREAN_SURNAMES_CSV.split('\n').slice(1);
  for (const line of lines) {
    const [hangul, sharePercent, romanizations, variants] = line.split(',');
    if (!hangul) continue;
    const surname: KoreanSurname = { hangul, share: Number(sharePercent) / 100 };
    bySpelling.set(hangul, surname);
    if (hangul.length === 2) twoSyllable.add(hangul);
    for (const spelling of (romanizations ?? '').split(' ')) if (spelling) bySpelling.set(spelling, surname);
    for (const variant of (variants ?? '').split(' ')) if (variant) bySpelling.set(variant, surname);
  }
  return { bySpelling, twoSyllable };
}

/** The surname written as Hangul or in any listed romanization (lower-case, no spaces), or undefined. */
export function koreanSurname(spelling: string): KoreanSurname | undefined {
  index ??= buildIndex();
  return index.bySpelling.get(spelling);
}

/** Splits "박민준" into family "박" and given "민준"; two-syllable family names (남궁, 선우…) are kept whole. */
export function splitHangulName(name: string): { family: string; given: string } {
  index ??= buildIndex();
  if (name.length >= 3 && index.twoSyllable.has(name.slice(0, 2))) {
    return { family: name.slice(0, 2), given: name.slice(2) };
  }
  return { family: name.slice(0, 1), given: name.slice(1) };
}
