// "FILE:ROW" as `petition explain` takes it: a file as given on the command line and a 1-based data row.
import { UserError } from '../../errors.js';
import { msg } from '../../i18n/message.js';

export interface RowRef {
  file: string;
  row: number;
}

const ROW_NUMBER = /^[1-9][0-9]*$/;

/** Splits at the last colon, so Windows paths (C:\exports\a.csv:3) and paths holding colons still work. */
export function parseRowRef(text: string): RowRef {
  const colon = text.lastIndexOf(':');
  const file = colon > 0 ? text.slice(0, colon) : '';
  const row = colon > 0 ? text.slice(colon + 1).trim() : '';
  if (!file || !ROW_NUMBER.test(row)) {
    throw new UserError(msg('explain.row-ref', { text }));
  }
  return { file, row: Number(row) };
}

/** Where the row asked about is: a file as given, or a sheet of a workbook (`book.xlsx#Sheet`). */
export interface RowPlace {
  /** The file to read. */
  path: string;
  /** The sheet, for `book.xlsx#Sheet`. */
  sheet?: string;
}

/**
 * Splits `FILE#SHEET` where FILE is a file: a sheet's name may hold `#` ("Rally #2") and so may a file's name, so
 * the split is at the first `#` whose left part is a file named on the command line or, failing that, on disk. A
 * name that is itself a file is read as it is.
 */
export function placeOfRow(file: string, isGiven: (path: string) => boolean, isFile: (path: string) => boolean): RowPlace {
  if (isGiven(file)) return { path: file };
  const splits = [...file.matchAll(/#/g)].map((m) => m.index).filter((at) => at > 0);
  const at = splits.find((i) => isGiven(file.slice(0, i)))
    ?? (isFile(file) ? undefined : splits.find((i) => isFile(file.slice(0, i))) ?? splits.at(-1));
  return at === undefined ? { path: file } : { path: file.slice(0, at), sheet: file.slice(at + 1) };
}
