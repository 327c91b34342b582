// Letters no font here can draw, written in Latin letters instead of boxes. any-ascii (ISC, data bundled) covers
// every script, but writes the Brahmic abugidas letter by letter and so drops their inherent vowel (Telugu కమల
// "kml", Javanese ꦗꦮ "jw"); for those scripts @indic-transliteration/sanscript (MIT), which knows the inherent
// vowel and the virama, writes them first (కమల "kamala"), and any-ascii then folds its diacritics. Each word of a
// transliterated run starts with a capital, as a name does (any-ascii gives "tamazight", Cherokee "TsaLaGi").
// The letters a font does have are kept as they are.
import anyAscii from 'any-ascii';
import SanscriptModule from '@indic-transliteration/sanscript';
import { charClass, MARK, IGNORABLE } from './char-class.js';

// The package's own typings declare `t` inside a namespace without exporting it.
const Sanscript = SanscriptModule as unknown as { t(text: string, from: string, to: string): string };

/** Blocks of abugidas no face here draws, with sanscript's scheme for each (only those it writes correctly). */
const ABUGIDA_BLOCKS: ReadonlyArray<[first: number, last: number, scheme: string]> = [
  [0x0a00, 0x0a7f, 'gurmukhi'],
  [0x0a80, 0x0aff, 'gujarati'],
  [0x0b00, 0x0b7f, 'oriya'],
  [0x0c00, 0x0c7f, 'telugu'],
  [0x0c80, 0x0cff, 'kannada'],
  [0x0d00, 0x0d7f, 'malayalam'],
  [0x0d80, 0x0dff, 'sinhala'],
  [0x1780, 0x17ff, 'khmer'],
  [0x1b00, 0x1b7f, 'balinese'],
  [0xa980, 0xa9df, 'javanese'],
];

/**
 * Scripts that neither any-ascii nor sanscript romanizes readably (Tibetan ཚེ་རིང་ "Tshe-Ring-", ལྷ་ས "Lh-S";
 * Myanmar မောင် "Mean"; Lao ສົມພອນ "Somphn"): a run of them prints "?", never a wrong name in its place.
 */
const UNROMANIZED_BLOCKS: ReadonlyArray<[first: number, last: number]> = [
  [0x0e80, 0x0eff], // Lao
  [0x0f00, 0x0fff], // Tibetan
  [0x1000, 0x109f], // Myanmar
  [0xa9e0, 0xa9ff], // Myanmar Extended-B
  [0xaa60, 0xaa7f], // Myanmar Extended-A
];

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
  const tidy = out.replace(/ {2,}/gu, ' ').replace(/\?(?: \?)+/gu, '?').trim();
  return tidy || '?';
}

/** any-ascii writes an emoji as its CLDR short name between colons. */
const SHORTCODE = /:[a-z0-9_+-]+:/gu;

function latinOf(run: string): string {
  const cp = run.codePointAt(0)!;
  if (UNROMANIZED_BLOCKS.some(([first, last]) => cp >= first && cp <= last)) return '?';
  const scheme = abugidaScheme(run);
  // An emoji no font has is dropped, never printed as any-ascii's ":shortcode:" (a name of emoji alone prints "?").
  const latin = anyAscii(scheme ? Sanscript.t(run, scheme, 'iast') : run).replace(SHORTCODE, '');
  return capitalizeWords(latin);
}

function abugidaScheme(run: string): string | undefined {
  const cp = run.codePointAt(0)!;
  return ABUGIDA_BLOCKS.find(([first, last]) => cp >= first && cp <= last)?.[2];
}

/** "TsaLaGi" → "Tsalagi", "tamazight" → "Tamazight"; an apostrophe (a glottal stop) before the first letter stays. */
function capitalizeWords(latin: string): string {
  return latin.replace(/[A-Za-z][A-Za-z']*/gu, (word) => word[0].toUpperCase() + word.slice(1).toLowerCase());
}
