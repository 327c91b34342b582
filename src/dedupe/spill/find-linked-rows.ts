// Which spilled rows share an exact-match key with another row, and into which batches their connected groups go.
import { nameKeyHi, nameKeyLo } from '../key-groups.js';
import { AT_CITY, AT_COUNTRY, AT_EMAIL_HI, AT_EMAIL_LO, AT_NAME_HI, AT_NAME_LO, AT_POSTCODE, NONE, RECORD_INTS } from '../match-table.js';
import { countsToOffsets, DIGIT_COUNT } from '../radix-pass.js';
import type { RecordFile, SpillFolder } from './record-file.js';
import { RowBitset } from './row-bitset.js';

/** Key entries (12 bytes each) per partition, at most about: a partition is sorted in memory. */
const PARTITION_ENTRIES = 1 << 19;
/** A key entry: high half, low half, row (its top bit set when the row has no postcode). */
const ENTRY_INTS = 3;
const NO_POSTCODE_FLAG = 0x80000000 | 0;
const ROW_MASK = 0x7fffffff;
const KINDS = 3;
const EMAIL = 0;
const NAME_CITY = 2;

export interface LinkedRows {
  /** Rows that share some key with another row; only these can be joined by an exact rule. Frozen: use rank(). */
  linked: RowBitset;
  /** Number of linked rows. */
  count: number;
  /** Per linked row (by its rank): its batch. A batch holds whole connected groups, so each can be matched alone. */
  batchOf: Int32Array;
  batches: number;
}

/**
 * Rows are connected when they share an email, or a name and postcode and country, or a name and city and
 * country where one of them has no postcode: exactly the pairs the exact rules could ever join. The rules never
 * join rows of two different connected groups, so matching batches of whole groups one at a time gives what
 * matching everything at once gives. `matchCountry` is MatchTable.matchCountryOf, as the in-memory keys use. Memory: a bit per row, 8 bytes per linked row, one partition at a time.
 */
export function findLinkedRows(spill: RecordFile, folder: SpillFolder, batchRows: number, matchCountry: (id: number) => number = (id) => id): LinkedRows {
  const rows = spill.length;
  const partitionBits = Math.max(0, Math.ceil(Math.log2(Math.max(1, rows) / PARTITION_ENTRIES)));
  const partitions = partitionKeys(spill, folder, partitionBits, matchCountry);
  const linked = new RowBitset(rows);
  const edges = folder.create(2);
  const scratch = new SortScratch();
  for (const { file, kind } of partitions) {
    const { array: entries } = file.readAll(scratch.entries);
    scratch.entries = entries;
    visitGroups(entries, file.length, scratch, (entries, order, start, end) => {
      if (kind === NAME_CITY && !anyWithoutPostcode(entries, order, start, end)) return;
      const first = entries[order[start] * ENTRY_INTS + 2] & ROW_MASK;
      linked.set(first);
      for (let j = start + 1; j < end; j++) {
        const row = entries[order[j] * ENTRY_INTS + 2] & ROW_MASK;
        linked.set(row);
        const at = edges.reserve();
        edges.buffer[at] = first;
        edges.buffer[at + 1] = row;
      }
    });
    file.close();
  }
  const count = linked.freeze();
  const { batchOf, batches } = groupIntoBatches(linked, count, edges, batchRows);
  edges.close();
  return { linked, count, batchOf, batches };
}

/** Writes each row's keys into 2^bits partitions per key kind, by the top bits of the key's high half. */
function partitionKeys(spill: RecordFile, folder: SpillFolder, bits: number, matchCountry: (id: number) => number): Array<{ file: RecordFile; kind: number }> {
  const perKind = 1 << bits;
  const files: RecordFile[] = [];
  for (let f = 0; f < KINDS * perKind; f++) files.push(folder.create(ENTRY_INTS));
  const put = (kind: number, hi: number, lo: number, row: number): void => {
    const file = files[kind * perKind + (bits === 0 ? 0 : hi >>> (32 - bits))];
    const at = file.reserve();
    file.buffer[at] = hi;
    file.buffer[at + 1] = lo;
    file.buffer[at + 2] = row;
  };
  spill.forEachChunk((chunk, count, first) => {
    for (let k = 0; k < count; k++) {
      const at = k * RECORD_INTS;
      const row = first + k;
      const emailHi = chunk[at + AT_EMAIL_HI];
      const emailLo = chunk[at + AT_EMAIL_LO];
      if ((emailHi | emailLo) !== 0) put(EMAIL, emailHi, emailLo, row);
      const nameHi = chunk[at + AT_NAME_HI];
      const nameLo = chunk[at + AT_NAME_LO];
      if ((nameHi | nameLo) === 0) continue;
      const postcode = chunk[at + AT_POSTCODE];
      const city = chunk[at + AT_CITY];
      const lo = nameKeyLo(nameLo, matchCountry(chunk[at + AT_COUNTRY]));
      if (postcode !== NONE) put(1, nameKeyHi(nameHi, postcode), lo, row);
      if (city !== NONE) put(NAME_CITY, nameKeyHi(nameHi, city), lo, row | (postcode === NONE ? NO_POSTCODE_FLAG : 0));
    }
  });
  return files.map((file, index) => ({ file, kind: Math.floor(index / perKind) }));
}

