// `petition press --campaign campaign.yaml [--delivery ID] [--language en,ko,es] -o press/`: the press kit, as files.
import { deliveryRequest } from '../delivery-request.js';
import { buildPress } from '../../press/build-press.js';
import { UserError } from '../../errors.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import type { CommandContext } from '../context.js';
import { counted } from '../../text/counted.js';
import { formatProblems } from '../format-problems.js';

export interface PressFlags {
  campaign?: string;
  delivery?: string;
  language?: string;
  paper?: string;
  output: string;
  exact?: boolean;
  decisions?: string;
  json?: boolean;
}

export async function pressCommand(flags: PressFlags, ctx: CommandContext): Promise<number> {
  if (!flags.campaign) throw new UserError('say which campaign: --campaign campaign.yaml (petition init writes one)');
  if (flags.paper !== undefined && flags.paper !== 'A4' && flags.paper !== 'Letter') throw new UserError(`--paper takes A4 or Letter; got "${flags.paper}"`);
  const languages = flags.language?.split(',').map((code) => code.trim()).filter(Boolean);
  const progress = ctx.progress('reading');
  let result;
  try {
    const request = await deliveryRequest({ ...flags, campaign: flags.campaign }, ctx, progress.update);
    result = await buildPress({ ...request, languages, paper: flags.paper as 'A4' | 'Letter' | undefined });
  } finally {
    progress.done();
  }
  const { delivery, run, facts } = result.decided;
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  if (flags.json) {
    ctx.out(JSON.stringify({
      delivery: delivery.id, outDir: flags.output, languages: result.languages, signers: facts.signers, countries: facts.countries,
      packetFingerprint: result.manifest.packetFingerprint, outputs: result.outputs, missingCharacters: result.missingCharacters,
      seconds: { poster: seconds(result.timings.poster), cards: seconds(result.timings.cards), release: seconds(result.timings.release) },
    }, null, 2) + '\n');
  } else {
    ctx.out(`Press kit for ${delivery.id} (${delivery.date}, ${delivery.place}) in ${flags.output}/: ${counted(facts.signers, 'signer')}, the packet's number (packet fingerprint ${result.manifest.packetFingerprint})\n\n`);
    for (const file of result.outputs) ctx.out(`  ${file.path.padEnd(28)} ${(file.pages === undefined ? '' : counted(file.pages, 'page')).padStart(8)}  sha256 ${file.sha256.slice(0, 16)}…\n`);
    ctx.out(`  manifest.json\n\nPosters ${seconds(result.timings.poster)} s, cards ${seconds(result.timings.cards)} s, releases ${seconds(result.timings.release)} s.\n`);
  }
  const { counts } = run;
  if (counts.pendingReview > 0) {
    ctx.err(`warning: ${counted(counts.pendingReview, 'pair')} of signatures still ${counts.pendingReview === 1 ? 'awaits' : 'await'} review: the kit states ${counts.unique.toLocaleString('en-US')}, the count as decided so far (between ${counts.uniqueLow.toLocaleString('en-US')} and ${counts.uniqueHigh.toLocaleString('en-US')} until reviewed), as the packet does\n`);
  }
  if (result.missingCharacters.length) ctx.err(`warning: no font has these characters; they print as a replacement mark: ${result.missingCharacters.join(' ')}\n`);
  ctx.err(formatProblems(run.scan.problems, run.rejections, run.counts.rejected));
  const problems = counts.rejected > 0 || counts.pendingReview > 0 || result.missingCharacters.length > 0;
  return problems ? EXIT_PROBLEMS : EXIT_DONE;
}
