// The signers of a packet, spooled to a private temporary file in pass 2 and read back in print order: a million
// list rows are never all in memory at once (the list is drawn twice, for signatures.pdf and packet.pdf).
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { makeTemporaryFolder, removeTemporaryFolder } from '../output/temporary-paths.js';
import { writeFailure } from '../output/atomic-write.js';
import { foldText } from '../normalize/fold.js';
import { certificateFactsFromCounts } from './signature-list/certificate-layout.js';
import { countrySortKey, listTextCompare } from './signature-list/list-format.js';
import type { ListEntry, ListOptions, OrderedSigners } from './signature-list/list-types.js';
import { SignerKeys, type SortedKeys } from './signer-keys.js';

/** The anonymous column's mark of a signer withheld as their paper sheet promised (ListEntry.withheld). */
const WITHHELD = 2;

const FLUSH_BYTES = 1 << 20;
/** Rows read back out of spool order: up to this many bytes of them at a time, read in blocks of up to this many. */
const READING = { windowBytes: 16 << 20, blockBytes: 256 << 10 };
/** Rows in one window at most: a spool index (< 2^32) times it plus a place in the window stays an exact double. */
const MAX_WINDOW_ROWS = 1 << 20;
const NO_TIME = Number.POSITIVE_INFINITY;

/**
 * What the print order and the counts need of each signer, one typed array per field (about 30 bytes a signer,
 * against several hundred as JavaScript objects and strings). Grows by doubling past the capacity it was given.
 */
class SignerColumns {
  offsets: Float64Array;
  lengths: Uint32Array;
  signedAt: Float64Array;
  country: Uint16Array;
  anonymous: Uint8Array;
  cluster: Int32Array;

  constructor(capacity: number) {
    this.offsets = new Float64Array(capacity);
    this.lengths = new Uint32Array(capacity);
    this.signedAt = new Float64Array(capacity);
    this.country = new Uint16Array(capacity);
    this.anonymous = new Uint8Array(capacity);
    this.cluster = new Int32Array(capacity);
  }

  get capacity(): number {
    return this.offsets.length;
  }

  grow(): void {
    this.offsets = doubled(this.offsets, (n) => new Float64Array(n));
    this.lengths = doubled(this.lengths, (n) => new Uint32Array(n));
    this.signedAt = doubled(this.signedAt, (n) => new Float64Array(n));
    this.country = doubled(this.country, (n) => new Uint16Array(n));
    this.anonymous = doubled(this.anonymous, (n) => new Uint8Array(n));
    this.cluster = doubled(this.cluster, (n) => new Int32Array(n));
  }
}

function doubled<T extends ArrayLike<number> & { set(values: ArrayLike<number>): void }>(old: T, make: (length: number) => T): T {
  const grown = make(old.length * 2);
  grown.set(old);
  return grown;
}

export class SignerSpool {
  private readonly dir = makeTemporaryFolder('petition-signers-');
  private readonly file = join(this.dir, 'signers.jsonl');
  private readonly fd = openSync(this.file, 'w+', 0o600);
  // Lines are encoded into this buffer at once, not kept as strings until a flush: a megabyte of pending strings
  // outlives young-generation collections and was promoted to the old generation as garbage, 60 MB per 250,000 rows.
  private readonly pending = Buffer.allocUnsafe(FLUSH_BYTES);
  private pendingBytes = 0;
  private written = 0;
  private count = 0;
  private readonly columns: SignerColumns;
  /** Country codes by their index in `columns.country`. */
  private readonly countryCodes: string[] = [];
  private readonly countryIndex = new Map<string, number>();
  private foldedNames: string[] = [];
  /** Each spooled signer's stable key, in spool order; handed over by takeKeys. */
  private keys: SignerKeys | undefined;
  /** Set once ordered() has run: the ordering columns are gone then. */
  private isOrdered = false;

  /**
   * `capacity`: how many signers are expected (the kept count), so the columns are allocated once. `reading`: how
   * rows out of spool order are read back (tests make it small, so windows and blocks are many).
   */
  constructor(private readonly order: ListOptions['order'], capacity = 1024, private readonly reading = READING) {
    this.columns = new SignerColumns(Math.max(1, capacity));
    this.keys = new SignerKeys(Math.max(1, capacity));
  }

  get size(): number {
    return this.count;
  }

  /** The dedupe cluster of the i-th spooled signer (until ordered() has run). */
  clusterOf(index: number): number {
    if (this.isOrdered) throw new Error('SignerSpool: clusters are released once the print order is made');
    return this.columns.cluster[index];
  }

