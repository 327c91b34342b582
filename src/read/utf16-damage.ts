// Tells a UTF-16 file that is damaged, so that its rows would read as garbage, from one that reads as text.
import iconv from 'iconv-lite';
import { isTextUnit } from './sniff-encoding.js';
import { isUtf8Sample } from './utf8-bytes.js';

export type Utf16Damage =
  /** The file turns into 8-bit text (UTF-8) at `line`: two exports pasted together, a UTF-16 header over a UTF-8 body. */
  | { kind: 'turns-8-bit'; line: number }
  /** The text reads in the other byte order one byte further on: a byte was lost or added before it (a damaged BOM). */
  | { kind: 'shifted'; reading: 'utf-16le' | 'utf-16be' };

const LF = 0x0a;
const CR = 0x0d;

/** Share of the code units of the reading one byte on that may be implausible for it to be the file's text. */
const IMPLAUSIBLE_SHARE = 0.02;
/** Fewer implausible code units than this are a rare name or two, not a file read in the wrong alignment. */
const MIN_IMPLAUSIBLE = 3;

/**
 * How `bytes`, the start of a file read as UTF-16 (`encoding`), are damaged, if they are. Both damages read as rows
 * of garbage: the 8-bit part as one broken row of CJK characters, the shifted text as symbols and syllables that
 * mean nothing, rejected row by row as if they were signers. `forced`: the encoding was named by the user, who may
 * have named the byte order the text was written in.
 */
export function utf16Damage(bytes: Uint8Array, encoding: string, complete = false, forced = false): Utf16Damage | undefined {
  const littleEndian = /le$/i.test(encoding) || !/be$/i.test(encoding);
  const bom = littleEndian ? bytes[0] === 0xff && bytes[1] === 0xfe : bytes[0] === 0xfe && bytes[1] === 0xff;
  const text = bom ? bytes.subarray(2) : bytes;
  const line = eightBitFrom(text, littleEndian);
  if (line !== undefined) return { kind: 'turns-8-bit', line };
  const reading = littleEndian ? 'utf-16be' : 'utf-16le';
  // A byte-order mark one byte on ("00 FF FE n 00 a 00…", a stray byte written before it): certainly one byte off, even
  // when the text is Latin letters that read right either way but for the mark, which comes out as "ÿ﹮" in the header.
  const markOneOn = littleEndian ? text[1] === 0xfe && text[2] === 0xff : text[1] === 0xff && text[2] === 0xfe;
  if (!bom && markOneOn) return { kind: 'shifted', reading };
  // Latin text one byte off reads right but for its first unit, which pairs the stray or half-lost byte with the first
  // letter: "﹮ame" (FE 6E 00 61: the mark's first byte lost), "ｮame" (a stray FF before it). The byte that tells it is a
  // half mark (FE, FF) or, in a whole file, the odd number of bytes no UTF-16 text has; a garbled header hint otherwise.
  if (!bom && (text[0] >= 0xfe || (complete && text.length % 2 === 1)) && onlyFirstUnitWide(text, littleEndian)
    && implausibleUnits(text.subarray(1), !littleEndian) === 0) return { kind: 'shifted', reading };
  const asRead = implausibleUnits(text, littleEndian);
  // A stray zero byte before a UTF-16LE export with no mark reads as UTF-16BE: its Latin letters read right, but a
  // Hangul or Han character comes out as another, often as plausible ("김민준" as "@껼…"). What tells it: the whole file
  // has an odd number of bytes, which no UTF-16 text has, and one byte on it reads as text, with no unit left over.
  if (complete && !bom && text[0] === 0 && text.length % 2 === 1 && beyondLatin1(text, littleEndian)
    && implausibleUnits(text.subarray(1), !littleEndian) === 0) return { kind: 'shifted', reading };
  if (asRead < MIN_IMPLAUSIBLE) return undefined;
  const shifted = implausibleUnits(text.subarray(1), !littleEndian);
  if (shifted * 4 < asRead && shifted <= (text.length >> 1) * IMPLAUSIBLE_SHARE) return { kind: 'shifted', reading };
  // Read in the byte order it was written in (`--encoding utf-16le` on a file one byte off), the text reads right one
  // byte on in the same order, not the other: without this, the whole file would be one header of CJK garbage.
  if (forced) {
    const sameOrder = implausibleUnits(text.subarray(1), littleEndian);
    if (sameOrder * 4 < asRead && sameOrder <= (text.length >> 1) * IMPLAUSIBLE_SHARE) {
      return { kind: 'shifted', reading: littleEndian ? 'utf-16le' : 'utf-16be' };
    }
  }
  return undefined;
}

/**
 * Whether the first line, as read, is Latin-1 but for its first unit: what Latin text one byte off looks like when the
 * byte before it is not zero. Text written so has no reason to open with the one character beyond Latin-1.
 */
function onlyFirstUnitWide(bytes: Uint8Array, littleEndian: boolean): boolean {
  const units = bytes.length >> 1;
  if (units < 3 || nextUnit(bytes, 0, littleEndian) <= 0xff) return false;
  for (let i = 1; i < units; i++) {
    const unit = nextUnit(bytes, i, littleEndian);
    if (unit === LF || unit === CR) return i >= 3;
    if (unit > 0xff) return false;
  }
  return true;
}

