// cleanText: the one pass every cell goes through: NFKC, invisible and bidi controls removed, whitespace collapsed.

/** Already clean: printable ASCII words separated by single spaces (the common case, returned untouched). */
const CLEAN_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * Characters that print as nothing but change comparison or display: zero-width space/joiners and LRM/RLM
 * (U+200B–U+200F), bidi embeddings and overrides (U+202A–U+202E), bidi isolates (U+2066–U+2069), plus the
 * word joiner, BOM, soft hyphen, Arabic letter mark and the C0/C1 control characters that are not whitespace.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u2060\uFEFF\u00AD\u061C\u180E\x00-\x08\x0E-\x1F\x7F-\x84\x86-\x9F]/g;
const WHITESPACE_RUN = /[\s\x85]+/g;

/** NFKC (only when the text is not ASCII), invisibles removed, whitespace runs to one space, trimmed. */
export function cleanText(text: string | undefined): string {
  if (text === undefined || text === '') return '';
  if (CLEAN_ASCII.test(text)) return text;
  // Invisibles go first, so that a mark separated from its letter by one still composes with it.
  const visible = text.replace(INVISIBLE, '');
  const composed = NON_ASCII.test(visible) ? visible.normalize('NFKC') : visible;
  return composed.replace(WHITESPACE_RUN, ' ').trim();
}
