// CSV cells we write: quoted when needed, and never runnable as a spreadsheet formula.

/**
 * Spaces before it too: a spreadsheet that trims spaces on import (LibreOffice's "Trim spaces") runs ` =1+1`. A
 * negative number (`-14.1`, a score) is a number to any spreadsheet, not a formula: left as it is, or a column of
 * scores becomes text; `-5+cmd` or `-cmd` are not numbers and are defused. A lone `-` runs nowhere either (it is
 * text to every spreadsheet, and the source name of standard input: `'-` there broke joins with clusters.csv, verifyR1 F-L4).
 */
const FORMULA_START = /^(?!-(?:\d+(?:\.\d+)?)?$) *[=+\-@\t\r]/;
/**
 * The delimiters spreadsheets split CSV on, by locale: comma, semicolon (much of Europe), TAB and pipe. A cell is
 * written for all of them, whatever delimiter the file uses, since the file may be opened anywhere.
 */
const ANY_DELIMITER = /[,;\t|]/;
/** A formula start right after a delimiter (and spaces): where a spreadsheet that split the cell there would start a new cell. */
const FORMULA_AFTER_DELIMITER = /([,;\t|][ \t\r]*)(?!-(?:\d+(?:\.\d+)?)?(?:[,;\t|]|$))(?=[=+\-@])/g;
/** The apostrophes defuseFormula adds, for reading a file we wrote back as it was. */
const DEFUSED = /(^|[,;\t|][ \t\r]*)'(?= *[=+\-@\t\r])/g;

/**
 * Prefixes a value that a spreadsheet would run as a formula with an apostrophe (OWASP's advice), also where a piece
 * of it after a delimiter would start a cell: `x;=cmd|'/C calc'!A0` becomes `x;'=cmd|'/C calc'!A0`. Quoting the cell
 * is not enough there (adv11 D11 asked for it): opened where a spreadsheet splits on ';', the line `a,"x;=cmd"` is
 * split into `a,"x` and `=cmd"`, and a quote that does not open a cell protects nothing.
 */
export function defuseFormula(value: string): string {
  const inner = ANY_DELIMITER.test(value) ? value.replace(FORMULA_AFTER_DELIMITER, "$1'") : value;
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** The value defuseFormula was given (for files we wrote and read back, such as the review file). */
export function restoreDefused(cell: string): string {
  return cell.includes("'") ? cell.replace(DEFUSED, '$1') : cell;
}

/**
 * A cell that needs neither an apostrophe nor quotes in a comma-separated file: most names, emails, places. The
 * pattern /^(?! *[=+\-@\t\r])[^,;\t|"\r\n]*$/ as a loop: called for every cell dedupe writes, twenty a row.
 */
export function isPlainCell(value: string): boolean {
  const length = value.length;
  let i = 0;
  while (i < length && value.charCodeAt(i) === 32) i++;
  if (i < length) {
    const first = value.charCodeAt(i);
    // = + - @ TAB CR
    if (first === 61 || first === 43 || first === 45 || first === 64 || first === 9 || first === 13) return false;
  }
  for (; i < length; i++) {
    const code = value.charCodeAt(i);
    // , ; TAB | " CR LF
    if (code === 44 || code === 59 || code === 9 || code === 124 || code === 34 || code === 13 || code === 10) return false;
  }
  return true;
}

/** One CSV cell: formula-safe, quoted when it holds the delimiter of any CSV locale, a quote or a line break. */
export function csvCell(value: string | number | boolean | null | undefined, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  if (delimiter === ',' && typeof value === 'string' && isPlainCell(value)) return value;
  const text = typeof value === 'string' ? defuseFormula(value) : String(value);
  if (text.includes(delimiter) || ANY_DELIMITER.test(text) || text.includes('"') || text.includes('\n') || text.includes('\r')) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

export function csvLine(values: ReadonlyArray<string | number | boolean | null | undefined>, delimiter = ','): string {
  return values.map((v) => csvCell(v, delimiter)).join(delimiter) + '\r\n';
}
