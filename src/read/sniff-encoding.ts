// Decides a file's text encoding from its first bytes: byte-order mark, then NUL pattern, then UTF-8 validity, then chardet.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { ReadInfo } from '../types.js';

export interface SniffedEncoding {
  /** An iconv-lite encoding name. */
  encoding: string;
  by: Exclude<ReadInfo['encodingBy'], 'option'>;
}

/** How many leading bytes the NUL-pattern test looks at. */
const NUL_WINDOW = 8192;

// chardet's names for the multi-byte encodings spreadsheets write, mapped to the superset iconv-lite should decode.
// Korean Excel writes CP949, a superset of EUC-KR that chardet reports as EUC-KR.
const MULTI_BYTE: Record<string, string> = {
  'EUC-KR': 'cp949',
  'ISO-2022-KR': 'iso-2022-kr',
  GB18030: 'gb18030',
  Big5: 'big5',
  Shift_JIS: 'shift_jis',
  'EUC-JP': 'euc-jp',
};

// Single-byte guesses chardet makes with some confidence; anything else falls back to Windows-1252, which Western
// Excel writes and which chardet, on a short sample, often confuses with its Baltic or Turkish cousins.
const SINGLE_BYTE: Record<string, string> = {
  'windows-1251': 'windows-1251',
  'ISO-8859-5': 'windows-1251',
  'KOI8-R': 'koi8-r',
  'windows-1253': 'windows-1253',
  'ISO-8859-7': 'windows-1253',
};
const SINGLE_BYTE_CONFIDENCE = 50;
const MULTI_BYTE_CONFIDENCE = 30;

/**
 * Sniffs the encoding of `bytes`, the start of a file. `complete` says the bytes are the whole file (a multi-byte
 * character cut at the end of a partial sample is then not held against UTF-8).
 */
export function sniffEncoding(bytes: Uint8Array, complete = true): SniffedEncoding {
  const bom = encodingFromBom(bytes);
  if (bom) return { encoding: bom, by: 'bom' };
  const utf16 = utf16FromNulPattern(bytes);
  if (utf16) return { encoding: utf16, by: 'nul-pattern' };
  if (isAscii(bytes)) return { encoding: 'utf-8', by: 'default' };
  if (isUtf8(bytes, complete) || isMostlyUtf8(bytes, complete)) return { encoding: 'utf-8', by: 'detector' };
  return { encoding: guessLegacyEncoding(bytes), by: 'detector' };
}

export function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a BOM: tabs, line ends, digits and Latin letters each carry a zero byte, all on the same side
 * (odd offsets in little-endian, even in big-endian). Hangul and Han seldom do, but every tab and line end does.
 */
export function utf16FromNulPattern(bytes: Uint8Array): string | undefined {
  const end = Math.min(bytes.length, NUL_WINDOW) & ~1;
  if (end < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = end / 2;
  if (odd >= pairs * 0.1 && even <= odd * 0.25) return 'utf-16le';
  if (even >= pairs * 0.1 && odd <= even * 0.25) return 'utf-16be';
  return undefined;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

function isUtf8(bytes: Uint8Array, complete: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** A few stray bytes cannot outvote many valid UTF-8 characters: one bad byte must not turn every "ü" into "Ã¼". */
const VALID_PER_INVALID = 1;
const MIN_VALID = 2;

function isMostlyUtf8(bytes: Uint8Array, complete: boolean): boolean {
  const text = new TextDecoder('utf-8').decode(bytes, { stream: !complete });
  let invalid = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) valid++;
  }
  return invalid > 0 && valid >= MIN_VALID && valid >= invalid * VALID_PER_INVALID;
}

function guessLegacyEncoding(bytes: Uint8Array): string {
  const [best] = chardet.analyse(bytes);
  if (best) {
    const multi = MULTI_BYTE[best.name];
    if (multi && best.confidence >= MULTI_BYTE_CONFIDENCE) return multi;
  }
  // A short Korean paper sheet (a few names among ASCII columns) is too little for chardet; its bytes say it plainly.
  if (isHangulCp949(bytes)) return 'cp949';
  if (best) {
    const single = SINGLE_BYTE[best.name];
    if (single && best.confidence >= SINGLE_BYTE_CONFIDENCE) return single;
  }
  return 'windows-1252';
}

const MIN_HANGUL = 2;

/** Every non-ASCII byte pairs up into valid CP949, and nearly all of what it spells is Hangul syllables. */
function isHangulCp949(bytes: Uint8Array): boolean {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949');
  let hangul = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xfffd) return false;
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else other++;
  }
  return hangul >= MIN_HANGUL && hangul >= other * 4;
}
