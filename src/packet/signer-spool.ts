// The signers of a packet, spooled to a private temporary file in pass 2 and read back in print order: a million
// list rows are never all in memory at once (the list is drawn twice, for signatures.pdf and packet.pdf).
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldText } from '../normalize/fold.js';
import { certificateFactsFromCounts } from './signature-list/certificate-layout.js';
import { countryName } from './signature-list/list-format.js';
import type { ListEntry, ListOptions, OrderedSigners } from './signature-list/list-types.js';

const FLUSH_BYTES = 1 << 20;

export class SignerSpool {
  private readonly dir = mkdtempSync(join(tmpdir(), 'petition-signers-'));
  private readonly file = join(this.dir, 'signers.jsonl');
  private readonly fd = openSync(this.file, 'w+', 0o600);
  private pending: string[] = [];
  private pendingBytes = 0;
  private written = 0;
  private readonly offsets: number[] = [];
  private readonly lengths: number[] = [];
  private readonly signedAt: number[] = [];
  private readonly countries: string[] = [];
  private readonly anonymous: boolean[] = [];
  private readonly foldedNames: string[] = [];
  readonly keys: string[] = [];
  readonly clusters: number[] = [];

  constructor(private readonly order: ListOptions['order']) {}

  get size(): number {
    return this.offsets.length;
  }

  add(entry: ListEntry, key: string, cluster: number): void {
    const line = JSON.stringify(entry);
    const bytes = Buffer.byteLength(line);
    this.offsets.push(this.written + this.pendingBytes);
    this.lengths.push(bytes);
    this.pending.push(line);
    this.pendingBytes += bytes;
    this.signedAt.push(entry.signedAt ?? Number.POSITIVE_INFINITY);
    this.countries.push(entry.country);
    this.anonymous.push(entry.anonymous);
    if (this.order === 'name') this.foldedNames.push(entry.anonymous ? '\uffff' : foldText(entry.name));
    this.keys.push(key);
    this.clusters.push(cluster);
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  /**
   * The listed signers in print order, the same order orderEntries and planList give an array: grouped by country
   * (label, then code) when split by country, then by the order's text, then signing time, then spool order.
   * `include` says which spooled signers belong in this packet (all when absent).
   */
  ordered(options: Pick<ListOptions, 'order' | 'anonymous' | 'split'>, include?: (index: number) => boolean): OrderedSigners {
    this.flush();
    const all: number[] = [];
    for (let i = 0; i < this.size; i++) if (!include || include(i)) all.push(i);
    const listed = options.anonymous === 'omit' ? all.filter((i) => !this.anonymous[i]) : all;
    const byCountry = Boolean(options.split && 'by' in options.split);
    const label = (i: number) => countryName(this.countries[i]);
    const text = options.order === 'country' ? label : options.order === 'name' ? (i: number) => this.foldedNames[i] : null;
    const compare = (u: string, v: string) => (u < v ? -1 : u > v ? 1 : 0);
    listed.sort((a, b) => (byCountry ? compare(label(a), label(b)) || compare(this.countries[a], this.countries[b]) : 0)
      || (text ? compare(text(a), text(b)) : 0) || this.signedAt[a] - this.signedAt[b] || a - b);

    const countries = new Map<string, number>();
    for (const i of listed) countries.set(this.countries[i], (countries.get(this.countries[i]) ?? 0) + 1);
    const allCountries = new Map<string, number>();
    let anonymousCount = 0;
    let first: number | null = null;
    let last: number | null = null;
    for (const i of all) {
      allCountries.set(this.countries[i], (allCountries.get(this.countries[i]) ?? 0) + 1);
      if (this.anonymous[i]) anonymousCount++;
      const time = this.signedAt[i];
      if (time !== Number.POSITIVE_INFINITY) {
        if (first === null || time < first) first = time;
        if (last === null || time > last) last = time;
      }
    }
    const certificate = certificateFactsFromCounts({ total: all.length, anonymous: anonymousCount, first, last, countries: allCountries });
    const rows = () => this.read(listed);
    return { kind: 'ordered', rows, listed: listed.length, omitted: all.length - listed.length, countries, certificate };
  }

  /** Deletes the temporary file. */
  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(): void {
    if (!this.pending.length) return;
    const chunk = Buffer.from(this.pending.join(''));
    writeSync(this.fd, chunk, 0, chunk.length, this.written);
    this.written += chunk.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private async *read(order: number[]): AsyncGenerator<ListEntry> {
    let buffer = Buffer.alloc(4096);
    for (const i of order) {
      const length = this.lengths[i];
      if (length > buffer.length) buffer = Buffer.alloc(length * 2);
      readSync(this.fd, buffer, 0, length, this.offsets[i]);
      yield JSON.parse(buffer.toString('utf8', 0, length)) as ListEntry;
    }
  }
}
