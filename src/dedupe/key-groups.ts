// Groups of rows sharing one exact-match key (email; name+postcode+country; name+city+country), each in time order.
import type { MatchTable } from './match-table.js';
import { NONE } from './match-table.js';
import { countsToOffsets, DIGIT_COUNT, swapBuffers, type SortBuffers } from './radix-pass.js';
import { TimeOrder } from './time-order.js';

export const EMAIL_KEY = 0;
export const NAME_POSTCODE_KEY = 1;
export const NAME_CITY_KEY = 2;
export type KeyKind = typeof EMAIL_KEY | typeof NAME_POSTCODE_KEY | typeof NAME_CITY_KEY;

// Odd multipliers are bijections on 32 bits: for one name, different postcodes (cities, countries) give different keys.
const PLACE_MIX = 0x9e3779b1 | 0;
const COUNTRY_MIX = 0x85ebca77 | 0;

/** The high half of a name-and-place key: for one name, different postcodes (or cities) give different halves. */
export function nameKeyHi(nameHi: number, place: number): number {
  return nameHi ^ Math.imul(place, PLACE_MIX);
}

/** The low half of a name-and-place key: the country folded into the name's low half. */
export function nameKeyLo(nameLo: number, country: number): number {
  return nameLo ^ Math.imul(country + 1, COUNTRY_MIX);
}

function hasKey(table: MatchTable, kind: KeyKind, row: number): boolean {
  if (kind === EMAIL_KEY) return table.hasEmail(row);
  if (!table.hasName(row)) return false;
  return (kind === NAME_POSTCODE_KEY ? table.postcode(row) : table.city(row)) !== NONE;
}

function keyHi(table: MatchTable, kind: KeyKind, row: number): number {
  if (kind === EMAIL_KEY) return table.emailHi(row);
  const place = kind === NAME_POSTCODE_KEY ? table.postcode(row) : table.city(row);
  return nameKeyHi(table.nameHi(row), place);
}

function keyLo(table: MatchTable, kind: KeyKind, row: number): number {
  if (kind === EMAIL_KEY) return table.emailLo(row);
  return nameKeyLo(table.nameLo(row), table.matchCountry(row));
}

/** Called once per group of two or more rows: rows[start..end) share the key, earliest first. */
export type GroupVisitor = (rows: Int32Array, start: number, end: number) => void;

/**
 * The sort buffers for one dedupe run: six Int32Arrays of n entries (24 bytes a row).
 * Each key is a 64-bit hash. Every row is radix-sorted by time once; each kind takes the rows having its key in
 * that order, sorts them by the key's high half (stable, so each group stays in time order, computed once a row),
 * and splits runs of one high half on the low half. The high halves move with their rows, so a pass reads both in
 * order (looking a row's half up at random was most of the sort's time: a cache miss per row and pass).
 */
export class KeyGroups {
  private readonly buffers: SortBuffers;
  private readonly time: TimeOrder;
  /** Every row in time order (ties in index order), made on the first forEach. */
  private byTime: Int32Array | null = null;
  /** The high halves of the current kind's keys, in the order of buffers.a (and scratch for buffers.b). */
  private keys: Int32Array;
  private spareKeys: Int32Array;

  constructor(private readonly table: MatchTable) {
    const n = table.size;
    this.buffers = { a: new Int32Array(n), b: new Int32Array(n), counts: new Int32Array(DIGIT_COUNT) };
    this.keys = new Int32Array(n);
    this.spareKeys = new Int32Array(n);
    this.time = new TimeOrder(table);
  }

  private rowsByTime(): Int32Array {
    if (!this.byTime) {
      const n = this.table.size;
      for (let row = 0; row < n; row++) this.buffers.a[row] = row;
      this.time.sort(n, this.buffers);
      this.byTime = this.buffers.a.slice(0, n);
    }
    return this.byTime;
  }

  forEach(kind: KeyKind, visit: GroupVisitor): void {
    const table = this.table;
    const buffers = this.buffers;
    const byTime = this.rowsByTime();
    let length = 0;
    let rows = buffers.a;
    let keys = this.keys;
    for (let j = 0; j < byTime.length; j++) {
      const row = byTime[j];
      if (!hasKey(table, kind, row)) continue;
      rows[length] = row;
      keys[length++] = keyHi(table, kind, row);
    }
    const counts = buffers.counts;
    for (let shift = 0; shift <= 16; shift += 16) {
      counts.fill(0);
      for (let j = 0; j < length; j++) counts[(keys[j] >>> shift) & 0xffff]++;
      if (!countsToOffsets(counts, length)) continue;
      const toRows = buffers.b;
      const toKeys = this.spareKeys;
      for (let j = 0; j < length; j++) {
        const key = keys[j];
        const at = counts[(key >>> shift) & 0xffff]++;
        toRows[at] = rows[j];
        toKeys[at] = key;
      }
      swapBuffers(buffers);
      this.spareKeys = keys;
      this.keys = toKeys;
      rows = toRows;
      keys = toKeys;
    }
    let start = 0;
    let startHi = length > 0 ? keys[0] : 0;
    for (let j = 1; j <= length; j++) {
      const rowHi = j < length ? keys[j] : 0;
      if (j < length && rowHi === startHi) continue;
      if (j - start >= 2) this.visitRun(kind, rows, buffers.b, start, j, visit);
      start = j;
      startHi = rowHi;
    }
  }

  /** rows[start..end) share the high half; split them on the low half (stably: time order is kept). */
  private visitRun(kind: KeyKind, rows: Int32Array, lows: Int32Array, start: number, end: number, visit: GroupVisitor): void {
    const table = this.table;
    let mixed = false;
    for (let j = start; j < end; j++) {
      lows[j] = keyLo(table, kind, rows[j]);
      if (lows[j] !== lows[start]) mixed = true;
    }
    if (!mixed) {
      visit(rows, start, end);
      return;
    }
    // Rare (two keys sharing 32 bits, or one name and postcode in two countries): insertion sort is enough.
    for (let j = start + 1; j < end; j++) {
      const row = rows[j];
      const low = lows[j];
      let k = j - 1;
      while (k >= start && lows[k] > low) {
        rows[k + 1] = rows[k];
        lows[k + 1] = lows[k];
        k--;
      }
      rows[k + 1] = row;
      lows[k + 1] = low;
    }
    let from = start;
    for (let j = start + 1; j <= end; j++) {
      if (j < end && lows[j] === lows[from]) continue;
      if (j - from >= 2) visit(rows, from, j);
      from = j;
    }
  }
}
