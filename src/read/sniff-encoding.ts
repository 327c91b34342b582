// Decides a file's text encoding: byte-order mark, then NUL pattern, then the candidate that reads every line best.
import chardet from 'chardet';
import type { ReadInfo } from '../types.js';
import { EncodingTally, linesReadWell, type EncodingVerdict } from './encoding-tally.js';
import type { Candidate } from './encoding-models.js';
import { isUtf8Sample } from './utf8-bytes.js';
import { bestSingleBytePage, latinLanguagePage } from './single-byte-script.js';

export interface SniffedEncoding {
  /** An iconv-lite encoding name. */
  encoding: string;
  by: Exclude<ReadInfo['encodingBy'], 'option'>;
  /** How the candidates scored, when the encoding was chosen by reading the text. */
  verdict?: EncodingVerdict;
}

/** How many leading bytes the NUL-pattern test looks at. */
const NUL_WINDOW = 8192;

// Single-byte encodings chardet tells apart by letter frequencies, which the line scores (Latin or Cyrillic letters)
// do not: a file that reads best as Windows-1252 or -1251 may be one of these.
const SINGLE_BYTE: Record<string, string> = {
  'KOI8-R': 'koi8-r',
  'windows-1253': 'windows-1253',
  'ISO-8859-7': 'windows-1253',
};
const SINGLE_BYTE_CONFIDENCE = 50;
/**
 * A file with fewer lines beyond ASCII than this is small enough for the line scores to mistake a single-byte page for
 * a two-byte one (EncodingVerdict.textLines holds the first five such lines).
 */
const SMALL_FILE_TEXT_LINES = 5;

/** The single-byte pages among the line scores' candidates. */
const SINGLE_BYTE_CANDIDATES: readonly Candidate[] = ['windows-1252', 'windows-1251'];

/** The two-byte encodings of Chinese, Japanese and Korean among the line scores' candidates. */
function isEastAsian(encoding: string): boolean {
  return encoding === 'big5' || encoding === 'gb18030' || encoding === 'shift_jis' || encoding === 'cp949';
}

/**
 * Sniffs the encoding of `bytes`, the start of a file. `complete` says the bytes are the whole file; a partial sample
 * ends on a line break, and the caller reads on (see `tallyEncodings`).
 */
export function sniffEncoding(bytes: Uint8Array, complete = true): SniffedEncoding {
  const fixed = fixedEncoding(bytes);
  if (fixed) return fixed;
  const mark = utf8MarkBytes(bytes);
  const text = bytes.subarray(mark);
  const tally = new EncodingTally();
  tally.add(text);
  if (complete) tally.end();
  return markedFromVerdict(tally.verdict(), text, mark > 0);
}

/**
 * An encoding the first bytes settle: a byte-order mark, or UTF-16's zero bytes. A UTF-8 mark before bytes that are
 * not UTF-8 (CP949 text a program wrote the mark before) settles nothing: the lines decide, as without it.
 */
export function fixedEncoding(bytes: Uint8Array): SniffedEncoding | undefined {
  const bom = encodingFromBom(bytes);
  if (bom && !(bom === 'utf-8' && !isUtf8Sample(bytes.subarray(UTF8_MARK_BYTES)))) return { encoding: bom, by: 'bom' };
  const utf16 = utf16FromNulPattern(bytes);
  if (utf16) return { encoding: utf16, by: 'nul-pattern' };
  return undefined;
}

/** The encoding of a whole stream, scored line by line (`sample`, its start, settles a BOM or UTF-16). */
export async function tallyEncodings(stream: AsyncIterable<Buffer | string>): Promise<SniffedEncoding> {
  const tally = new EncodingTally();
  let head: Uint8Array | undefined;
  let marked = false;
  for await (const chunk of stream) {
    let bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (head === undefined) {
      marked = utf8MarkBytes(bytes) > 0;
      bytes = bytes.subarray(utf8MarkBytes(bytes));
      head = bytes.subarray(0, 64 * 1024);
    }
    tally.add(bytes);
  }
  tally.end();
  return markedFromVerdict(tally.verdict(), head ?? new Uint8Array(0), marked);
}

const UTF8_MARK_BYTES = 3;

function utf8MarkBytes(bytes: Uint8Array): number {
  return encodingFromBom(bytes) === 'utf-8' ? UTF8_MARK_BYTES : 0;
}

