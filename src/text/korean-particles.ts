// Korean particles after a value put in by a template: 은/는, 이/가, 을/를, 과/와 and (으)로 depend on whether the
// word before ends in a consonant (받침). Catalogs write both forms, "{file}은(는)"; once the value is in, the
// right one can be chosen for Hangul and digits. After Latin letters the reading is unsure, so both forms stay.

/** Both-forms spellings: [with a final consonant, without one]. */
const PAIRS: Array<[RegExp, string, string]> = [
  [/은\(는\)|는\(은\)/u, '은', '는'],
  [/이\(가\)|가\(이\)/u, '이', '가'],
  [/을\(를\)|를\(을\)/u, '을', '를'],
  [/과\(와\)|와\(과\)/u, '과', '와'],
];
const BOTH_FORMS = /(은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|과\(와\)|와\(과\)|\(으\)로)/gu;
/** Marks a word may end with before its particle: quotes and closing brackets are read past. */
const CLOSING = /["'”’」』)\]》〉]/u;
/** How each digit is read (영 일 이 삼 사 오 육 칠 팔 구): its final consonant, 0 for none, 8 for ㄹ. */
const DIGIT_FINAL = [21, 8, 0, 16, 0, 0, 1, 8, 8, 0];
const RIEUL = 8;

/** The final consonant of the sound before `index` (0: none), or null when it can't be told. */
function finalBefore(text: string, index: number): number | null {
  let at = index - 1;
  while (at >= 0 && CLOSING.test(text[at])) at--;
  if (at < 0) return null;
  const code = text.charCodeAt(at);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28;
  if (code >= 0x30 && code <= 0x39) return DIGIT_FINAL[code - 0x30];
  return null;
}

export function chooseKoreanParticles(text: string): string {
  return text.replace(BOTH_FORMS, (both: string, _group: string, index: number) => {
    const final = finalBefore(text, index);
    if (final === null) return both;
    if (both === '(으)로') return final === 0 || final === RIEUL ? '로' : '으로';
    const pair = PAIRS.find(([pattern]) => pattern.test(both))!;
    return final === 0 ? pair[2] : pair[1];
  });
}
