// How likely one line's bytes are as text in each encoding a signature export is written in: a log-likelihood per
// encoding, or -Infinity where the bytes cannot be that encoding at all.
//
// Each double-byte encoding has a region its everyday text lives in (the 2,350 common Hangul of KS X 1001, the 3,755
// first-level Hanzi of GB 2312, the common Big5 block, kana and first-level kanji of JIS X 0208), a region of symbols
// and rarer characters, and a rare region (UHC's extra Hangul, GBK's and HKSCS's additions). One encoding's text read
// in another mostly lands in the other's rare region, or is invalid: Shift-JIS names read as CP949 are UHC's rare
// syllables (랹밹뫞쁚), Korean read as Windows-1252 is runs of symbols (±è¹ÎÁØ). Korean read as GBK is the exception
// (every common Hangul lands on a common Hanzi): it is told apart by GBK's larger common region, over enough text.
// Validity follows iconv-lite, which decodes the bytes afterwards: a byte this calls invalid decodes as U+FFFD there.

export const CANDIDATES = ['utf-8', 'cp949', 'gb18030', 'big5', 'shift_jis', 'windows-1252', 'windows-1251'] as const;
export type Candidate = (typeof CANDIDATES)[number];

/** Log-probability of a character of a region: its share of the encoding's text spread over the region's size. */
const share = (fraction: number, size: number): number => Math.log(fraction / size);

const UTF8_CHAR = Math.log(0.5);
const HANGUL = share(0.9, 2350);
const HANJA = share(0.04, 4888);
const KS_SYMBOL = share(0.05, 1100);
const UHC_EXTRA = share(0.01, 8822);
const SCRIPT_SWITCH = Math.log(0.05);
const GB_LEVEL1 = share(0.85, 3755);
const GB_LEVEL2 = share(0.1, 3008);
const GB_SYMBOL = share(0.04, 700);
const GBK_EXTRA = share(0.01, 14000);
const GB_FOUR_BYTE = share(0.001, 40000);
const BIG5_COMMON = share(0.85, 5401);
const BIG5_RARER = share(0.1, 7652);
const BIG5_SYMBOL = share(0.04, 408);
const HKSCS = share(0.01, 5000);
const KANA = share(0.3, 170);
const KANJI1 = share(0.55, 2965);
const JIS_SYMBOL = share(0.05, 1000);
const KANJI2 = share(0.08, 3390);
const JIS_EXTRA = share(0.01, 2000);
const HALFWIDTH_KANA = share(0.01, 63);
const LATIN_LETTER = share(0.8, 66);
const LATIN_PUNCTUATION = share(0.15, 30);
const LATIN_SYMBOL = share(0.05, 30);
const CYRILLIC_LETTER = share(0.85, 66);
const CYRILLIC_OTHER = share(0.15, 60);
/** Accented Latin letters seldom come two in a row; Korean or Cyrillic read as Windows-1252 always do. */
const LATIN_RUN = Math.log(0.02);
/** A Cyrillic letter touching a Latin one in the same word: Latin-1 accents read as Windows-1251 (Mьller). */
const CYRILLIC_BESIDE_LATIN = Math.log(0.02);

type LineModel = (bytes: Uint8Array, from: number, to: number) => number;

const between = (b: number, low: number, high: number): boolean => b >= low && b <= high;
const isAsciiLetter = (b: number): boolean => between(b | 0x20, 0x61, 0x7a);

function utf8(bytes: Uint8Array, from: number, to: number): number {
  let score = 0;
  for (let i = from; i < to; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = between(b, 0xc2, 0xdf) ? 2 : between(b, 0xe0, 0xef) ? 3 : between(b, 0xf0, 0xf4) ? 4 : 0;
    if (length === 0 || i + length > to) return -Infinity;
    for (let k = 1; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return -Infinity;
    if ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] >= 0xa0)) return -Infinity;
    if ((b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] >= 0x90)) return -Infinity;
    score += UTF8_CHAR;
    i += length;
  }
  return score;
}

/**
 * Walks a double-byte encoding: `pair` scores a lead and trail byte (undefined: not a pair, the lead is invalid), told
 * the pair just before it (lead << 8 | trail) when nothing came between, else -1.
 */
