// `petition explain FILE:ROW [FILES...]`: why one row was kept, merged (with which row, by which rule) or rejected.
import { resolve } from 'node:path';
import { explainRow } from '../../dedupe/explain/explain-row.js';
import { formatExplanation } from '../../dedupe/explain/format-explanation.js';
import { parseRowRef, placeOfRow } from '../../dedupe/explain/parse-row-ref.js';
import { statPath } from '../../read/stat-path.js';
import type { ScannedSource } from '../../pipeline/scan-sources.js';
import { relatedRows, rowsToCollect } from '../../dedupe/explain/related-rows.js';
import { scanSources } from '../../pipeline/scan-sources.js';
import { UserError } from '../../errors.js';
import type { MatchTable } from '../../dedupe/match-table.js';
import type { Signature } from '../../types.js';
import { formatWeights } from '../format-weights.js';
import type { CommandContext } from '../context.js';
import { EXIT_DONE } from '../exit-codes.js';
import { runFromFlags, type MatchFlags } from './dedupe-flags.js';
import { outcomeOf } from '../../pipeline/run-dedupe.js';
import { msg } from '../../i18n/message.js';

export interface ExplainFlags extends MatchFlags {
  json?: boolean;
}

export async function explainCommand(ref: string, files: string[], flags: ExplainFlags, ctx: CommandContext): Promise<number> {
  const target = parseRowRef(ref);
  // The file may be named the same way as in FILES or another way ("./a.csv" and "a.csv"): it is read once.
  // A sheet of a workbook is named FILE#SHEET, and a sheet's name may hold '#' too.
  // Standard input is `-` however it is named (`-:2`): it can be read only once, so it is one source.
  const sameAs = (path: string) => (f: string) => (f === '-' || path === '-' ? f === path : resolve(f) === resolve(path));
  const place = placeOfRow(target.file, (path) => files.some(sameAs(path)), isFile);
  const given = files.find(sameAs(place.path));
  const fileToRead = given ?? place.path;
  let file = place.sheet === undefined ? fileToRead : `${fileToRead}#${place.sheet}`;
  // Every rejection is kept: the one asked about may come after the first thousand.
  // Every row's match keys stay in memory: the explanation looks rows up by index.
  const prepared = await runFromFlags(given ? files : [fileToRead, ...files], flags, ctx, { keepRejections: Infinity, rowsInMemory: Infinity });
  try {
    const { run } = prepared;
    const table = run.table;
    if (!table) throw new Error('explain: the run kept no match table');
    const outcome = outcomeOf(run);
    let source = run.scan.sources.find((s) => s.name === file);
    if (!source && place.sheet !== undefined) throw missingSheet(run.scan.sources.filter((s) => s.spec.path === fileToRead), place.sheet, fileToRead);
    // A workbook named without its sheet: its one sheet with a header is meant; of several, the user says which.
    const sheets = run.scan.sources.filter((s) => s.spec.path === fileToRead && s.name !== fileToRead);
    if (!source && sheets.length === 1) [source, file] = [sheets[0], sheets[0].name];
    if (!source && sheets.length > 1) {
      throw new UserError(msg('explain.name-the-sheet', { row: target.row, sources: sheets.map((s) => `${s.name}:${target.row}`).join(', ') }), { file });
    }
    if (!source || target.row > source.lastRow) {
      const values = { row: target.row, rows: source?.rows ?? 0 };
      throw new UserError(source?.info.sheet ? msg('explain.no-row-in-sheet', { row: target.row, last: source.lastRow }) : msg('explain.no-row', values), { file, row: target.row });
    }
    const rejection = run.rejections.find((r) => r.source === file && r.row === target.row) ?? null;
    const index = rejection ? -1 : findRowIndex(table, file, target.row);
    if (!rejection && index < 0) {
      if (source.info.sheet) throw new UserError(msg('explain.row-above-header', { row: target.row, header: source.info.headerLine }), { file, row: target.row });
      throw new Error(`row ${target.row} of ${file} is neither accepted nor rejected`);
    }

    const related = index < 0
      ? { members: [], review: [], emailSharers: [] }
      : relatedRows(outcome, index, run.fuzzy?.review ?? [], table.hasEmail(index) ? (i) => table.sameEmail(i, index) : () => false);
    const wanted = rowsToCollect(related);
    const signatures = new Map<number, Signature>();
    let rejectedSignature: Signature | null = null;
    // Pass 2, keeping only the rows this explanation shows.
    await scanSources(prepared.scanOptions, (event) => {
      if (event.kind === 'accepted') {
        if (wanted.has(event.index)) signatures.set(event.index, event.signature);
      } else if (rejection && event.rejection.source === file && event.rejection.row === target.row) {
        rejectedSignature = event.signature ?? null;
      }
    });

    const explanation = explainRow({
      file, row: target.row, index, rejection, rejectedSignature, outcome,
      exactCluster: run.fuzzy?.exactCluster ?? null,
      fuzzyLinksOf: run.fuzzy ? (i) => run.fuzzy!.explain(i) : null,
      related, signatures, earlier: (a, b) => table.earlier(a, b), thresholds: run.fuzzy?.weights.thresholds,
      dayOf: (ms) => source.normalizer.dayOf(ms),
    });
    const weights = run.fuzzy?.weights ?? null;
    ctx.out(flags.json
      ? JSON.stringify({ ...explanation, matchWeights: weights }, null, 2) + '\n'
      : formatExplanation(explanation, ctx.color, ctx.words) + (weights ? formatWeights(weights, ctx.words) : ''));
    return EXIT_DONE;
  } finally {
    await prepared.cleanup();
  }
}

/** The MatchTable index of a file's data row, or -1. */
function findRowIndex(table: MatchTable, file: string, row: number): number {
  const sourceId = table.sources.find(file);
  if (sourceId < 0) return -1;
  for (let i = 0; i < table.size; i++) if (table.row(i) === row && table.source(i) === sourceId) return i;
  return -1;
}

function isFile(path: string): boolean {
  try {
    return statPath(path).isFile();
  } catch {
    return false;
  }
}

/** The sheet asked about was not read: it does not exist, or holds no signer table. */
function missingSheet(sources: readonly ScannedSource[], sheet: string, path: string): UserError {
  const sheets = sources.find((s) => s.info.sheet)?.info.sheet?.sheets;
  if (!sheets) return new UserError(msg('explain.not-a-workbook', { path, sheet }), { file: path });
  const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');
  if (!sheets.includes(sheet)) return new UserError(msg('explain.no-such-sheet', { path, sheet, sheets: quoted(sheets) }), { file: path });
  const read = sources.map((s) => s.info.sheet!.name);
  return new UserError(msg('explain.sheet-without-table', { path, sheet, sheets: quoted(read) }), { file: path });
}
