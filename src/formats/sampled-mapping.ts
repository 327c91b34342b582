// The column mapping as the first data rows refine it: what a header alone cannot tell.
import type { ColumnMapping, DecodedRecord } from '../types.js';
import { withSplitNameColumns } from './split-name-columns.js';
import { withYesNoNameColumns } from './unread-anonymity.js';

/** The header's mapping with yes/no name questions marked and a name written over two columns read as its two halves. */
export function sampledMapping(detected: ColumnMapping, records: readonly DecodedRecord[]): ColumnMapping {
  const rows = sampleCells(records);
  return withSplitNameColumns(withYesNoNameColumns(detected, rows), rows);
}

/** The cells of the data records among `records`. */
export function sampleCells(records: readonly DecodedRecord[]): string[][] {
  return records.flatMap((r) => (r.kind === 'data' ? [r.cells] : []));
}
