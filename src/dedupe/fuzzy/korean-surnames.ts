// Korean family names: their romanized spellings (Park/Pak/Bak, Lee/Yi/Rhee, …) and how common each is.

import { KOREAN_SURNAMES_CSV } from './korean-surname-data.js';

export interface KoreanSurname {
  hangul: string;
  /** Share of South Korea's population (0–1): Kim, Lee and Park together are about half. */
  share: number;
}

let bySpelling: Map<string, KoreanSurname> | null = null;

function buildIndex(): Map<string, KoreanSurname> {
  const index = new Map<string, KoreanSurname>();
  const lines = KOREAN_SURNAMES_CSV.split('\n').slice(1);
  for (const line of lines) {
    const [hangul, sharePercent, romanizations, variants] = line.split(',');
    if (!hangul) continue;
    const surname: KoreanSurname = { hangul, share: Number(sharePercent) / 100 };
    index.set(hangul, surname);
    for (const spelling of (romanizations ?? '').split(' ')) if (spelling) index.set(spelling, surname);
    for (const variant of (variants ?? '').split(' ')) if (variant) index.set(variant, surname);
  }
  return index;
}

/** The surname written as Hangul or in any listed romanization (lower-case, no spaces), or undefined. */
export function koreanSurname(spelling: string): KoreanSurname | undefined {
  bySpelling ??= buildIndex();
  return bySpelling.get(spelling);
}
