// `petition packet --campaign campaign.yaml [--delivery ID] -o DIR`: the delivery packet, as files in DIR.
import { readDecisions } from '../read-decisions.js';
import { buildPacket, CONTACT_COLUMNS, EmptyFollowUpError } from '../../packet/build-packet.js';
import { UserError, withoutLineBreaks } from '../../errors.js';
import { formatCounts } from '../format-counts.js';
import { formatProblems } from '../format-problems.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import { VERSION } from '../version.js';
import type { CommandContext } from '../context.js';
import { counted, pluralForm } from '../../text/counted.js';

export interface PacketFlags {
  campaign?: string;
  delivery?: string;
  output: string;
  exact?: boolean;
  decisions?: string;
  include?: string[];
  json?: boolean;
  markDelivered?: boolean;
  allowEmpty?: boolean;
}

export async function packetCommand(flags: PacketFlags, ctx: CommandContext): Promise<number> {
  if (!flags.campaign) throw new UserError('say which campaign: --campaign campaign.yaml (petition init writes one)');
  const includeColumns = (flags.include ?? []).flatMap((value) => value.split(',')).map((c) => c.trim()).filter(Boolean);
  for (const column of includeColumns) {
    if (!(CONTACT_COLUMNS as readonly string[]).includes(column)) {
      throw new UserError(`--include takes ${CONTACT_COLUMNS.join(', ')}; got "${column}"`);
    }
  }
  const decisions = flags.decisions ? await readDecisions(flags.decisions, 'none') : undefined;
  const progress = ctx.progress('reading');
  let result;
  try {
    result = await buildPacket({
      campaignPath: flags.campaign, deliveryId: flags.delivery, outDir: flags.output, now: ctx.deps.now(), toolVersion: VERSION,
      exact: flags.exact, collectGarbage: ctx.deps.collectGarbage, decisions, includeColumns, onProgress: progress.update, markDelivered: flags.markDelivered,
      allowEmpty: flags.allowEmpty,
      openWrite: ctx.deps.openWrite,
    });
  } catch (error) {
    if (!(error instanceof EmptyFollowUpError)) throw error;
    ctx.err(`warning: ${error.describe()}\n`);
    return EXIT_PROBLEMS;
  } finally {
    progress.done();
  }
  const { run, delivery, outputs, missingCharacters } = result;
  if (flags.json) {
    ctx.out(JSON.stringify({
      delivery: delivery.id, target: delivery.target, outDir: flags.output, outputs, counts: run.counts, signers: result.signers,
      follows: result.manifest.follows ?? null, markedDelivered: result.ledgerEntry ? { signers: result.ledgerEntry.signers, total: result.ledgerEntry.total } : null,
      missingCharacters, untranslated: result.untranslated, problems: run.scan.problems,
    }, null, 2) + '\n');
  } else {
    ctx.out(`Packet for ${delivery.id} (${delivery.date}, ${delivery.place}) in ${withoutLineBreaks(flags.output)}/\n\n`);
    if (result.deliveredBefore && result.manifest.follows) {
      const { follows } = result.manifest;
      ctx.out(`Follows ${follows.delivery} (${follows.date}): ${counted(result.deliveredBefore.leftOut, 'signer')} delivered then ${pluralForm({ one: 'is', other: 'are' }, result.deliveredBefore.leftOut)} left out; ${counted(result.signers, 'new signer')} in this packet.\n\n`);
    }
    ctx.out(formatCounts(run.counts, ctx.color));
    ctx.out('\n');
    for (const file of outputs) ctx.out(`  ${file.path.padEnd(26)} ${(file.pages === undefined ? '' : counted(file.pages, 'page')).padStart(12)}  sha256 ${file.sha256.slice(0, 16)}…\n`);
    ctx.out(`  manifest.json\n`);
    if (result.ledgerEntry) ctx.out(`\nMarked delivered: ${counted(result.ledgerEntry.signers, 'signer')} recorded in the campaign's ledger (.petition/ledger.jsonl).\n`);
  }
  if (missingCharacters.length) ctx.err(`warning: no font has these characters; they print as a replacement mark: ${missingCharacters.join(' ')}\n`);
  for (const missing of result.untranslated) ctx.err(`warning: missing translation: ${missing}\n`);
  ctx.err(formatProblems(run.scan.problems, run.rejections, run.counts.rejected));
  const problems = run.counts.rejected > 0 || run.counts.pendingReview > 0 || missingCharacters.length > 0 || result.untranslated.length > 0;
  return problems ? EXIT_PROBLEMS : EXIT_DONE;
}