type GroupVisitor = (entries: Int32Array, order: Int32Array, start: number, end: number) => void;

/** Calls `visit` for each run of two or more entries of one partition sharing both key halves, in row order. */
function visitGroups(entries: Int32Array, count: number, scratch: SortScratch, visit: GroupVisitor): void {
  const order = sortByHigh(entries, count, scratch);
  let start = 0;
  for (let j = 1; j <= count; j++) {
    if (j < count && entries[order[j] * ENTRY_INTS] === entries[order[start] * ENTRY_INTS]) continue;
    if (j - start >= 2) visitRun(entries, order, start, j, visit);
    start = j;
  }
}

/** order[start..end) share the high half: split them on the low half, keeping row order within each. */
function visitRun(entries: Int32Array, order: Int32Array, start: number, end: number, visit: GroupVisitor): void {
  const low = (j: number): number => entries[order[j] * ENTRY_INTS + 1];
  let mixed = false;
  for (let j = start + 1; j < end && !mixed; j++) mixed = low(j) !== low(start);
  if (mixed) {
    // Rare (two keys sharing 32 bits, or one name and place in two countries): a stable insertion sort is enough.
    for (let j = start + 1; j < end; j++) {
      const entry = order[j];
      const value = entries[entry * ENTRY_INTS + 1];
      let k = j - 1;
      while (k >= start && low(k) > value) {
        order[k + 1] = order[k];
        k--;
      }
      order[k + 1] = entry;
    }
  }
  let groupStart = start;
  for (let j = start + 1; j <= end; j++) {
    if (j < end && low(j) === low(groupStart)) continue;
    if (j - groupStart >= 2) visit(entries, order, groupStart, j);
    groupStart = j;
  }
}

/** Arrays reused from one partition to the next, grown to the largest. */
class SortScratch {
  entries: Int32Array | undefined;
  private a = new Int32Array(0);
  private b = new Int32Array(0);
  readonly counts = new Int32Array(DIGIT_COUNT);

  orderArrays(count: number): [Int32Array, Int32Array] {
    if (this.a.length < count) {
      this.a = new Int32Array(count);
      this.b = new Int32Array(count);
    }
    return [this.a, this.b];
  }
}

/** Entry indexes sorted by high half, stably (so rows stay in the order they were written: row order). */
function sortByHigh(entries: Int32Array, count: number, scratch: SortScratch): Int32Array {
  let [src, dst] = scratch.orderArrays(count);
  for (let j = 0; j < count; j++) src[j] = j;
  const counts = scratch.counts;
  for (let shift = 0; shift <= 16; shift += 16) {
    counts.fill(0);
    for (let j = 0; j < count; j++) counts[(entries[src[j] * ENTRY_INTS] >>> shift) & 0xffff]++;
    if (!countsToOffsets(counts, count)) continue;
    for (let j = 0; j < count; j++) {
      const entry = src[j];
      dst[counts[(entries[entry * ENTRY_INTS] >>> shift) & 0xffff]++] = entry;
    }
    const swap = src;
    src = dst;
    dst = swap;
  }
  return src;
}

function anyWithoutPostcode(entries: Int32Array, order: Int32Array, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if ((entries[order[j] * ENTRY_INTS + 2] & NO_POSTCODE_FLAG) !== 0) return true;
  return false;
}

/**
 * Connected groups of linked rows (union-find over their ranks), packed whole, in the order of their first rows,
 * into batches of about `batchRows` rows (a group larger than that is a batch of its own). Returns each linked
 * row's batch. One array throughout: parents; then roots hold -size and members their root; then roots hold
 * -1 - batch; then each row its batch.
 */
function groupIntoBatches(linked: RowBitset, count: number, edges: RecordFile, batchRows: number): { batchOf: Int32Array; batches: number } {
  const parent = new Int32Array(count);
  for (let i = 0; i < count; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  edges.forEachChunk((chunk, pairs) => {
    for (let k = 0; k < pairs; k++) {
      const a = find(linked.rank(chunk[2 * k]));
      const b = find(linked.rank(chunk[2 * k + 1]));
      // The smaller rank is the root, so a group's root is its first row in rank order.
      if (a < b) parent[b] = a;
      else if (b < a) parent[a] = b;
    }
  });
  // Parents point to smaller ranks, so in rank order each parent already points at its root.
  for (let i = 0; i < count; i++) parent[i] = parent[parent[i]];
  for (let i = 0; i < count; i++) {
    const root = parent[i];
    if (root === i) parent[i] = -1;
    else parent[root]--;
  }
  let batch = 0;
  let filled = 0;
  for (let i = 0; i < count; i++) {
    const value = parent[i];
    if (value >= 0) {
      parent[i] = parent[value];
      continue;
    }
    const size = -value;
    if (filled > 0 && filled + size > batchRows) {
      batch++;
      filled = 0;
    }
    filled += size;
    parent[i] = -1 - batch;
  }
  for (let i = 0; i < count; i++) parent[i] = -1 - parent[i];
  return { batchOf: parent, batches: count === 0 ? 0 : batch + 1 };
}
