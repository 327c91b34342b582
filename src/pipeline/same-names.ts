// The names of a source's rows without an email, in their order: a paper sheet typed twice, once with a column left out
// or added (no date, an address), has rows that differ cell by cell but hold the same names, and nothing merges them.
import { hashBegin, hashEnd, hashOut, hashText } from '../dedupe/hash-string64.js';

/** Fewer names shared than this are chance, however small the sources (two sheets of a town share a few). */
const MIN_SHARED = 3;

export class NameList {
  /** Each row's name as a 53-bit number, in row order. */
  readonly order: number[] = [];
  readonly counts = new Map<number, number>();
  /** Names of rows nothing merges (no city or postcode either): a shared name merges only where both rows are placed. */
  readonly loose = new Set<number>();

  add(nameKey: string, placed: boolean): void {
    if (nameKey === '') return;
    const key = nameNumber(nameKey);
    this.order.push(key);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (!placed) this.loose.add(key);
  }

  get size(): number {
    return this.order.length;
  }
}

/**
 * How many rows of `list` have the names of rows of `earlier` (each name as often as both hold it), when that is
 * the same sheet again rather than chance: at least four in five of the smaller list's rows, and either in the same
 * order or between lists of like size (a sheet typed twice, one copy shuffled). A small sheet whose names are all
 * found, out of order, in a list many times its size is chance (common names). Null when not, or when every shared
 * name is placed in both (the exact rules merge those rows).
 */
export function sameNames(list: NameList, earlier: NameList): { shared: number; total: number } | null {
  const smaller = Math.min(list.size, earlier.size);
  let shared = 0;
  let unmerged = 0;
  for (const [key, times] of list.counts) {
    const both = Math.min(times, earlier.counts.get(key) ?? 0);
    shared += both;
    if (both > 0 && (list.loose.has(key) || earlier.loose.has(key))) unmerged += both;
  }
  if (shared < MIN_SHARED || unmerged === 0 || shared * 5 < smaller * 4) return null;
  const likeSize = Math.max(list.size, earlier.size) <= smaller * 2;
  if (!likeSize && inOrder(list, earlier) * 5 < smaller * 4) return null;
  return { shared, total: list.size };
}

/** How many names of the shorter list are found in the longer one in the same order (a greedy walk). */
function inOrder(a: NameList, b: NameList): number {
  const [short, long] = a.size <= b.size ? [a, b] : [b, a];
  const positions = new Map<number, number[]>();
  long.order.forEach((key, index) => {
    const at = positions.get(key);
    if (at) at.push(index);
    else positions.set(key, [index]);
  });
  let after = -1;
  let found = 0;
  for (const key of short.order) {
    const at = positions.get(key);
    if (!at) continue;
    const next = firstAbove(at, after);
    if (next === undefined) continue;
    after = next;
    found++;
  }
  return found;
}

function firstAbove(sorted: readonly number[], value: number): number | undefined {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] > value) high = middle;
    else low = middle + 1;
  }
  return sorted[low];
}

function nameNumber(nameKey: string): number {
  hashBegin();
  hashText('name');
  hashText(nameKey);
  hashEnd();
  return (hashOut[0] & 0x1fffff) * 0x1_0000_0000 + (hashOut[1] >>> 0);
}
