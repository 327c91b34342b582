// CSV cells we write: quoted when needed, and never runnable as a spreadsheet formula.

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a value that a spreadsheet would run as a formula with an apostrophe (OWASP's advice). */
export function defuseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV cell: formula-safe, quoted when it holds a delimiter, a quote or a line break. */
export function csvCell(value: string | number | boolean | null | undefined, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? defuseFormula(value) : String(value);
  if (text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

export function csvLine(values: ReadonlyArray<string | number | boolean | null | undefined>, delimiter = ','): string {
  return values.map((v) => csvCell(v, delimiter)).join(delimiter) + '\r\n';
}
