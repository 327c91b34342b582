// The exact rules over rows on disk: batch by batch of connected rows, giving what dedupeExact gives in memory.
import { HOUSEHOLD, type DedupeOutcome } from '../dedupe-outcome.js';
import { dedupeExact, SAME_EMAIL, SAME_NAME_CITY, SAME_NAME_POSTCODE } from '../exact-dedupe.js';
import { RECORD_INTS } from '../match-table.js';
import { findLinkedRows } from './find-linked-rows.js';
import type { RecordFile, SpillFolder } from './record-file.js';
import type { SpilledTable } from './spilled-table.js';

/** A batch record: the row's spilled record, then its row index. */
const BATCH_INTS = RECORD_INTS + 1;

/** What matching from disk gives: always which rows are kept; the per-row outcome only when asked for. */
export interface SpilledDedupe {
  /** Per row: 1 for a signer's kept row, 0 for a duplicate. */
  kept: Uint8Array;
  signers: number;
  byRule: Record<string, number>;
  /** As dedupeExact's, with `perRow`; null without (a count needs no more, and it saves 5 bytes a row). */
  outcome: DedupeOutcome | null;
}

/**
 * The same result as dedupeExact on a table of every row. Rows sharing no key with any other row are their own
 * signers; the others are matched in batches of whole connected groups, each batch a small in-memory table.
 * Memory: a byte a row (kept), 4 more for the grouping while it lasts and 5 more with `perRow`; one batch.
 */
export function dedupeSpilledExact(spilled: SpilledTable, folder: SpillFolder, options: { batchRows: number; perRow: boolean }): SpilledDedupe {
  const n = spilled.size;
  const batchFiles = writeBatches(spilled, folder, options.batchRows);

  const kept = new Uint8Array(n).fill(1);
  // With perRow, until renumbering, cluster[row] is the row index of the signer's kept row.
  const cluster = options.perRow ? new Int32Array(n) : null;
  const ruleId = options.perRow ? new Uint8Array(n) : null;
  if (cluster) for (let row = 0; row < n; row++) cluster[row] = row;
  const ruleNames = ['', HOUSEHOLD, SAME_EMAIL, SAME_NAME_POSTCODE, SAME_NAME_CITY];
  const ruleCounts = new Float64Array(256);
  let duplicates = 0;

  const table = spilled.names.emptyLikeThis();
  let records: Int32Array = new Int32Array(0);
  let origin = new Int32Array(0);
  for (const file of batchFiles) {
    const size = file.length;
    records = file.readAll(records).array;
    if (origin.length < size) origin = new Int32Array(Math.ceil(size * 1.25));
    file.close();
    table.clearRows();
    for (let k = 0; k < size; k++) {
      table.addRecord(records, k * BATCH_INTS);
      origin[k] = records[k * BATCH_INTS + RECORD_INTS];
    }
    const outcome = dedupeExact(table);
    const codes = outcome.ruleNames.map((name) => {
      if (!ruleNames.includes(name)) ruleNames.push(name);
      return ruleNames.indexOf(name);
    });
    const keptOfSigner = cluster ? new Int32Array(outcome.signers) : null;
    if (keptOfSigner) for (let k = 0; k < size; k++) if (outcome.kept[k] === 1) keptOfSigner[outcome.cluster[k]] = origin[k];
    for (let k = 0; k < size; k++) {
      const row = origin[k];
      kept[row] = outcome.kept[k];
      if (outcome.kept[k] === 0) {
        duplicates++;
        ruleCounts[codes[outcome.ruleId[k]]]++;
      }
      if (cluster && ruleId && keptOfSigner) {
        ruleId[row] = codes[outcome.ruleId[k]];
        cluster[row] = keptOfSigner[outcome.cluster[k]];
      }
    }
  }

  const byRule: Record<string, number> = {};
  ruleNames.forEach((name, code) => {
    if (ruleCounts[code] > 0) byRule[name] = ruleCounts[code];
  });
  const signers = n - duplicates;
  if (!cluster || !ruleId) return { kept, signers, byRule, outcome: null };
  // As SignerForest.finish: signers numbered in the order of their kept row's index.
  let next = 0;
  for (let row = 0; row < n; row++) if (kept[row] === 1) cluster[row] = -1 - next++;
  for (let row = 0; row < n; row++) if (kept[row] === 0) cluster[row] = -1 - cluster[cluster[row]];
  for (let row = 0; row < n; row++) if (kept[row] === 1) cluster[row] = -1 - cluster[row];
  return { kept, signers, byRule, outcome: { cluster, kept, ruleId, ruleNames, signers, byRule } };
}

/** The linked rows, each written (with its row index) to the file of its batch. */
function writeBatches(spilled: SpilledTable, folder: SpillFolder, batchRows: number): RecordFile[] {
  const { linked, batchOf, batches } = findLinkedRows(spilled.file, folder, batchRows, (id) => spilled.names.matchCountryOf(id));
  const batchFiles = Array.from({ length: batches }, () => folder.create(BATCH_INTS));
  spilled.file.forEachChunk((chunk, count, first) => {
    for (let k = 0; k < count; k++) {
      const row = first + k;
      if (!linked.has(row)) continue;
      const file = batchFiles[batchOf[linked.rank(row)]];
      const at = file.reserve();
      file.buffer.set(chunk.subarray(k * RECORD_INTS, (k + 1) * RECORD_INTS), at);
      file.buffer[at + RECORD_INTS] = row;
    }
  });
  return batchFiles;
}