/**
 * fromVerdict for text after a UTF-8 mark (`marked`), which was not UTF-8 throughout: read as UTF-8 still, by the mark,
 * where the lines read best so (a few bytes that do not decode are named by line); in the encoding they read best in
 * otherwise, the mark left out (utf8-head.ts) and told of.
 */
function markedFromVerdict(verdict: EncodingVerdict | undefined, sample: Uint8Array, marked: boolean): SniffedEncoding {
  const sniffed = fromVerdict(verdict, sample);
  if (!marked) return sniffed;
  return sniffed.encoding === 'utf-8' ? { encoding: 'utf-8', by: 'bom' } : sniffed;
}

function fromVerdict(verdict: EncodingVerdict | undefined, sample: Uint8Array): SniffedEncoding {
  if (!verdict) return { encoding: 'utf-8', by: 'default' };
  let encoding: string = verdict.encoding;
  let couldBe: string | undefined;
  // Rows in other encodings than the one chosen (garbled lines) make a mixed file, not a few lines of one language.
  const mixed = verdict.garbledLines > 0;
  // A few lines of Polish, Czech or Hungarian in their code page can score best as Big5 or GB18030 (two bytes beyond
  // ASCII in a row read as one Hanzi), or as Windows-1252 with lines it garbles: where a Latin page reads every such
  // word as a word of a language, it is that page.
  const fewLines = verdict.textLines.length < SMALL_FILE_TEXT_LINES;
  const latin = fewLines && (isEastAsian(encoding) || (mixed && SINGLE_BYTE_CANDIDATES.includes(verdict.encoding))) ? latinLanguagePage(sample) : undefined;
  if (latin) {
    encoding = latin.encoding;
    couldBe = latin.couldBe;
  } else if (encoding === 'windows-1252' || encoding === 'windows-1251') {
    // The page is judged on the rows that read as a single-byte page: those in UTF-8 or a two-byte encoding are no
    // page's text. A row of Polish reads badly in both the line scores know, and stays.
    const judged = mixed ? linesReadWell(sample, SINGLE_BYTE_CANDIDATES) : sample;
    const [best] = chardet.analyse(judged);
    const single = best && SINGLE_BYTE[best.name];
    if (single && best.confidence >= SINGLE_BYTE_CONFIDENCE) encoding = single;
    const page = bestSingleBytePage(judged, encoding);
    encoding = page.encoding;
    couldBe = page.couldBe;
  }
  // The line scores know Latin and Cyrillic only: where another page was chosen, their doubts were about the wrong
  // ones, and so were the rows they found reading as Windows-1252 or -1251; the pages' own doubt, if any, takes their
  // place. The rows they found in UTF-8 or a two-byte encoding are garbled in any single-byte page, and are still named.
  if (encoding !== verdict.encoding) {
    const misfits = verdict.misfits.filter((misfit) => !SINGLE_BYTE_CANDIDATES.includes(misfit.lookalike));
    return { encoding, by: 'detector', verdict: { ...verdict, alsoPlausible: couldBe ? [couldBe] : [], misfits } };
  }
  return { encoding, by: 'detector', verdict };
}

export function encodingFromBom(bytes: Uint8Array): string | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * UTF-16 without a BOM. Text in UTF-8, CP949 or Windows-1252 holds no zero byte; UTF-16 of Latin text holds one in
 * nearly every code unit, but UTF-16 mostly of Hangul or Han seldom does, and then on either side (가 U+AC00, 대 U+B300
 * and 一 U+4E00 end in one), so a count of zero bytes misses it or takes it the wrong way round. The code units are
 * read both ways first (`utf16FromCodeUnits`): the reading that is text, with line ends among it, decides. Then the NUL
 * pattern, for text of scripts that reading does not know: tabs, line ends, digits and Latin letters each carry a zero
 * byte, all on the same side (odd offsets in little-endian, even in big-endian).
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
  if (even + odd === 0) return undefined;
  if (isUtf8ApartFromFewNuls(bytes.subarray(0, Math.min(bytes.length, NUL_WINDOW)), even + odd)) return undefined;
  const read = utf16FromCodeUnits(bytes.subarray(0, end));
  if (read) return read;
  const pairs = end / 2;
  if (odd >= pairs * 0.1 && even <= odd * 0.25) return 'utf-16le';
  if (even >= pairs * 0.1 && odd <= even * 0.25) return 'utf-16be';
  return undefined;
}

