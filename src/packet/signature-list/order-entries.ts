// The printed order of signers (by signing time, country or name) and which of them are listed at all.
import { foldText } from '../../normalize/fold.js';
import type { ListEntry, ListOptions } from './list-types.js';
import { countrySortKey, listTextCompare } from './list-format.js';

/**
 * Listed entries in print order. Sorting is stable and fully determined (ties fall back to the input order), so the
 * same input gives the same numbering. Keys are computed once per entry, not per comparison.
 */
export function orderEntries(entries: readonly ListEntry[], options: Pick<ListOptions, 'order' | 'anonymous' | 'language'>): ListEntry[] {
  const listed = options.anonymous === 'omit' ? entries.filter((entry) => !entry.anonymous) : entries;
  const count = listed.length;
  const time = new Float64Array(count);
  for (let i = 0; i < count; i++) time[i] = listed[i].signedAt ?? Number.POSITIVE_INFINITY;
  let text: string[] | undefined;
  if (options.order === 'country') text = listed.map((entry) => countrySortKey(entry.country, options.language));
  if (options.order === 'name') text = listed.map((entry) => (entry.anonymous ? '\uffff' : foldText(entry.name)));
  const index = new Uint32Array(count);
  for (let i = 0; i < count; i++) index[i] = i;
  const compareText = listTextCompare(options.language);
  index.sort((a, b) => (text ? compareText(text[a], text[b]) : 0) || time[a] - time[b] || a - b);
  const out = new Array<ListEntry>(count);
  for (let i = 0; i < count; i++) out[i] = listed[index[i]];
  return out;
}