function doubleByte(single: (b: number) => number | undefined, pair: (lead: number, trail: number, before: number) => number | undefined): LineModel {
  return (bytes, from, to) => {
    let score = 0;
    let before = -1;
    for (let i = from; i < to; ) {
      const b = bytes[i];
      if (b < 0x80) {
        before = -1;
        i++;
        continue;
      }
      const alone = single(b);
      if (alone !== undefined) {
        score += alone;
        before = -1;
        i++;
        continue;
      }
      const paired = i + 1 < to ? pair(b, bytes[i + 1], before) : undefined;
      // iconv-lite gives U+FFFD for the lead and reads the trail again as a character of its own.
      if (paired === undefined) return -Infinity;
      score += paired;
      before = (b << 8) | bytes[i + 1];
      i += 2;
    }
    return score;
  };
}

const isUhcTrail = (t: number): boolean => between(t, 0x41, 0x5a) || between(t, 0x61, 0x7a) || between(t, 0x81, 0xfe);

function cp949Char(lead: number, trail: number): number | undefined {
  if (between(trail, 0xa1, 0xfe)) {
    if (between(lead, 0xb0, 0xc8)) return HANGUL;
    if (between(lead, 0xca, 0xfd)) return HANJA;
    if (between(lead, 0xa1, 0xac)) return KS_SYMBOL;
    if (between(lead, 0x81, 0xa0)) return UHC_EXTRA;
    return undefined;
  }
  if (between(lead, 0x81, 0xc6) && isUhcTrail(trail) && trail <= 0xa0) return UHC_EXTRA;
  return undefined;
}

/** Korean writes a Hanja word apart from Hangul; Chinese read as CP949 switches between the two inside one word. */
const cp949 = doubleByte(
  () => undefined,
  (lead, trail, before) => {
    const score = cp949Char(lead, trail);
    if (score === undefined || before === -1) return score;
    const previous = cp949Char(before >> 8, before & 0xff);
    const switched = (score === HANJA && previous === HANGUL) || (score === HANGUL && previous === HANJA);
    return switched ? score + SCRIPT_SWITCH : score;
  },
);

const gb18030: LineModel = (bytes, from, to) => {
  let score = 0;
  for (let i = from; i < to; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b === 0x80) {
      score += GB_FOUR_BYTE; // iconv-lite reads a lone 0x80 as €
      i++;
      continue;
    }
    if (b === 0xff || i + 1 >= to) return -Infinity;
    const t = bytes[i + 1];
    if (between(t, 0x30, 0x39)) {
      if (i + 3 >= to || !between(bytes[i + 2], 0x81, 0xfe) || !between(bytes[i + 3], 0x30, 0x39)) return -Infinity;
      score += GB_FOUR_BYTE;
      i += 4;
      continue;
    }
    if (!between(t, 0x40, 0x7e) && !between(t, 0x80, 0xfe)) return -Infinity;
    if (between(t, 0xa1, 0xfe) && between(b, 0xb0, 0xd7)) score += GB_LEVEL1;
    else if (between(t, 0xa1, 0xfe) && between(b, 0xd8, 0xf7)) score += GB_LEVEL2;
    else if (between(t, 0xa1, 0xfe) && between(b, 0xa1, 0xa9)) score += GB_SYMBOL;
    else score += GBK_EXTRA;
    i += 2;
  }
  return score;
};

const big5 = doubleByte(
  () => undefined,
  (lead, trail) => {
    if (!between(lead, 0x87, 0xfe) || !(between(trail, 0x40, 0x7e) || between(trail, 0xa1, 0xfe))) return undefined;
    if (between(lead, 0xa4, 0xc5) || (lead === 0xc6 && trail <= 0x7e)) return BIG5_COMMON;
    if (between(lead, 0xc9, 0xf9)) return BIG5_RARER;
    if (between(lead, 0xa1, 0xa3)) return BIG5_SYMBOL;
    return HKSCS;
  },
);

