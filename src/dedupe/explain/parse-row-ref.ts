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