/** At most this share of a UTF-8 file's bytes are NULs for it to be UTF-8 still; UTF-16 of Latin text is half NULs. */
const FEW_NULS = 1 / 8;

/**
 * A few NULs among bytes that are valid UTF-8 otherwise: a broken export left a cell of NULs ("\0\0\0") in a UTF-8
 * file. Read as UTF-16, the rest of a short file can look like text too (ASCII pairs read as CJK), and the file came out
 * garbled. UTF-16 of Hangul or Han is seldom valid UTF-8 once its zero bytes are taken out, and UTF-16 of Latin text is
 * half zero bytes. `nuls`: how many there are. A character cut by the end of the bytes is allowed (a sample).
 */
function isUtf8ApartFromFewNuls(bytes: Uint8Array, nuls: number): boolean {
  return nuls <= bytes.length * FEW_NULS && isUtf8Sample(bytes);
}

/** Share of code units a UTF-16 reading must find to be text: a few symbols outside the blocks below are allowed. */
const TEXT_SHARE = 0.97;

/**
 * Reads `bytes` as UTF-16 code units both ways and returns the byte order whose reading is text (the scripts and
 * symbols exports hold, surrogates only in pairs) and holds a line end, U+000A or U+000D, while the other reading does
 * not: read the wrong way a line end is U+0A00 or U+0D00, and binary data is not text either way.
 */
export function utf16FromCodeUnits(bytes: Uint8Array): string | undefined {
  const le = readsAsText(bytes, true);
  const be = readsAsText(bytes, false);
  if (le && !be) return 'utf-16le';
  if (be && !le) return 'utf-16be';
  return undefined;
}

function readsAsText(bytes: Uint8Array, littleEndian: boolean): boolean {
  const units = bytes.length >> 1;
  let text = 0;
  let lineEnds = 0;
  for (let i = 0; i < units; i++) {
    const unit = littleEndian ? bytes[2 * i] | (bytes[2 * i + 1] << 8) : (bytes[2 * i] << 8) | bytes[2 * i + 1];
    if (unit === 0x0a || unit === 0x0d) lineEnds++;
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = i + 1 < units ? (littleEndian ? bytes[2 * i + 2] | (bytes[2 * i + 3] << 8) : (bytes[2 * i + 2] << 8) | bytes[2 * i + 3]) : -1;
      // A pair cut by the end of the sample is not held against it.
      if (next === -1 || (next >= 0xdc00 && next <= 0xdfff)) text += next === -1 ? 1 : 2;
      i++;
      continue;
    }
    if (isTextUnit(unit)) text++;
  }
  return lineEnds > 0 && text >= units * TEXT_SHARE;
}

/** A code unit of the text exports hold: controls that are text, Latin, Greek, Cyrillic, punctuation, CJK, Hangul, kana. */
export function isTextUnit(unit: number): boolean {
  if (unit < 0x20) return unit === 0x09 || unit === 0x0a || unit === 0x0d;
  if (unit < 0x7f) return true;
  if (unit < 0xa0) return false;
  return unit <= 0x052f // Latin-1, Latin Extended, IPA, spacing marks, combining marks, Greek, Cyrillic
    || (unit >= 0x1100 && unit <= 0x11ff) // Hangul Jamo
    || (unit >= 0x1e00 && unit <= 0x1fff) // Latin Extended Additional (Vietnamese), Greek Extended
    || (unit >= 0x2000 && unit <= 0x2bff) // punctuation, currency, letterlike, arrows, maths, shapes, symbols
    || (unit >= 0x2e80 && unit <= 0x33ff) // CJK radicals, CJK symbols and punctuation, kana, Hangul compatibility Jamo, enclosed CJK
    || (unit >= 0x3400 && unit <= 0x4dbf) // CJK Extension A
    || (unit >= 0x4e00 && unit <= 0x9fff) // CJK Unified Ideographs
    || (unit >= 0xa960 && unit <= 0xa97f) // Hangul Jamo Extended-A
    || (unit >= 0xac00 && unit <= 0xd7ff) // Hangul syllables, Jamo Extended-B
    || (unit >= 0xf900 && unit <= 0xfaff) // CJK compatibility ideographs
    || (unit >= 0xfe30 && unit <= 0xfe4f) // CJK compatibility forms
    || (unit >= 0xff00 && unit <= 0xffef) // half- and full-width forms
    || unit === 0xfeff || unit === 0xfffd;
}
