// The key under which each column's value is kept in `extra`: its header, made unique ("Email (2)"), or "column N".
import type { MappedColumn } from '../types.js';

/** One key per column, in column order; computed for every column so a second "Email" is "Email (2)" whether or not the first is mapped. */
export function extraKeys(columns: readonly MappedColumn[]): string[] {
  const used = new Set<string>();
  // The next copy number to try per header: counting up from 2 for each of 24,000 "Name" columns was quadratic (verifyS1 F8).
  const nextCopy = new Map<string, number>();
  return columns.map((column) => {
    const header = column.header.replace(/^\uFEFF/, '').trim();
    // "__proto__" as a plain object key would set the prototype and drop the value.
    const base = header && header !== '__proto__' ? header : `column ${column.index + 1}`;
    let key = base;
    if (used.has(key)) {
      let copy = nextCopy.get(base) ?? 2;
      for (key = `${base} (${copy})`; used.has(key); copy++) key = `${base} (${copy + 1})`;
      nextCopy.set(base, copy + 1);
    }
    used.add(key);
    return key;
  });
}
