// Pass 2: re-reads the sources and writes merged.csv, clusters.csv, rejects.csv and review.csv, all atomically.
import { once } from 'node:events';
import { commitTogether, openAtomicFile, type AtomicFile, type OpenWrite } from '../output/atomic-write.js';
import { csvCell, csvLine } from '../output/csv-cell.js';
import { MERGED_COLUMNS, mergedRow, signerName } from '../output/merged-schema.js';
import { hashSources } from './run-dedupe.js';
import { describeForReview, describeReasons, REVIEW_HEADER, reviewCsvRows } from '../dedupe/fuzzy/review-csv.js';
import { countClusterSizes, ruleOf } from '../dedupe/dedupe-outcome.js';
import { scanSources, type ScanOptions } from './scan-sources.js';
import { outcomeOf, signerIsAnonymous, type DedupeRun } from './run-dedupe.js';
import type { FuzzyLink } from '../dedupe/fuzzy/refine-with-fuzzy.js';
import type { Signature } from '../types.js';
import { ShardedMap, ShardedSet } from '../dedupe/sharded-map.js';
import { paperCells, type OutputSpool } from './output-spool.js';
import { transcriptionColumns } from '../sheets/transcription.js';
import { ChunkedLines } from '../output/chunked-lines.js';

export interface DedupeOutputPaths {
  merged?: string;
  clusters?: string;
  rejects?: string;
  review?: string;
  /** The run's inputs as shell words, as typed in the current directory: recorded in review.csv (column `inputs`). */
  inputs?: string;
  /** UTF-8 BOM at the start of each CSV, so Excel opens Hangul correctly. */
  bom: boolean;
  /** Deps.openWrite. */
  openWrite?: OpenWrite;
  /** The rows as the first pass spooled them (runDedupe's outputSpool): written from it, the sources not read again. */
  spool?: OutputSpool;
}

/** Where a row typed up from a paper sheet is on paper: the sheet ID and line (empty for other rows). */
const PAPER_COLUMNS = ['paper_sheet', 'paper_line'] as const;
export const CLUSTERS_COLUMNS: readonly string[] = ['file', 'row', 'status', 'cluster', 'reason', 'line', 'detail', 'score', 'reasons', ...PAPER_COLUMNS];
export const REJECTS_COLUMNS: readonly string[] = ['file', 'row', 'line', 'reason', 'column', 'detail'];

/** Files holding personal data are readable by their owner only. */
const PRIVATE = { mode: 0o600 };
const BOM = '\uFEFF';