const shiftJis = doubleByte(
  (b) => (between(b, 0xa1, 0xdf) ? HALFWIDTH_KANA : b === 0x80 ? JIS_EXTRA : undefined),
  (lead, trail) => {
    const code = (lead << 8) | trail;
    if (!(between(lead, 0x81, 0x84) || between(lead, 0x87, 0x9f) || between(lead, 0xe0, 0xea) || between(lead, 0xed, 0xee) || between(lead, 0xf0, 0xfc))) return undefined;
    if (!between(trail, 0x40, 0x7e) && !between(trail, 0x80, 0xfc)) return undefined;
    if (between(code, 0x829f, 0x82f1) || between(code, 0x8340, 0x8396)) return KANA;
    if (between(code, 0x889f, 0x9872)) return KANJI1;
    if (between(code, 0x989f, 0xeaa4)) return KANJI2;
    if (lead <= 0x87) return JIS_SYMBOL;
    return JIS_EXTRA;
  },
);

/** Windows-1252 bytes that are letters (accented Latin, Œ, Š, Ž, ƒ, ª, º); 0x81 0x8D 0x8F 0x90 0x9D are undefined. */
function latinClass(b: number): 'letter' | 'punctuation' | 'symbol' | undefined {
  if (b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d) return undefined;
  if ((b >= 0xc0 && b !== 0xd7 && b !== 0xf7) || [0x83, 0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f, 0xaa, 0xba].includes(b)) return 'letter';
  if (between(b, 0x91, 0x97) || [0x80, 0x82, 0x84, 0x85, 0x8b, 0x9b, 0x99, 0xa0, 0xa1, 0xa3, 0xa7, 0xa9, 0xab, 0xae, 0xb0, 0xb7, 0xbb, 0xbf].includes(b)) return 'punctuation';
  return 'symbol';
}

const LATIN_SCORE = { letter: LATIN_LETTER, punctuation: LATIN_PUNCTUATION, symbol: LATIN_SYMBOL } as const;

/** LATIN_SCORE of each byte's latinClass, -Infinity for an undefined byte: looked up, not classified again per byte. */
const WINDOWS_1252_SCORE = Float64Array.from({ length: 256 }, (_, b) => {
  const kind = latinClass(b);
  return kind === undefined ? -Infinity : LATIN_SCORE[kind];
});

function windows1252(bytes: Uint8Array, from: number, to: number): number {
  let score = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const byteScore = WINDOWS_1252_SCORE[b];
    if (byteScore === -Infinity) return -Infinity;
    score += byteScore;
    if (i > from && bytes[i - 1] >= 0x80) score += LATIN_RUN;
  }
  return score;
}

function windows1251(bytes: Uint8Array, from: number, to: number): number {
  let score = 0;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    if (b === 0x98) return -Infinity;
    const letter = b >= 0xc0 || b === 0xa8 || b === 0xb8;
    score += letter ? CYRILLIC_LETTER : CYRILLIC_OTHER;
    if (letter && ((i > from && isAsciiLetter(bytes[i - 1])) || (i + 1 < to && isAsciiLetter(bytes[i + 1])))) score += CYRILLIC_BESIDE_LATIN;
  }
  return score;
}

const MODELS: Record<Candidate, LineModel> = {
  'utf-8': utf8,
  cp949,
  gb18030,
  big5,
  shift_jis: shiftJis,
  'windows-1252': windows1252,
  'windows-1251': windows1251,
};

/**
 * Once per file: Korean Excel and UTF-8 are what this tool mostly reads; a handful of Hangul must not be taken for
 * GBK Hanzi, and a Latin-1 line must beat a Cyrillic reading on the letters, not on the prior.
 */
export const PRIOR: Record<Candidate, number> = {
  'utf-8': 0,
  cp949: 0,
  'windows-1252': 0,
  gb18030: -2,
  shift_jis: -2,
  big5: -3,
  'windows-1251': -3,
};

/** The log-likelihood of `bytes[from, to)` in each candidate, in CANDIDATES order. */
export function scoreLine(bytes: Uint8Array, from = 0, to = bytes.length): number[] {
  return CANDIDATES.map((candidate) => MODELS[candidate](bytes, from, to));
}
