// `petition dedupe FILES... -o merged.csv`: one clean list, plus clusters, rejects and review files on request.
import { writeDedupeOutputs } from '../../pipeline/write-dedupe-outputs.js';
import { UserError, withoutLineBreaks } from '../../errors.js';
import { refuseInputAsOutput } from '../../output/refuse-input-as-output.js';
import { formatCounts } from '../format-counts.js';
import { formatProblems } from '../format-problems.js';
import type { CommandContext } from '../context.js';
import { countsJson, exitCodeOf } from './count.js';
import { runFromFlags, type MatchFlags } from './dedupe-flags.js';

export interface DedupeFlags extends MatchFlags {
  output?: string;
  clusters?: string;
  rejects?: string;
  review?: string;
  bom: boolean;
  json?: boolean;
}

export async function dedupeCommand(paths: string[], flags: DedupeFlags, ctx: CommandContext): Promise<number> {
  if (!flags.output) throw new UserError('say where the merged list goes: -o merged.csv');
  refuseInputAsOutput([flags.output, flags.clusters, flags.rejects, flags.review], paths);
  const prepared = await runFromFlags(paths, flags, ctx);
  try {
    const { run } = prepared;
    await writeDedupeOutputs(run, prepared.scanOptions, {
      merged: flags.output,
      clusters: flags.clusters,
      rejects: flags.rejects,
      review: flags.review,
      bom: flags.bom,
      openWrite: ctx.deps.openWrite,
    });
    if (flags.json) {
      ctx.out(JSON.stringify({ ...countsJson(run), outputs: { merged: flags.output, clusters: flags.clusters ?? null, rejects: flags.rejects ?? null, review: flags.review ?? null } }, null, 2) + '\n');
    } else {
      ctx.out(formatCounts(run.counts, ctx.color));
      ctx.out(`\nWrote ${run.counts.unique.toLocaleString('en-US')} unique signers to ${withoutLineBreaks(flags.output)}\n`);
    }
    ctx.err(formatProblems(run.scan.problems, run.rejections, run.counts.rejected));
    return exitCodeOf(run);
  } finally {
    await prepared.cleanup();
  }
}
