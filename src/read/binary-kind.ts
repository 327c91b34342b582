// Tells a file that is not text apart from an export, and names what it probably is.

/** What a file that is not text probably is; the catalogs say it (binary.zip, …). */
export type BinaryKind = 'zip' | 'xls' | 'pdf' | 'gzip' | 'nul' | 'binary';

const SIGNATURES: ReadonlyArray<[bytes: number[], kind: BinaryKind]> = [
  [[0x50, 0x4b, 0x03, 0x04], 'zip'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'xls'],
  [[0x25, 0x50, 0x44, 0x46], 'pdf'],
  [[0x1f, 0x8b], 'gzip'],
];


/**
 * What the input looks like when it is not a text export, from its first bytes and their decoding; undefined
 * when it looks like text. A few stray control characters are allowed (they occur in real exports). `scored`: every
 * line was scored as text and its encoding chosen by the lines it reads best: U+FFFD there is a row in another
 * encoding (named line by line, exit 1), not a sign of binary data.
 */
export function binaryKind(bytes: Uint8Array, decoded: string, scored = false): BinaryKind | undefined {
  for (const [signature, kind] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return kind;
  }
  // A stray NUL or two occurs in real exports (and is cleaned out of the values); many mean binary or UTF-16 read as 8-bit.
  if (countNul(decoded) > MAX_STRAY_NULS) return 'nul';
  const bad = countNotText(decoded, !scored);
  if (bad > 8 && bad > decoded.length * 0.02) return 'binary';
  return undefined;
}

const MAX_STRAY_NULS = 8;

function countNul(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\u0000'); at !== -1; at = text.indexOf('\u0000', at + 1)) count++;
  return count;
}

/** Control characters other than TAB, LF, FF and CR, and U+FFFD: too many of them mean the bytes are not text. */
function countNotText(text: string, replacement: boolean): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (replacement && c === 0xfffd)) count++;
  }
  return count;
}