  /** The stable key of the i-th spooled signer (until takeKeys()). */
  keyAt(index: number): string {
    if (!this.keys) throw new Error('SignerSpool: the keys were already taken');
    return this.keys.at(index);
  }

  /** The signer list fingerprint of the signers `include` accepts who are shown anonymous (call before takeKeys). */
  anonymousKeysFingerprint(include?: (index: number) => boolean): string {
    if (!this.keys) throw new Error('SignerSpool: the keys were already taken');
    const anonymous = this.columns.anonymous;
    return this.keys.distinct((i) => (!include || include(i)) && anonymous[i] !== 0).fingerprint();
  }

  /**
   * The distinct keys of the signers `include` accepts (all when absent), sorted; the spool lets go of its own
   * per-signer keys, so call it once, before ordered().
   */
  takeKeys(include?: (index: number) => boolean): SortedKeys {
    if (!this.keys) throw new Error('SignerSpool: the keys were already taken');
    const keys = this.keys.distinct(include);
    this.keys = undefined;
    return keys;
  }

  /**
   * The earliest signing time (ms) of the signers `include` accepts (all when absent), null when none is dated, and
   * whether any of them has no date at all.
   */
  earliestSigning(include?: (index: number) => boolean): { first: number | null; undated: boolean } {
    if (this.isOrdered) throw new Error('SignerSpool: the dates are read before the print order is made');
    let first = NO_TIME;
    let undated = false;
    for (let i = 0; i < this.count; i++) {
      if (include && !include(i)) continue;
      const time = this.columns.signedAt[i];
      if (time === NO_TIME) undated = true;
      else if (time < first) first = time;
    }
    return { first: first === NO_TIME ? null : first, undated };
  }

  add(entry: ListEntry, key: string, cluster: number): void {
    if (this.isOrdered) throw new Error('SignerSpool: no rows can be added once the print order is made');
    const line = JSON.stringify(entry);
    const bytes = Buffer.byteLength(line);
    if (this.pendingBytes + bytes > FLUSH_BYTES) this.flush();
    if (this.count === this.columns.capacity) this.columns.grow();
    const i = this.count++;
    const columns = this.columns;
    columns.offsets[i] = this.written + this.pendingBytes;
    columns.lengths[i] = bytes;
    columns.signedAt[i] = entry.signedAt ?? NO_TIME;
    columns.country[i] = this.countryNumber(entry.country);
    // 2: anonymous because their paper sheet promised it, not at their request (counted apart).
    columns.anonymous[i] = entry.withheld ? WITHHELD : entry.anonymous ? 1 : 0;
    columns.cluster[i] = cluster;
    if (bytes > FLUSH_BYTES) this.writeOut(Buffer.from(line));
    else this.pendingBytes += this.pending.write(line, this.pendingBytes);
    if (this.order === 'name') this.foldedNames.push(entry.anonymous ? '\uffff' : foldText(entry.name));
    this.keys?.add(key);
  }

  /**
   * The listed signers in print order, the same order orderEntries and planList give an array: grouped by country
   * (label, then code) when split by country, then by the order's text, then signing time, then spool order.
   * `include` says which spooled signers belong in this packet (all when absent).
   *
   * Called once: afterwards only what reading the rows back needs is kept (a few bytes a signer, none at all when
   * the print order is the spool order), so the list is drawn in about the same memory whatever its length.
   */
  /** How many signers ordered() will list, in all and per country, without ordering them (it can still be called). */
  listedCounts(anonymousShown: ListOptions['anonymous'], include?: (index: number) => boolean): Pick<OrderedSigners, 'listed' | 'countries'> {
    if (this.isOrdered) throw new Error('SignerSpool: the counts are taken before the print order is made');
    const { country, anonymous } = this.columns;
    const countries = new Map<string, number>();
    let listed = 0;
    for (let i = 0; i < this.count; i++) {
      if ((include && !include(i)) || (anonymousShown === 'omit' && anonymous[i])) continue;
      listed++;
      const code = this.countryCodes[country[i]];
      countries.set(code, (countries.get(code) ?? 0) + 1);
    }
    return { listed, countries };
  }

