// The value of a decimal digit of any script: Unicode puts each script's digits in a run of ten from zero, and the
// mathematical digits in five runs back to back, hence the walk back to the run's start and the modulo.
const DECIMAL_DIGIT = /\p{Nd}/u;

/** The value 0–9 of the decimal digit at code point `code` (one \p{Nd} character). */
export function decimalDigitValue(code: number): number {
  let runStart = code;
  while (code - runStart < 60 && DECIMAL_DIGIT.test(String.fromCodePoint(runStart - 1))) runStart--;
  return (code - runStart) % 10;
}
