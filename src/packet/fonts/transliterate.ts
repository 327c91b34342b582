// Letters no font here can draw, written in Latin letters instead of boxes: any-ascii (ISC, data bundled, no network)
// transliterates each stretch of them; the letters a font does have are kept as they are.
import anyAscii from 'any-ascii';
import { charClass, MARK, IGNORABLE } from './char-class.js';

/**
 * `text` (NFC) with every run of the `missing` characters transliterated. Combining marks and joiners inside a run
 * belong to it (a Sinhala vowel sign goes with its consonant).
 */
export function transliterateMissing(text: string, missing: readonly string[]): string {
  const absent = new Set(missing);
  let out = '';
  let run = '';
  for (const ch of text) {
    const flags = charClass(ch.codePointAt(0)!);
    if (absent.has(ch) || (run && flags & (MARK | IGNORABLE))) {
      run += ch;
      continue;
    }
    if (run) out += latinOf(run);
    run = '';
    out += ch;
  }
  if (run) out += latinOf(run);
  // An emoji no font has is dropped, never printed as any-ascii's ":shortcode:" (a name of emoji alone prints "?").
  const tidy = out.replace(SHORTCODE, '').replace(/ {2,}/gu, ' ').trim();
  return tidy || '?';
}

/** any-ascii writes an emoji as its CLDR short name between colons. */
const SHORTCODE = /:[a-z0-9_+-]+:/gu;

function latinOf(run: string): string {
  return anyAscii(run) || '?';
}