/**
 * The line from which the bytes are 8-bit text: what is left after a UTF-16 line end holds no zero byte (UTF-16 of
 * Latin text holds one in nearly every code unit, and every UTF-16 line end does), holds line breaks of its own, and is
 * valid UTF-8. Undefined when the bytes are UTF-16 to their end.
 */
function eightBitFrom(bytes: Uint8Array, littleEndian: boolean): number | undefined {
  let line = 1;
  let start = 0;
  const units = bytes.length >> 1;
  for (let i = 0; i <= units; i++) {
    const unit = i < units ? (littleEndian ? bytes[2 * i] | (bytes[2 * i + 1] << 8) : (bytes[2 * i] << 8) | bytes[2 * i + 1]) : -1;
    const lineEnd = unit === LF || (unit === CR && !(i + 1 < units && nextUnit(bytes, i + 1, littleEndian) === LF));
    if (unit !== -1 && !lineEnd) continue;
    const rest = bytes.subarray(start);
    // One byte is no part of a text: a stray byte after the last line is told of as such (decoding-check.ts).
    if (start > 0 && rest.length > 1 && !rest.includes(0) && (rest.includes(LF) || rest.includes(CR)) && isUtf8Sample(rest)) return line;
    line++;
    start = 2 * i + 2;
  }
  return undefined;
}

/** Whether any code unit is beyond Latin-1: text of Latin-1 letters only reads the same one byte off, so nothing is garbled. */
function beyondLatin1(bytes: Uint8Array, littleEndian: boolean): boolean {
  for (let i = 0; i + 1 < bytes.length; i += 2) if (nextUnit(bytes, i >> 1, littleEndian) > 0xff) return true;
  return false;
}

function nextUnit(bytes: Uint8Array, i: number, littleEndian: boolean): number {
  return littleEndian ? bytes[2 * i] | (bytes[2 * i + 1] << 8) : (bytes[2 * i] << 8) | bytes[2 * i + 1];
}

/**
 * How many code units text in that reading would not hold: units outside the scripts exports are written in,
 * lone surrogates, and Hangul syllables or Han characters outside the common sets. Read one byte off, each unit of
 * Korean or Chinese text pairs the high byte of one character with the low byte of the next: a syllable or character
 * that looks like one, but is drawn from all 11,172 syllables or 21,000 characters, mostly rare ones nobody writes.
 */
function implausibleUnits(bytes: Uint8Array, littleEndian: boolean): number {
  const units = bytes.length >> 1;
  const common = commonWideUnits();
  let implausible = 0;
  for (let i = 0; i < units; i++) {
    const unit = nextUnit(bytes, i, littleEndian);
    if (unit >= 0xd800 && unit <= 0xdfff) {
      // A surrogate pair is text (emoji, rare Han); a lone half is not.
      const next = i + 1 < units ? nextUnit(bytes, i + 1, littleEndian) : -1;
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      else implausible++;
    } else if (!isTextUnit(unit) || (isWide(unit) && common[unit] === 0)) {
      implausible++;
    }
  }
  return implausible;
}

const isWide = (unit: number): boolean => (unit >= 0xac00 && unit <= 0xd7a3) || (unit >= 0x4e00 && unit <= 0x9fff);

let commonWide: Uint8Array | undefined;

/**
 * 1 for the Hangul syllables and Han characters everyday text is written in: the 2,350 Hangul of KS X 1001, the Hanzi
 * of GB 2312, the common block of Big5 and the first-level kanji of JIS X 0208 (as encodings-models.ts scores them).
 */
function commonWideUnits(): Uint8Array {
  if (commonWide) return commonWide;
  const flags = new Uint8Array(0x10000);
  // One encode per range: a character the encoding lacks comes out as one byte ("?"), the others as two.
  const mark = (first: number, last: number, encoding: string, common: (lead: number, trail: number) => boolean) => {
    let text = '';
    for (let unit = first; unit <= last; unit++) text += String.fromCharCode(unit);
    const bytes = iconv.encode(text, encoding);
    for (let unit = first, at = 0; unit <= last && at < bytes.length; unit++) {
      if (bytes[at] < 0x80) {
        at++;
        continue;
      }
      if (common(bytes[at], bytes[at + 1])) flags[unit] = 1;
      at += 2;
    }
  };
  mark(0xac00, 0xd7a3, 'cp949', (lead, trail) => lead >= 0xb0 && lead <= 0xc8 && trail >= 0xa1);
  mark(0x4e00, 0x9fff, 'gbk', (lead, trail) => lead >= 0xb0 && lead <= 0xf7 && trail >= 0xa1);
  mark(0x4e00, 0x9fff, 'big5', (lead, trail) => (lead >= 0xa4 && lead <= 0xc5) || (lead === 0xc6 && trail <= 0x7e));
  mark(0x4e00, 0x9fff, 'shift_jis', (lead, trail) => { const code = (lead << 8) | trail; return code >= 0x889f && code <= 0x9872; });
  commonWide = flags;
  return flags;
}
