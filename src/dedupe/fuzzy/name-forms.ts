// The comparable forms of one name part: Latin letters for every script (Hangul romanized, Han in pinyin), and a
// romanization skeleton on which the usual spellings of one Korean name agree.

import { romanize } from 'es-hangul';
import { pinyin } from 'pinyin-pro';
import { foldText } from '../../normalize/fold.js';
import { koreanSurname } from './korean-surnames.js';
import { koreanSkeleton } from '../../normalize/korean-skeleton.js';
import { chineseSkeleton } from '../../normalize/chinese-skeleton.js';
import { cityFromKoreanAddress } from '../../normalize/city-from-korean-address.js';
import { cityNameKey } from './city-names.js';
import { isChineseFamilyName, isMandarinSyllables } from './chinese-names.js';

export interface NameForm {
  /** Folded Latin letters without spaces or hyphens: "Min-jun" and "민준" both give "minjun". */
  compact: string;
  /** The first folded word, for nicknames and initials ("mary ann" → "mary"). */
  firstWord: string;
  /** The first letter of each word or Hangul syllable ("Min Jun", "Min-jun" and "민준" → "mj"); '' for one word. */
  initials: string;
  /** Korean surnames map every spelling to the Hangul ("Park", "Pak", "박" → "박"); other names keep `compact`. */
  canonical: string;
  /** Spelling-variant skeleton for romanized Korean ("minjoon", "min-jun" → "minjun"). */
  skeleton: string;
  /** Written in Hangul or spelled like a Korean surname: the skeleton comparison applies. */
  korean: boolean;
  /** Pinyin/Wade–Giles skeleton ("hsiaoming", "xiaoming" → one form), compared where a row wrote the name in Han. */
  chineseSkeleton: string;
  /** Written in Han characters. */
  han: boolean;
  /** Written in Han, or in Latin letters that split into Mandarin syllables ("Hsiao-ming", "Xiaoming", "Anna"). */
  mandarin: boolean;
  /** Written in Han, or a common Chinese family name in any romanization ("Chen", "Kao", "Tseng"). */
  chineseFamily: boolean;
  /** Share of Korea's population with this surname, when it is one; else 0. */
  surnameShare: number;
}

const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const SPACES = / /g;
const HANGUL_SYLLABLE_FIRST = 0xac00;
const HANGUL_SYLLABLE_LAST = 0xd7a3;

// Romanizing syllable by syllable, as names are romanized (passports write 박민준 "Park Minjun", not the
// sound-changed "Bangminjun" that whole-word romanization gives).
const syllableCache = new Map<number, string>();
export function romanizeHangul(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < HANGUL_SYLLABLE_FIRST || code > HANGUL_SYLLABLE_LAST) {
      out += foldText(text[i]);
      continue;
    }
    let latin = syllableCache.get(code);
    if (latin === undefined) {
      latin = romanize(text[i]);
      syllableCache.set(code, latin);
    }
    out += latin;
  }
  return out;
}

/** The first romanized letter of each Hangul syllable: 민준 → "mj" (where a signer writes "MJ"). */
function hangulInitials(text: string): string {
  let out = '';
  for (const syllable of text.replace(/\s+/g, '')) out += romanizeHangul(syllable).charAt(0);
  return out.length > 1 ? out : '';
}

function romanizeHan(text: string): string {
  // One character alone is most often a family name, and some read otherwise there: 曾 is Zeng (Tseng), not ceng;
  // 解 is Xie (Hsieh), not jie.
  const surname = text.length === 1 ? 'head' : 'off';
  return (pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', surname }) as string[])
    .map((part) => foldText(part))
    .join(' ');
}

/**
 * A Wade–Giles aspiration mark after a syllable's initial ("Chin-p'ing", "Ch'en", "Ts'ai", "T‘ang"): read as the
 * initial alone, as pinyin spells it, so "Hsi Chin-p'ing" meets "Xi Jinping" (outside tester G, F8). Folded with the
 * other marks, it split the syllable in two ("p ing"). Only before a vowel, after p, t, k, ch, ts or tz opening a
 * syllable: "O'Brien" and "D'Angelo" are not read.
 */
const ASPIRATION = /(^|[\s\-‐‑])(ch|ts|tz|p|t|k)['’ʻ‘`´](?=[aeiouüv])/giu;

/** No real name part is longer; beyond this, two names are compared by their beginnings. */
const MAX_NAME_FORM_INPUT = 256;

/** Builds the comparable forms of one name part (a given name or a family name) as the signer wrote it. */
export function nameForm(written: string): NameForm {
  // String similarity is quadratic in length: a hostile 200,000-letter name would stall the run for hours.
  const raw = written.length > MAX_NAME_FORM_INPUT ? written.slice(0, MAX_NAME_FORM_INPUT) : written;
  let folded: string;
  let korean = false;
  let han = false;
  if (HANGUL.test(raw)) {
    folded = romanizeHangul(raw.replace(/\s+/g, ''));
    korean = true;
  } else if (HAN.test(raw)) {
    folded = romanizeHan(raw.replace(/\s+/g, ''));
    han = true;
  } else {
    folded = foldText(raw.replace(ASPIRATION, '$1$2'));
  }
  const compact = folded.replace(SPACES, '');
  const initials = HANGUL.test(raw) ? hangulInitials(raw) : folded.includes(' ') ? folded.split(' ').map((word) => word.charAt(0)).join('') : '';
  const firstWord = HANGUL.test(raw) || HAN.test(raw) ? compact : folded.split(' ')[0];
  const surname = koreanSurname(HANGUL.test(raw) ? raw.trim() : compact);
  if (surname) korean = true;
  return {
    compact,
    firstWord,
    initials,
    canonical: surname ? surname.hangul : compact,
    skeleton: koreanSkeleton(compact),
    korean,
    // Syllable by syllable where the writer separated them: "Chih An" is chih + an, not "chihan" (where the h of
    // chih would stand before a vowel and be kept).
    chineseSkeleton: folded.includes(' ') ? folded.split(' ').map(chineseSkeleton).join('') : chineseSkeleton(compact),
    han,
    mandarin: han || (!HANGUL.test(raw) && isMandarinSyllables(compact)),
    chineseFamily: han || isChineseFamilyName(compact),
    surnameShare: surname ? surname.share : 0,
  };
}

const KOREAN_CITY_SUFFIX = /(특별자치시|특별자치도|특별시|광역시|시)$/;

/**
 * A city name for comparison: Hangul romanized ("서울특별시" and "서울" → "seoul", as "Seoul"), a Korean address
 * read for its city ("서울 강남구" and "경기도 용인시 기흥구" give Seoul and Yongin), and a listed city under any of
 * its names (東京 → tokyo, München → munich); others kept.
 */
export function placeKey(folded: string): string {
  if (!HANGUL.test(folded)) return cityNameKey(folded);
  const city = cityFromKoreanAddress(folded);
  if (city) return cityNameKey(romanizeHangul(city));
  const [first, ...rest] = folded.split(' ');
  return cityNameKey([romanizeHangul(first.replace(KOREAN_CITY_SUFFIX, '')), ...rest.map(romanizeHangul)].join(' '));
}