  ordered(options: Pick<ListOptions, 'order' | 'anonymous' | 'split' | 'language'>, include?: (index: number) => boolean): OrderedSigners {
    if (this.isOrdered) throw new Error('SignerSpool: ordered() is called once');
    this.flush();
    const { signedAt, country, anonymous } = this.columns;
    const all = new Uint32Array(this.count);
    let total = 0;
    for (let i = 0; i < this.count; i++) if (!include || include(i)) all[total++] = i;
    const omit = options.anonymous === 'omit';
    let listedCount = 0;
    const listed = new Uint32Array(total);
    for (let n = 0; n < total; n++) if (!omit || !anonymous[all[n]]) listed[listedCount++] = all[n];
    const order = listed.subarray(0, listedCount);

    const byCountry = Boolean(options.split && 'by' in options.split);
    const labels = this.countryCodes.map((code) => countrySortKey(code, options.language));
    const folded = this.foldedNames;
    const codes = this.countryCodes;
    const compare = listTextCompare(options.language);
    const byText = options.order === 'country'
      ? (a: number, b: number) => compare(labels[country[a]], labels[country[b]])
      : options.order === 'name' ? (a: number, b: number) => compare(folded[a], folded[b]) : null;
    const byGroup = byCountry ? (a: number, b: number) => compare(labels[country[a]], labels[country[b]]) || compare(codes[country[a]], codes[country[b]]) : null;
    if (byGroup || byText || !isAscending(order, signedAt)) {
      order.sort((a, b) => (byGroup ? byGroup(a, b) : 0) || (byText ? byText(a, b) : 0) || signedAt[a] - signedAt[b] || a - b);
    }

    const countries = new Map<string, number>();
    for (let n = 0; n < order.length; n++) {
      const code = codes[country[order[n]]];
      countries.set(code, (countries.get(code) ?? 0) + 1);
    }
    const allCountries = new Map<string, number>();
    let anonymousCount = 0;
    let omittedWithheld = 0;
    let first: number | null = null;
    let last: number | null = null;
    for (let n = 0; n < total; n++) {
      const i = all[n];
      const code = codes[country[i]];
      allCountries.set(code, (allCountries.get(code) ?? 0) + 1);
      // Anonymous at their own request: a paper signer withheld as their sheet promised did not ask.
      if (anonymous[i] === 1) anonymousCount++;
      if (omit && anonymous[i] === WITHHELD) omittedWithheld++;
      const time = signedAt[i];
      if (time !== NO_TIME) {
        if (first === null || time < first) first = time;
        if (last === null || time > last) last = time;
      }
    }
    const certificate = certificateFactsFromCounts({ total, anonymous: anonymousCount, first, last, countries: allCountries });
    // A time-ordered export read in full is printed in the order it was spooled: read straight through, no index.
    const sequential = order.length === this.count && isIdentity(order);
    const rows = sequential ? () => this.readInSpoolOrder() : () => this.read(order);
    this.releaseOrderingColumns(sequential);
    return { kind: 'ordered', rows, listed: order.length, omitted: total - order.length, omittedWithheld, countries, certificate };
  }

  /** Deletes the temporary file. */
  close(): void {
    closeSync(this.fd);
    removeTemporaryFolder(this.dir);
  }

  private releaseOrderingColumns(sequential: boolean): void {
    this.isOrdered = true;
    const columns = this.columns;
    columns.signedAt = new Float64Array(0);
    columns.country = new Uint16Array(0);
    columns.anonymous = new Uint8Array(0);
    columns.cluster = new Int32Array(0);
    if (sequential) columns.offsets = new Float64Array(0);
    this.foldedNames = [];
  }

  private countryNumber(code: string): number {
    let index = this.countryIndex.get(code);
    if (index === undefined) {
      index = this.countryCodes.length;
      if (index > 0xffff) throw new Error('More than 65,536 distinct country values in one signer list');
      this.countryCodes.push(code);
      this.countryIndex.set(code, index);
    }
    return index;
  }

  private flush(): void {
    if (this.pendingBytes === 0) return;
    this.writeOut(this.pending.subarray(0, this.pendingBytes));
    this.pendingBytes = 0;
  }

  private writeOut(chunk: Buffer): void {
    try {
      for (let done = 0; done < chunk.length;) done += writeSync(this.fd, chunk, done, chunk.length - done, this.written + done);
    } catch (error) {
      // The temporary folder's disk is full: named, since a write error carries no path.
      throw writeFailure(this.file, error);
    }
    this.written += chunk.length;
  }

