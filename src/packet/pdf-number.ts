// Numbers as written into PDF content streams: at most two decimals, no trailing zeros, the same text every time.

/** Beyond this a double has no hundredths left to print, and toFixed would print digits String() does not. */
const FIXED_LIMIT = 1e15;

/**
 * The value rounded to hundredths, written as String() writes it ("12", "12.3", "-0.5"); two decimals are far below
 * a printer's resolution and keep output byte-stable. Built with toFixed rather than String(): String() goes through
 * V8's number-to-string cache, whose entries outlive young-generation collections, so the thousands of distinct
 * coordinates of each page were all promoted to the old generation as garbage.
 */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return '0';
  if (!(Math.abs(rounded) < FIXED_LIMIT)) return String(rounded);
  const fixed = rounded.toFixed(2);
  if (fixed.endsWith('00')) return fixed.slice(0, -3);
  return fixed.endsWith('0') ? fixed.slice(0, -1) : fixed;
}
