// `petition count FILES...`: the honest number, readable or as JSON.
import { formatCounts } from '../format-counts.js';
import { formatProblems } from '../format-problems.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import type { CommandContext } from '../context.js';
import { runFromFlags, sourceArguments, type MatchFlags } from './dedupe-flags.js';
import type { DedupeRun } from '../../pipeline/run-dedupe.js';
import { petitionCommand } from '../shell-words.js';

export interface CountFlags extends MatchFlags {
  json?: boolean;
}

export async function countCommand(paths: string[], flags: CountFlags, ctx: CommandContext): Promise<number> {
  const prepared = await runFromFlags(paths, flags, ctx, { countsOnly: true });
  try {
    const { run } = prepared;
    if (flags.json) ctx.out(JSON.stringify({ ...countsJson(run), matchWeights: run.fuzzy?.weights ?? null }, null, 2) + '\n');
    else ctx.out(formatCounts(run.counts, ctx.color, ctx.words, sourceArguments(paths, flags)));
    ctx.err(formatProblems(run.scan.problems, run.rejections, run.counts.rejected, ctx.words,
      petitionCommand(['dedupe', ...sourceArguments(paths, flags), '-o', 'merged.csv', '--rejects', 'rejects.csv'])));
    return exitCodeOf(run);
  } finally {
    await prepared.cleanup();
  }
}

/** The JSON of `count --json` and of the manifest: the counts plus what was detected per source. */
export function countsJson(run: DedupeRun): object {
  return {
    ...run.counts,
    sources: run.scan.sources.map((s) => ({
      path: s.name,
      ...(s.info.sheet ? { sheet: s.info.sheet.name } : {}),
      format: s.mapping.format,
      encoding: s.info.encoding,
      delimiter: s.info.delimiter,
      rows: s.rows,
    })),
    problems: run.scan.problems,
  };
}

/** Problems that only tell what was decided (a proven date order) do not ask for the user's attention. */
const INFORMATIONAL = new Set(['date_order']);

export function exitCodeOf(run: DedupeRun): number {
  const needsAttention = run.scan.problems.some((p) => !INFORMATIONAL.has(p.code));
  return run.counts.rejected > 0 || run.counts.pendingReview > 0 || needsAttention ? EXIT_PROBLEMS : EXIT_DONE;
}
