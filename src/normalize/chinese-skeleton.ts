// The spelling-variant skeleton of a romanized Chinese name: pinyin and Wade–Giles (as Taiwanese passports write
// names) agree on it. 陳曉明 is "Chen Xiaoming" in pinyin and "Chen Hsiao-ming" on a Taiwanese passport; 高 is
// "Gao" and "Kao"; 紅 is "hong" and "hung".

// Ordered rewrites, each merging the pinyin and Wade–Giles spellings of one sound (Wade–Giles without its
// apostrophes, as people type it). Syllable-initial sounds first, then finals.
const SKELETON_REWRITES: Array<[RegExp, string]> = [
  [/ssu/g, 'si'], // 思 si / ssu
  [/tzu/g, 'Zi'], // 子 zi / tzu
  [/zh|ch|jh/g, 'C'], // 張 zhang / chang, 陳 chen
  [/hs|x/g, 'X'], // 曉 xiao / hsiao
  [/tz|ts|z|c/g, 'Z'], // 曾 zeng / tseng, 蔡 cai / tsai
  [/j|q/g, 'C'], // 靜 jing / ching, 秋 qiu / chiu
  [/sh/g, 'S'],
  [/ong/g, 'ung'], // 紅 hong / hung
  [/(?<=[iy])en/g, 'an'], // 建 jian / chien, 燕 yan / yen (pinyin has no -ien or yen)
  [/uei/g, 'ui'], // 貴 gui / kuei
  [/uo/g, 'o'], // 國 guo / kuo, 羅 luo / lo
  [/you/g, 'yu'], // 友 you / yu
  [/yi/g, 'i'], // 義 yi / i
  [/([hgk])e(?![inr])/g, '$1o'], // 何 he / ho, 葛 ge / ko
  [/ng(?![aeiou])/g, 'N'],
  [/b|p/g, 'P'],
  [/d|t/g, 'T'],
  [/g|k/g, 'K'],
  [/([aeiou])h(?![aeiou])/g, '$1'], // 志 zhi / chih, 謝 xie / hsieh
];

/** Longer names are cut: no name is longer, and the rewrites stay linear. */
const MAX_SKELETON_INPUT = 256;

export function chineseSkeleton(compact: string): string {
  let out = compact.length > MAX_SKELETON_INPUT ? compact.slice(0, MAX_SKELETON_INPUT) : compact;
  for (const [pattern, replacement] of SKELETON_REWRITES) out = out.replace(pattern, replacement);
  return out;
}
