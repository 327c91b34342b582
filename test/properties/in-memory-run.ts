// Runs the read → dedupe → tally pipeline on files held in memory, optionally fed to the reader in chunks of given sizes.
import { Readable } from 'node:stream';
import { runDedupe, type DedupeRun } from '../../src/pipeline/run-dedupe.js';
import { openExport } from '../../src/read/open-export.js';
import type { DecodedRecord, ReadInfo } from '../../src/types.js';

export interface MemoryFile {
  path: string;
  bytes: Buffer;
}

/** A stream of `bytes` cut at the given chunk sizes (cycled); one chunk when none are given. */
export function chunkedStream(bytes: Buffer, sizes: readonly number[] = []): Readable {
  if (sizes.length === 0 || bytes.length === 0) return Readable.from(bytes.length ? [bytes] : []);
  const chunks: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length]);
    chunks.push(bytes.subarray(at, at + size));
    at += size;
  }
  return Readable.from(chunks);
}

export function runInMemory(files: readonly MemoryFile[], options: { exact?: boolean; chunks?: number[] } = {}): Promise<DedupeRun> {
  const byPath = new Map(files.map((f) => [f.path, f.bytes]));
  return runDedupe({
    specs: files.map((f) => ({ path: f.path })),
    open: (spec) => chunkedStream(byPath.get(spec.path)!, options.chunks),
    exact: options.exact,
  });
}

export interface ReadResult {
  info: ReadInfo;
  records: DecodedRecord[];
}

/** Reads one export whole; throws what openExport or the records throw. */
export async function readAll(bytes: Buffer, chunks?: number[], encoding?: string): Promise<ReadResult> {
  const reader = await openExport({ path: 'fuzz.csv', open: () => chunkedStream(bytes, chunks), encoding });
  const records: DecodedRecord[] = [];
  for await (const record of reader.records()) records.push(record);
  return { info: reader.info, records };
}
