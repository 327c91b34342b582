// Which national form of Han characters a text should take. Unicode gives Japanese, Korean, Simplified and
// Traditional Chinese one code point for "the same" character, but each is printed in its own shapes: a Japanese
// name in Chinese glyphs looks misspelt to its owner. Kana or Hangul in the text decide by themselves; for a
// Han-only name, the signer's country is the best evidence there is.

/** The CJK face whose Han shapes a text takes: Japanese, Korean, Traditional or Simplified Chinese. */
export type HanForm = 'jp' | 'kr' | 'tc' | 'sc';

const BY_COUNTRY: Record<string, HanForm> = { JP: 'jp', KR: 'kr', KP: 'kr', TW: 'tc', HK: 'tc', MO: 'tc', CN: 'sc', SG: 'sc' };

/** The Han form for a signer's country (ISO 3166-1 alpha-2); undefined where the country says nothing about it. */
export function hanFormOf(country: string): HanForm | undefined {
  return BY_COUNTRY[country.toUpperCase()];
}
