// `petition batch campaign.yaml [--delivery ID…] [--json]`: every packet, no prompt, one progress line each on stderr.
import { readDecisions } from '../read-decisions.js';
import { resolve } from 'node:path';
import { runBatch } from '../../batch/run-batch.js';
import { batchExitCode, type BatchPacket } from '../../batch/batch-summary.js';
import { EXIT_DONE, EXIT_FAILED, EXIT_PROBLEMS } from '../exit-codes.js';
import { VERSION } from '../version.js';
import type { CommandContext } from '../context.js';
import { UserError, visibleInLine } from '../../errors.js';
import type { Translator } from '../../i18n/translator.js';
import { refuseFileAsOutputFolder } from '../../output/output-folder-path.js';

export interface BatchFlags {
  delivery?: string[];
  output: string;
  force?: boolean;
  exact?: boolean;
  decisions?: string;
  json?: boolean;
  allowEmpty?: boolean;
}

export async function batchCommand(campaignPath: string, flags: BatchFlags, ctx: CommandContext): Promise<number> {
  await refuseFileAsOutputFolder(flags.output, ctx.deps.cwd);
  const decisions = flags.decisions ? await readDecisions(flags.decisions) : undefined;
  const deliveries = (flags.delivery ?? []).flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
  const summary = await runBatch({
    campaignPath, deliveries, outRoot: resolve(ctx.deps.cwd, flags.output), cwd: ctx.deps.cwd, now: ctx.deps.now(), toolVersion: VERSION,
    force: flags.force, exact: flags.exact, allowEmpty: flags.allowEmpty, decisionsPath: flags.decisions, decisions,
    onPacket: (packet, index, total) => ctx.err(progressLine(packet, index, total, ctx.words)),
  });
  const { words } = ctx;
  if (flags.json) {
    ctx.out(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const c = ctx.color;
    ctx.out(`${words.t('batch.summary', { built: summary.built, unchanged: summary.unchanged, delivered: summary.delivered, empty: summary.empty, failed: summary.failed })}\n`);
    for (const warning of summary.warningTexts ?? summary.warnings ?? []) ctx.out(`  ${c.yellow(words.t('cli.warning', { message: words.say(warning) }))}\n`);
    for (const packet of summary.packets) {
      if (packet.status === 'failed') {
        ctx.out(`\n${c.red(words.t('batch.failed', { delivery: packet.delivery }))}\n  ${failureText(packet, words)}\n`);
        continue;
      }
      if (packet.status === 'empty') {
        ctx.out(`\n${c.bold(packet.delivery)}: ${words.t('batch.status.empty')}\n`);
        for (const warning of packet.warningTexts ?? packet.warnings) ctx.out(`  ${c.yellow(words.t('cli.warning', { message: words.say(warning) }))}\n`);
        continue;
      }
      // A delivered packet built by `petition packet` elsewhere has no folder here to show.
      const where = packet.packet === null ? '' : `${packet.packet} `;
      ctx.out(`\n${c.bold(packet.delivery)}: ${where}(${words.t(`batch.status.${packet.status}`)})\n`);
      if (packet.follows) {
        ctx.out(`  ${words.t('batch.follows', { delivery: packet.follows.delivery, date: packet.follows.date, before: packet.follows.signers, signers: packet.signers ?? 0 })}\n`);
      } else {
        ctx.out(`  ${words.t('batch.signers', { signers: packet.signers ?? 0 })}\n`);
      }
      const warnings = packet.warningTexts ?? packet.warnings;
      for (const warning of warnings) ctx.out(`  ${c.yellow(words.t('cli.warning', { message: words.say(warning) }))}\n`);
    }
  }
  return batchExitCode(summary, { done: EXIT_DONE, problems: EXIT_PROBLEMS, failed: EXIT_FAILED });
}

/** "[2/3] embassy-2025  built  37 signers, 10 pages, 3.2 s → packets/embassy-2025/packet.pdf" */
function progressLine(packet: BatchPacket, index: number, total: number, words: Translator): string {
  const head = `[${index + 1}/${total}] ${packet.delivery}`;
  if (packet.status === 'failed') return `${head}  ${words.t('batch.progress.failed', { error: failureText(packet, words) })}\n`;
  if (packet.status === 'empty') return `${head}  ${words.t('batch.status.empty')}\n`;
  if (packet.status === 'delivered') {
    // No folder when the delivered packet is not in batch's (built with `petition packet -o`): naming one would send the
    // organizer to a folder that was never made.
    if (packet.packet === null) return `${head}  ${words.t('batch.progress.delivered-elsewhere', { signers: packet.signers ?? 0 })}\n`;
    return `${head}  ${words.t('batch.progress.delivered', { signers: packet.signers ?? 0, folder: `${visibleInLine(packet.outDir)}/` })}\n`;
  }
  const pages = packet.files.find((f) => f.path === 'packet.pdf')?.pages;
  const facts = [
    words.t(packet.follows ? 'batch.new-signers' : 'batch.signers', { signers: packet.signers ?? 0 }),
    pages !== undefined ? words.t('packet.pages', { pages }) : '',
    packet.status === 'built' ? words.t('batch.seconds', { seconds: packet.seconds }) : '',
    packet.warnings.length ? words.t('batch.warnings', { warnings: packet.warnings.length }) : '',
  ].filter(Boolean).join(', ');
  return `${head}  ${words.t(`batch.status.${packet.status}`)}  ${facts} → ${visibleInLine(packet.packet ?? '')}\n`;
}

/** Why a packet failed, in the organizer's language when the run still has it (not after a reload from the state). */
function failureText(packet: BatchPacket, words: Translator): string {
  const { failure } = packet;
  if (failure instanceof UserError) return failure.describe(words);
  return failure ? words.say(failure) : packet.error ?? '';
}