  /** Every row from the start of the file, read in large blocks. */
  private async *readInSpoolOrder(): AsyncGenerator<ListEntry> {
    const { lengths } = this.columns;
    let buffer = Buffer.allocUnsafe(FLUSH_BYTES);
    let start = 0; // the next row's first byte in `buffer`
    let end = 0; // end of the bytes read into `buffer`
    let position = 0; // file position of buffer[end]
    for (let i = 0; i < this.count; i++) {
      const length = lengths[i];
      if (end - start < length) {
        if (length > buffer.length) {
          const larger = Buffer.allocUnsafe(length * 2);
          buffer.copy(larger, 0, start, end);
          buffer = larger;
        } else buffer.copy(buffer, 0, start, end);
        end -= start;
        start = 0;
        while (end < length) {
          const read = readSync(this.fd, buffer, end, buffer.length - end, position);
          if (read === 0) throw new Error('The signer spool ended before its last row');
          end += read;
          position += read;
        }
      }
      yield JSON.parse(buffer.toString('utf8', start, start + length)) as ListEntry;
      start += length;
    }
  }

  /**
   * The rows in print order, a window of them at a time (at most windowBytes of rows): a window's rows are read in
   * file order, neighbouring rows in one read of up to blockBytes, and put in their print places in the window's
   * buffer. One small read per row was 17 % of a packet's time.
   */
  private async *read(order: Uint32Array): AsyncGenerator<ListEntry> {
    const { offsets, lengths } = this.columns;
    const { windowBytes, blockBytes } = this.reading;
    let block = Buffer.allocUnsafe(blockBytes);
    let window = Buffer.allocUnsafe(0);
    for (let first = 0; first < order.length;) {
      // The window: order[first, last), each row's place in it from the rows before it in print order.
      let last = first;
      let bytes = 0;
      while (last < order.length && (last === first || (bytes + lengths[order[last]] <= windowBytes && last - first < MAX_WINDOW_ROWS))) bytes += lengths[order[last++]];
      const count = last - first;
      const place = new Float64Array(count);
      for (let n = 0, at = 0; n < count; n++) {
        place[n] = at;
        at += lengths[order[first + n]];
      }
      if (window.length < bytes) window = Buffer.allocUnsafe(bytes);
      // Spool order is file order: each row's spool index and print place in one number, sorted without a comparator.
      const inFileOrder = new Float64Array(count);
      for (let n = 0; n < count; n++) inFileOrder[n] = order[first + n] * MAX_WINDOW_ROWS + n;
      inFileOrder.sort();
      for (let k = 0; k < count;) {
        // One read from this row's start to the end of the furthest next rows that still fit in a block.
        const start = offsets[spoolIndex(inFileOrder[k])];
        let end = start + lengths[spoolIndex(inFileOrder[k])];
        let upTo = k + 1;
        while (upTo < count) {
          const next = spoolIndex(inFileOrder[upTo]);
          if (offsets[next] + lengths[next] - start > blockBytes) break;
          end = Math.max(end, offsets[next] + lengths[next]);
          upTo++;
        }
        if (end - start > block.length) block = Buffer.allocUnsafe(end - start);
        this.readFully(block, end - start, start);
        for (; k < upTo; k++) {
          const i = spoolIndex(inFileOrder[k]);
          block.copy(window, place[inFileOrder[k] % MAX_WINDOW_ROWS], offsets[i] - start, offsets[i] - start + lengths[i]);
        }
      }
      for (let n = 0; n < count; n++) {
        const at = place[n];
        yield JSON.parse(window.toString('utf8', at, at + lengths[order[first + n]])) as ListEntry;
      }
      first = last;
    }
  }

  private readFully(into: Buffer, length: number, position: number): void {
    for (let done = 0; done < length;) {
      const read = readSync(this.fd, into, done, length - done, position + done);
      if (read === 0) throw new Error('The signer spool ended before its last row');
      done += read;
    }
  }
}

/** The spool index of a window's row, from its number in the window's file order. */
function spoolIndex(packed: number): number {
  return Math.floor(packed / MAX_WINDOW_ROWS);
}

function isIdentity(order: Uint32Array): boolean {
  for (let n = 0; n < order.length; n++) if (order[n] !== n) return false;
  return true;
}

/** Signing times already in order (a time-ordered export spooled as read): the sort can be skipped. */
function isAscending(order: Uint32Array, signedAt: Float64Array): boolean {
  for (let n = 1; n < order.length; n++) if (signedAt[order[n]] < signedAt[order[n - 1]]) return false;
  return true;
}
