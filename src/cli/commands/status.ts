// `petition status [campaign.yaml] [--json]`: where things stand, per delivery; readable in colour, or JSON for scripts.
import { readDecisions } from '../read-decisions.js';
import { collectStatus } from '../../status/collect-status.js';
import { formatStatus } from '../../status/format-status.js';
import { EXIT_FAILED, EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import type { CommandContext } from '../context.js';

export interface StatusFlags {
  json?: boolean;
  exact?: boolean;
  decisions?: string;
  rebuildLedgerHead?: boolean;
}

export async function statusCommand(campaignPath: string, flags: StatusFlags, ctx: CommandContext): Promise<number> {
  const decisions = flags.decisions ? await readDecisions(flags.decisions) : undefined;
  const progress = ctx.progress(ctx.words.t('cli.reading'));
  let report;
  try {
    report = await collectStatus({ campaignPath, now: ctx.deps.now(), exact: flags.exact, decisions, onProgress: progress.update, rebuildLedgerHead: flags.rebuildLedgerHead });
  } finally {
    progress.done();
  }
  ctx.out(flags.json ? `${JSON.stringify(report, null, 2)}\n` : formatStatus(report, ctx.color, ctx.words));
  // Something to look at: a flag about delivered signers, or pairs a person has to decide.
  // A ledger that lost lines (or whose end cannot be checked) is not built on: the report is shown, and the run fails.
  if (report.flags.some((flag) => flag.code === 'ledger-tail-lost' || flag.code === 'ledger-head-tampered' || flag.code === 'ledger-head-missing')) return EXIT_FAILED;
  return report.flags.length > 0 || report.counts.pendingReview > 0 ? EXIT_PROBLEMS : EXIT_DONE;
}
