// `petition dedupe FILES... -o merged.csv`: one clean list, plus clusters, rejects and review files on request.
import { CLUSTERS_COLUMNS, REJECTS_COLUMNS, writeDedupeOutputs } from '../../pipeline/write-dedupe-outputs.js';
import { OutputSpool } from '../../pipeline/output-spool.js';
import { UserError, visibleInLine } from '../../errors.js';
import { refuseInputAsOutput } from '../../output/refuse-input-as-output.js';
import { claimOutputFile } from '../../output/claim-output-file.js';
import { MERGED_COLUMNS } from '../../output/merged-schema.js';
import { REVIEW_HEADER } from '../../dedupe/fuzzy/review-csv.js';
import { formatCounts } from '../format-counts.js';
import { formatProblems } from '../format-problems.js';
import type { CommandContext } from '../context.js';
import { countsJson, exitCodeOf } from './count.js';
import { runFromFlags, sourceArguments, type MatchFlags } from './dedupe-flags.js';
import { shellWord } from '../../text/shell-words.js';
import { msg } from '../../i18n/message.js';
import { resolve } from 'node:path';
import { loadCampaign } from '../../campaign/load-campaign.js';
import { campaignInputs } from '../../campaign/campaign-inputs.js';

export interface DedupeFlags extends MatchFlags {
  output?: string;
  clusters?: string;
  rejects?: string;
  review?: string;
  bom: boolean;
  json?: boolean;
  force?: boolean;
}

export async function dedupeCommand(paths: string[], flags: DedupeFlags, ctx: CommandContext): Promise<number> {
  if (!flags.output) throw new UserError(msg('dedupe.which-output'));
  const campaignFiles = flags.campaign === undefined ? [] : campaignInputs(await loadCampaign(resolve(ctx.deps.cwd, flags.campaign)), resolve(ctx.deps.cwd, flags.campaign));
  refuseInputAsOutput([flags.output, flags.clusters, flags.rejects, flags.review], [...paths, ...campaignFiles]);
  // Each output replaces only a list of its own kind, written before; nothing goes into a packet or kit folder.
  const force = flags.force === true;
  await claimOutputFile(flags.output, { force, header: MERGED_COLUMNS });
  if (flags.clusters !== undefined) await claimOutputFile(flags.clusters, { force, header: CLUSTERS_COLUMNS });
  if (flags.rejects !== undefined) await claimOutputFile(flags.rejects, { force, header: REJECTS_COLUMNS });
  if (flags.review !== undefined) await claimOutputFile(flags.review, { force, header: REVIEW_HEADER });
  const spool = new OutputSpool();
  let prepared;
  try {
    prepared = await runFromFlags(paths, flags, ctx, { outputSpool: spool });
  } catch (error) {
    spool.close();
    throw error;
  }
  try {
    const { run } = prepared;
    await writeDedupeOutputs(run, prepared.scanOptions, {
      merged: flags.output,
      clusters: flags.clusters,
      rejects: flags.rejects,
      review: flags.review,
      inputs: sourceArguments(paths, flags).map(shellWord).join(' '),
      bom: flags.bom,
      openWrite: ctx.deps.openWrite,
      spool,
    });
    if (flags.json) {
      ctx.out(JSON.stringify({ ...countsJson(run), outputs: { merged: flags.output, clusters: flags.clusters ?? null, rejects: flags.rejects ?? null, review: flags.review ?? null } }, null, 2) + '\n');
    } else {
      ctx.out(formatCounts(run.counts, ctx.color, ctx.words, sourceArguments(paths, flags), { merged: flags.output, review: flags.review }));
      ctx.out(`\n${ctx.words.t('dedupe.wrote', { unique: run.counts.unique, file: visibleInLine(flags.output) })}\n`);
    }
    ctx.err(formatProblems(run.scan.problems, run.rejections, run.counts.rejected, ctx.words));
    return exitCodeOf(run);
  } finally {
    spool.close();
    await prepared.cleanup();
  }
}
