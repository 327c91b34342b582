// Reads a CSV the tool wrote, as a spreadsheet would: header names → values.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export function readCsv(path: string): Array<Record<string, string>> {
  return parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { columns: true });
}
