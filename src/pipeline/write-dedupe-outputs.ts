// Pass 2: re-reads the sources and writes merged.csv, clusters.csv, rejects.csv and review.csv, all atomically.
import { openAtomicFile, type AtomicFile } from '../output/atomic-write.js';
import { csvLine } from '../output/csv-cell.js';
import { MERGED_COLUMNS, mergedRow, signerName } from '../output/merged-schema.js';
import { describeForReview, REVIEW_HEADER, reviewCsvRows } from '../dedupe/fuzzy/review-csv.js';
import { ruleOf } from '../dedupe/dedupe-outcome.js';
import { scanSources, type ScanOptions } from './scan-sources.js';
import type { DedupeRun } from './run-dedupe.js';
import type { Signature } from '../types.js';

export interface DedupeOutputPaths {
  merged?: string;
  clusters?: string;
  rejects?: string;
  review?: string;
  /** UTF-8 BOM at the start of each CSV, so Excel opens Hangul correctly. */
  bom: boolean;
}

/** Files holding personal data are readable by their owner only. */
const PRIVATE = { mode: 0o600 };
const BOM = '\uFEFF';

export async function writeDedupeOutputs(run: DedupeRun, scanOptions: ScanOptions, paths: DedupeOutputPaths): Promise<void> {
  const opened: AtomicFile[] = [];
  const open = async (path: string | undefined, header: readonly string[]): Promise<AtomicFile | null> => {
    if (!path) return null;
    const file = await openAtomicFile(path, PRIVATE);
    opened.push(file);
    file.stream.write((paths.bom ? BOM : '') + csvLine(header));
    return file;
  };
  try {
    const merged = await open(paths.merged, MERGED_COLUMNS);
    const clusters = await open(paths.clusters, ['file', 'row', 'status', 'cluster', 'reason', 'line', 'detail']);
    const rejects = await open(paths.rejects, ['file', 'row', 'line', 'reason', 'column', 'detail']);
    const clusterSizes = countClusterSizes(run.outcome.cluster);
    const reviewIndexes = new Set<number>();
    for (const pair of run.fuzzy?.review ?? []) reviewIndexes.add(pair.a).add(pair.b);
    const reviewed = new Map<number, Signature>();
    const { outcome } = run;

    if (merged || clusters || rejects || (paths.review && reviewIndexes.size > 0)) {
      await scanSources(scanOptions, (event) => {
        if (event.kind === 'rejected') {
          const r = event.rejection;
          clusters?.stream.write(csvLine([r.source, r.row, 'rejected', '', r.reason, r.line, r.detail]));
          rejects?.stream.write(csvLine([r.source, r.row, r.line, r.reason, r.column ?? '', r.detail]));
          return;
        }
        const { signature, index } = event;
        const cluster = outcome.cluster[index];
        const kept = outcome.kept[index] === 1;
        if (kept) merged?.stream.write(csvLine(mergedRow(signerName(cluster), signature, clusterSizes[cluster] - 1)));
        clusters?.stream.write(csvLine([signature.source, signature.row, kept ? 'kept' : 'duplicate', signerName(cluster), ruleOf(outcome, index), signature.line, '']));
        if (reviewIndexes.has(index)) reviewed.set(index, signature);
      });
    }
    if (paths.review) {
      const review = await open(paths.review, REVIEW_HEADER);
      for (const row of reviewCsvRows(run.fuzzy?.review ?? [], (i) => describeForReview(reviewed.get(i)))) review?.stream.write(csvLine(row));
    }
    for (const file of opened) await file.commit();
  } catch (error) {
    await Promise.all(opened.map((file) => file.abort()));
    throw error;
  }
}

function countClusterSizes(cluster: Int32Array): Int32Array {
  let max = -1;
  for (const c of cluster) if (c > max) max = c;
  const sizes = new Int32Array(max + 1);
  for (const c of cluster) sizes[c]++;
  return sizes;
}
