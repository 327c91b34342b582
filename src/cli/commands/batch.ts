// `petition batch campaign.yaml [--delivery ID…] [--json]`: every packet, no prompt, one progress line each on stderr.
import { readDecisions } from '../read-decisions.js';
import { resolve } from 'node:path';
import { runBatch } from '../../batch/run-batch.js';
import { batchExitCode, type BatchPacket } from '../../batch/batch-summary.js';
import { EXIT_DONE, EXIT_FAILED, EXIT_PROBLEMS } from '../exit-codes.js';
import { VERSION } from '../version.js';
import type { CommandContext } from '../context.js';
import { counted } from '../../text/counted.js';

export interface BatchFlags {
  delivery?: string[];
  output: string;
  force?: boolean;
  exact?: boolean;
  decisions?: string;
  json?: boolean;
}

export async function batchCommand(campaignPath: string, flags: BatchFlags, ctx: CommandContext): Promise<number> {
  const decisions = flags.decisions ? await readDecisions(flags.decisions, 'error') : undefined;
  const deliveries = (flags.delivery ?? []).flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
  const summary = await runBatch({
    campaignPath, deliveries, outRoot: resolve(ctx.deps.cwd, flags.output), cwd: ctx.deps.cwd, now: ctx.deps.now(), toolVersion: VERSION,
    force: flags.force, exact: flags.exact, decisionsPath: flags.decisions, decisions,
    onPacket: (packet, index, total) => ctx.err(progressLine(packet, index, total)),
  });
  if (flags.json) {
    ctx.out(`${JSON.stringify(summary, null, 2)}\n`);
  } else {
    const c = ctx.color;
    ctx.out(`${summary.built} built, ${summary.unchanged} unchanged, ${summary.delivered} already delivered, ${summary.failed} failed\n`);
    for (const packet of summary.packets) {
      if (packet.status === 'failed') {
        ctx.out(`\n${c.red(`${packet.delivery}: failed`)}\n  ${packet.error}\n`);
        continue;
      }
      ctx.out(`\n${c.bold(packet.delivery)}: ${packet.packet} (${packet.status})\n`);
      if (packet.follows) ctx.out(`  follows ${packet.follows.delivery} (${packet.follows.date}, ${counted(packet.follows.signers, 'signer')}): ${counted(packet.signers ?? 0, 'new signer')}\n`);
      else ctx.out(`  ${counted(packet.signers ?? 0, 'signer')}\n`);
      for (const warning of packet.warnings) ctx.out(`  ${c.yellow('warning')}: ${warning}\n`);
    }
  }
  return batchExitCode(summary, { done: EXIT_DONE, problems: EXIT_PROBLEMS, failed: EXIT_FAILED });
}

/** "[2/3] embassy-2025  built  37 signers, 10 pages, 3.2 s → packets/embassy-2025/packet.pdf" */
function progressLine(packet: BatchPacket, index: number, total: number): string {
  const head = `[${index + 1}/${total}] ${packet.delivery}`;
  if (packet.status === 'failed') return `${head}  failed: ${packet.error}\n`;
  if (packet.status === 'delivered') return `${head}  already delivered (${counted(packet.signers ?? 0, 'signer')}), not rebuilt → ${packet.outDir}/\n`;
  const pages = packet.files.find((f) => f.path === 'packet.pdf')?.pages;
  const facts = [
    counted(packet.signers ?? 0, packet.follows ? 'new signer' : 'signer'),
    pages !== undefined ? counted(pages, 'page') : '',
    packet.status === 'built' ? `${packet.seconds} s` : '',
    packet.warnings.length ? counted(packet.warnings.length, 'warning') : '',
  ].filter(Boolean).join(', ');
  return `${head}  ${packet.status}  ${facts} → ${packet.packet}\n`;
}

