// `petition count FILES...`: the honest number, readable or as JSON.
import { fewestSignersNamed } from '../../tally/fewest-named.js';
import { formatCounts } from '../format-counts.js';
import { formatProblems } from '../format-problems.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import type { CommandContext } from '../context.js';
import { runFromFlags, sourceArguments, type MatchFlags } from './dedupe-flags.js';
import type { DedupeRun } from '../../pipeline/run-dedupe.js';
import { SAME_ROWS_MERGED } from '../../pipeline/scan-sources.js';
import { petitionCommand } from '../../text/shell-words.js';
import { followUpFigures, type FollowUpFigures } from '../../ledger/follow-up-figures.js';
import type { Translator } from '../../i18n/translator.js';

export interface CountFlags extends MatchFlags {
  json?: boolean;
}

export async function countCommand(paths: string[], flags: CountFlags, ctx: CommandContext): Promise<number> {
  // A follow-up's new signers are found row by row, so its run keeps the per-row outcome.
  const prepared = await runFromFlags(paths, flags, ctx, { countsOnly: flags.delivery === undefined });
  try {
    const { run } = prepared;
    const delivery = prepared.campaign?.delivery;
    const followUp = prepared.campaign && delivery ? await followUpFigures(prepared.campaign.campaign, delivery, run, prepared.scanOptions) : null;
    if (flags.json) ctx.out(JSON.stringify({ ...countsJson(run), ...(followUp ? { followUp } : {}), matchWeights: run.fuzzy?.weights ?? null }, null, 2) + '\n');
    // With --delivery, the top countries are named and folded as that delivery's packet does (its privacy).
    else ctx.out(formatCounts(run.counts, ctx.color, ctx.words, sourceArguments(paths, flags), {}, delivery ? { fewest: fewestSignersNamed(delivery.privacy, 'official') } : {}) + (followUp ? formatFollowUp(followUp, ctx.words) : ''));
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

/** The follow-up's own number, which its letter states ("a further 2"), beside the total above. */
function formatFollowUp(followUp: FollowUpFigures, words: Translator): string {
  if ('waitingFor' in followUp) return `\n${words.t('counts.follow-up-waiting', { since: followUp.since, waitingFor: followUp.waitingFor })}\n`;
  const { since, deliveredBefore: before, stillCounted, noLongerCounted: gone, newSigners } = followUp;
  // Signers delivered before and no longer counted are said, as status and the letter say them: else before + new is not the total.
  if (gone > 0) return `\n${words.t('counts.follow-up-no-longer', { since, before, gone, newSigners, all: stillCounted + newSigners })}\n`;
  return `\n${words.t('counts.follow-up', { since, before, newSigners })}\n`;
}

/**
 * Problems that only tell what was decided (a proven date order; rows that left off cells at the end, read as empty
 * as Excel and Python read them; a ledger of an older version, which no one can now give the names it did not keep)
 * do not ask for the user's attention.
 */
const INFORMATIONAL = new Set(['date_order', 'short_rows', 'sheet_not_signers', 'ledger_without_weak_keys', SAME_ROWS_MERGED]);

export function exitCodeOf(run: DedupeRun): number {
  const needsAttention = run.scan.problems.some((p) => !INFORMATIONAL.has(p.code));
  return run.counts.rejected > 0 || run.counts.pendingReview > 0 || needsAttention ? EXIT_PROBLEMS : EXIT_DONE;
}