export async function writeDedupeOutputs(run: DedupeRun, scanOptions: ScanOptions, paths: DedupeOutputPaths): Promise<void> {
  const opened: AtomicFile[] = [];
  const open = async (path: string | undefined, header: readonly string[]): Promise<AtomicFile | null> => {
    if (!path) return null;
    const file = await openAtomicFile(path, { ...PRIVATE, open: paths.openWrite });
    opened.push(file);
    file.stream.write((paths.bom ? BOM : '') + csvLine(header));
    return file;
  };
  try {
    // A run with a typed-up paper source says, as clusters.csv does, where each kept row is on paper.
    const withPaper = run.scan.sources.some((source) => transcriptionColumns(source.info.header) !== null);
    const merged = await open(paths.merged, withPaper ? [...MERGED_COLUMNS, ...PAPER_COLUMNS] : MERGED_COLUMNS);
    const clusters = await open(paths.clusters, CLUSTERS_COLUMNS);
    const rejects = await open(paths.rejects, REJECTS_COLUMNS);
    const outcome = outcomeOf(run);
    const clusterSizes = countClusterSizes(outcome.cluster);
    const reviewIndexes = new ShardedSet<number>();
    for (const pair of run.fuzzy?.review ?? []) reviewIndexes.add(pair.a).add(pair.b);
    const reviewed = new ShardedMap<number, Signature>();
    const fuzzyReason = fuzzyReasons(run);

    const keptLine = (index: number, signature: Signature): string => {
      const cluster = outcome.cluster[index];
      const shown = { ...signature, anonymous: signerIsAnonymous(run, index, signature.anonymous) };
      const row = mergedRow(signerName(cluster), shown, clusterSizes[cluster] - 1);
      return csvLine(withPaper ? [...row, ...paperCells(signature)] : row);
    };
    const needReviewed = paths.review !== undefined && reviewIndexes.size > 0;
    if (paths.spool && (merged || clusters || rejects)) {
      // The first pass kept each row's cells as UTF-8: only what the outcome decides is added here, as bytes.
      const mergedLines = merged && new ChunkedLines(merged.stream);
      const clustersLines = clusters && new ChunkedLines(clusters.stream);
      const rejectsLines = rejects && new ChunkedLines(rejects.stream);
      const ruleCells = outcome.ruleNames.map((rule) => Buffer.from(csvCell(rule)));
      await paths.spool.replay({
        rejected(row) {
          clustersLines?.bytes(row.bytes, row.start, row.clustersEnd);
          rejectsLines?.bytes(row.bytes, row.clustersEnd, row.rejectsEnd);
        },
        accepted(row) {
          const { index, bytes } = row;
          const cluster = outcome.cluster[index];
          const kept = outcome.kept[index] === 1;
          if (mergedLines && kept) {
            // signerName(cluster), the cells before 'anonymous', it, the cells after, the duplicates (and paper).
            mergedLines.ascii('S');
            mergedLines.decimal(cluster + 1);
            mergedLines.ascii(',');
            mergedLines.bytes(bytes, row.start, row.beforeEnd);
            mergedLines.ascii(signerIsAnonymous(run, index, row.anonymous) ? ',yes,' : ',no,');
            mergedLines.bytes(bytes, row.beforeEnd, row.afterEnd);
            mergedLines.ascii(',');
            mergedLines.decimal(clusterSizes[cluster] - 1);
            if (withPaper) {
              mergedLines.ascii(',');
              mergedLines.bytes(bytes, row.afterEnd, row.paperEnd);
            }
            mergedLines.ascii('\r\n');
          }
          if (clustersLines) {
            const ruleCode = outcome.ruleId[index];
            const rule = outcome.ruleNames[ruleCode];
            const why = rule === 'fuzzy' || rule === 'review_same' ? fuzzyReason(index) : NO_SCORE;
            // file, row, status, cluster, reason, line, detail (empty), score, reasons, paper.
            clustersLines.bytes(bytes, row.start, row.whereEnd);
            clustersLines.ascii(kept ? ',kept,S' : ',duplicate,S');
            clustersLines.decimal(cluster + 1);
            clustersLines.ascii(',');
            clustersLines.bytes(ruleCells[ruleCode], 0, ruleCells[ruleCode].length);
            clustersLines.ascii(',');
            clustersLines.bytes(bytes, row.paperEnd, row.lineEnd);
            clustersLines.ascii(',,');
            clustersLines.text(csvCell(why.score));
            clustersLines.ascii(',');
            clustersLines.text(csvCell(why.reasons));
            clustersLines.ascii(',');
            clustersLines.bytes(bytes, row.afterEnd, row.paperEnd);
            clustersLines.ascii('\r\n');
          }
        },
      }, () => {
        const full = opened.find((file) => file.stream.writableNeedDrain && !file.stream.destroyed);
        return full ? once(full.stream, 'drain') : null;
      });
      mergedLines?.flush();
      clustersLines?.flush();
      rejectsLines?.flush();
    }
    if ((!paths.spool && (merged || clusters || rejects)) || needReviewed) {
      const writeRows = !paths.spool;
      await scanSources(scanOptions, (event) => {
        if (event.kind === 'rejected') {
          if (!writeRows) return;
          const r = event.rejection;
          clusters?.stream.write(csvLine([r.source, r.row, 'rejected', '', r.reason, r.line, r.detail, '', '', ...paperCells(event.signature)]));
          rejects?.stream.write(csvLine([r.source, r.row, r.line, r.reason, r.column ?? '', r.detail]));
          return;
        }
        const { signature, index } = event;
        if (writeRows) {
          if (merged && outcome.kept[index] === 1) merged.stream.write(keptLine(index, signature));
          const rule = ruleOf(outcome, index);
          const why = clusters && (rule === 'fuzzy' || rule === 'review_same') ? fuzzyReason(index) : NO_SCORE;
          clusters?.stream.write(csvLine([signature.source, signature.row, outcome.kept[index] === 1 ? 'kept' : 'duplicate', signerName(outcome.cluster[index]), rule, signature.line, '', why.score, why.reasons, ...paperCells(signature)]));
        }
        if (reviewIndexes.has(index)) reviewed.set(index, signature);
      });
    }
    if (paths.review) {
      const review = await open(paths.review, REVIEW_HEADER);
      // Each side carries its file's content hash, so a decision still finds its rows when the path is spelled differently.
      const hashes = new Map(reviewIndexes.size ? (await hashSources(scanOptions)).map((s) => [s.path, s.sha256]) : []);
      const describe = (i: number) => {
        const side = describeForReview(reviewed.get(i));
        const sha256 = hashes.get(side.source);
        return sha256 ? { ...side, sha256 } : side;
      };
      for (const row of reviewCsvRows(run.fuzzy?.review ?? [], describe, paths.inputs)) review?.stream.write(csvLine(row));
    }
    await commitTogether(opened);
  } catch (error) {
    const causes = await Promise.all(opened.map((file) => file.abortWith(error)));
    throw causes.find((cause) => cause !== error) ?? error;
  }
}

const NO_SCORE = { score: '', reasons: '' };

/**
 * The strongest fuzzy link of a fuzzy-merged row: its score and which fields agreed, at which level. A row can be
 * merged through another row of its exact group; then the link is its signer's strongest, named "via a ~ b".
 */
function fuzzyReasons(run: DedupeRun): (index: number) => { score: string; reasons: string } {
  const { fuzzy, fuzzyRecords } = run;
  const outcome = outcomeOf(run);
  let bestOfSigner: ShardedMap<number, FuzzyLink> | null = null;
  const strength = (link: FuzzyLink): number => link.score ?? Infinity;
  return (index) => {
    if (!fuzzy) return NO_SCORE;
    const own = fuzzy.explain(index);
    if (own.length > 0) {
      const best = own.reduce((x, y) => (y.score > x.score ? y : x));
      return { score: best.score.toFixed(1), reasons: describeReasons(best.reasons) };
    }
    if (!bestOfSigner) {
      bestOfSigner = new ShardedMap();
      for (const link of fuzzy.links) {
        const signer = outcome.cluster[link.a];
        const previous = bestOfSigner.get(signer);
        if (!previous || strength(link) > strength(previous)) bestOfSigner.set(signer, link);
      }
    }
    const link = bestOfSigner.get(outcome.cluster[index]);
    const explained = link ? fuzzy.explain(link.a).find((e) => e.other === link.b) : undefined;
    if (!link || !explained || !fuzzyRecords) return NO_SCORE;
    const place = (i: number): string => {
      const { source, row } = fuzzyRecords.where(i);
      return `${source}:${row}`;
    };
    return { score: explained.score.toFixed(1), reasons: `via ${place(link.a)} ~ ${place(link.b)}: ${describeReasons(explained.reasons)}` };
  };
}

