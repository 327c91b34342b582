// Names written family first in Hangul, Han or kana: detecting them and finding the family name in one cell.

const EAST_ASIAN_NAME = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々 ]+$/u;
const HANGUL_ONLY = /^[\p{Script=Hangul}]+$/u;
const HAN_ONLY = /^[\p{Script=Han}々]+$/u;

/** Korean two-syllable family names (a single-syllable reading would split 남궁민 as 남 + 궁민). */
const KOREAN_COMPOUND_FAMILIES = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방', '어금', '망절', '장곡']);

/** Chinese (and Korean hanja) two-character family names, simplified and traditional. */
const HAN_COMPOUND_FAMILIES = new Set([
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容',
  '令狐', '司徒', '夏侯', '长孙', '長孫', '宇文', '澹台', '轩辕', '軒轅', '端木', '闻人', '聞人', '独孤', '獨孤', '南宮',
  '南宫', '鮮于', '鲜于', '西门', '西門', '呼延', '申屠', '太史', '百里', '钟离', '鍾離',
]);

/**
 * Whether one word is a whole name in Hangul, Han or kana, the family and the given name written together ("王伟",
 * "김민수", "山田太郎"), not a family name alone ("王", "김", "欧阳", "남궁"): two letters or more, and no compound family
 * name alone. A Japanese family name of two characters ("山田") passes: the reader cannot tell it from a Chinese name.
 */
export function isWholeEastAsianNameWord(word: string): boolean {
  if (!EAST_ASIAN_NAME.test(word) || word.includes(' ')) return false;
  return [...word].length >= 2 && !KOREAN_COMPOUND_FAMILIES.has(word) && !HAN_COMPOUND_FAMILIES.has(word);
}

/** True when every letter is Hangul, Han or kana: such names are written family first. */
export function isEastAsianName(name: string): boolean {
  return EAST_ASIAN_NAME.test(name);
}

export interface FamilyGiven {
  family: string;
  given: string;
}

/**
 * Splits a family-first name written in one cell. With spaces the first word is the family name
 * ("山田 太郎", "박 민준"). Without spaces: Hangul (박민준, 남궁민) and Han names of two or three characters
 * (王小明, 欧阳修) take the known family name; longer Han names and names with kana (Japanese without a space)
 * cannot be split safely and come back with both parts empty.
 */
export function splitFamilyFirst(name: string): FamilyGiven {
  const space = name.indexOf(' ');
  if (space > 0) return { family: name.slice(0, space), given: name.slice(space + 1) };
  const length = [...name].length;
  if (length < 2) return { family: '', given: '' };
  if (HANGUL_ONLY.test(name)) {
    if (length >= 3 && KOREAN_COMPOUND_FAMILIES.has(name.slice(0, 2))) return { family: name.slice(0, 2), given: name.slice(2) };
    return { family: name.slice(0, 1), given: name.slice(1) };
  }
  if (HAN_ONLY.test(name) && !name.includes('々')) {
    const first = [...name];
    const compound = first.slice(0, 2).join('');
    if (length >= 3 && HAN_COMPOUND_FAMILIES.has(compound)) return { family: compound, given: first.slice(2).join('') };
    if (length <= 3) return { family: first[0], given: first.slice(1).join('') };
  }
  return { family: '', given: '' };
}
