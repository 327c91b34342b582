// Decides a file's text encoding: byte-order mark, then NUL pattern, then the candidate that reads every line best.
import chardet from 'chardet';
import type { ReadInfo } from '../types.js';
import { EncodingTally, type EncodingVerdict } from './encoding-tally.js';

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
 * Sniffs the encoding of `bytes`, the start of a file. `complete` says the bytes are the whole file; a partial sample
 * ends on a line break, and the caller reads on (see `tallyEncodings`).
 */
export function sniffEncoding(bytes: Uint8Array, complete = true): SniffedEncoding {
  const fixed = fixedEncoding(bytes);
  if (fixed) return fixed;
  const tally = new EncodingTally();
  tally.add(bytes);
  if (complete) tally.end();
  return fromVerdict(tally.verdict(), bytes);
}

/** An encoding the first bytes settle: a byte-order mark, or UTF-16's zero bytes. */
export function fixedEncoding(bytes: Uint8Array): SniffedEncoding | undefined {
  const bom = encodingFromBom(bytes);
  if (bom) return { encoding: bom, by: 'bom' };
  const utf16 = utf16FromNulPattern(bytes);
  if (utf16) return { encoding: utf16, by: 'nul-pattern' };
  return undefined;
}

/** The encoding of a whole stream, scored line by line (`sample`, its start, settles a BOM or UTF-16). */
export async function tallyEncodings(stream: AsyncIterable<Buffer | string>): Promise<SniffedEncoding> {
  const tally = new EncodingTally();
  let head: Uint8Array | undefined;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    head ??= bytes.subarray(0, 64 * 1024);
    tally.add(bytes);
  }
  tally.end();
  return fromVerdict(tally.verdict(), head ?? new Uint8Array(0));
}

function fromVerdict(verdict: EncodingVerdict | undefined, sample: Uint8Array): SniffedEncoding {
  if (!verdict) return { encoding: 'utf-8', by: 'default' };
  let encoding: string = verdict.encoding;
  if (encoding === 'windows-1252' || encoding === 'windows-1251') {
    const [best] = chardet.analyse(sample);
    const single = best && SINGLE_BYTE[best.name];
    if (single && best.confidence >= SINGLE_BYTE_CONFIDENCE) encoding = single;
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
