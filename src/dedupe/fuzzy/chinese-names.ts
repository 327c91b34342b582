// Whether a name written in Latin letters reads as a romanized Chinese name, so that its pinyin and Wade–Giles
// spellings may be taken for one name ("Xiaoming" and "Hsiao-ming"; "Gao" and "Kao"). The skeleton alone would also
// take "Dan" for "Tan" and "Ken" for "Gen": it is used between two Latin spellings only where both rows' names are
// made of Mandarin syllables and one of their parts is a common Chinese family name.

/**
 * One Mandarin syllable in pinyin or in Wade–Giles as people type it (no apostrophes, tone marks or umlauts):
 * an initial, then a final. Loose on purpose (it accepts some syllables no dialect has); the surname test narrows it.
 */
const SYLLABLE = '(?:ssu|szu|(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcswy])?(?:iang|iong|uang|iung|ueng|ang|eng|ing|ong|ung|ian|iao|ieh|uai|uan|uei|ueh|erh|ai|an|ao|ei|en|er|ia|ie|ih|in|iu|ou|ua|ue|ui|un|uo|eh|a|e|i|o|u|v))';
/** A given name has one to three syllables, a family name one or two (Ouyang, Szuma). */
const MANDARIN_SYLLABLES = new RegExp(`^${SYLLABLE}{1,3}$`);
/** No name of three syllables is longer than this; longer text is not tried (the pattern backtracks). */
const MAX_LETTERS = 18;

/** Whether `compact` (folded Latin letters, no spaces or hyphens) splits into one to three Mandarin syllables. */
export function isMandarinSyllables(compact: string): boolean {
  return compact.length > 0 && compact.length <= MAX_LETTERS && MANDARIN_SYLLABLES.test(compact);
}

/**
 * Common Chinese family names in pinyin, Wade–Giles and the spellings of Taiwanese and Hong Kong documents (about
 * 85 % of people in China and Taiwan have one of the pinyin ones).
 */
const CHINESE_FAMILY_NAMES = new Set(`
wang li lee zhang chang cheung liu lau lin lam chen chan chin huang hwang wong yang yeung zhao chao chiu wu ng zhou
chou chow xu hsu hui tsui sun ma zhu chu hu guo kuo kwok he ho gao kao ko luo lo law zheng cheng liang leung xie
hsieh tse song sung tang tong han hon feng fung deng teng tang cao tsao peng pang zeng tseng tsang xiao hsiao siu tian
tien dong tung pan poon yuan cai tsai choi jiang chiang yu yue du tu ye yeh ip yip wei lu lui su soo ding ting shen
shum lai fan fang fong shi shih sze yao tan tam liao zou tsou chau xiong hsiung jin kam hou lei bai pai cui qiu qin
gu ku koo mao hao wan duan tuan fu foo long lung tao to yin yan yen guan kuan kwan jia chia xia hsia fei gong kung
shao wen man zhong chung ou au ouyang situ szuto seto qian chien meng mang qi chi kei ke kuang lian lien ren jen yam
zhan kang hong hung ruan yuen bao pao min dai tai yi zhuang chuang huo niu pei qu lv lyu lue xue hsueh hsu yeo mo mok
xi hsi
`.split(/\s+/).filter((name) => name !== ''));

export function isChineseFamilyName(compact: string): boolean {
  return CHINESE_FAMILY_NAMES.has(compact);
}
