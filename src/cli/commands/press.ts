// `petition press --campaign campaign.yaml [--delivery ID] [--language en,ko,es] -o press/`: the press kit, as files.
import { deliveryRequest } from '../delivery-request.js';
import { buildPress } from '../../press/build-press.js';
import { EmptyFollowUpError } from '../../packet/build-packet.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import type { CommandContext } from '../context.js';
import { UserError, visibleInLine } from '../../errors.js';
import { msg, type Message } from '../../i18n/message.js';
import { english } from '../../i18n/translator.js';
import { petitionCommand } from '../../text/shell-words.js';
import { formatProblems } from '../format-problems.js';
import { missingScripts } from '../../press/missing-scripts.js';
import { refuseFileAsOutputFolder } from '../../output/output-folder-path.js';

export interface PressFlags {
  campaign?: string;
  delivery?: string;
  language?: string;
  paper?: string;
  output: string;
  exact?: boolean;
  decisions?: string;
  json?: boolean;
  allowEmpty?: boolean;
  force?: boolean;
}

export async function pressCommand(flags: PressFlags, ctx: CommandContext): Promise<number> {
  if (!flags.campaign) throw new UserError(msg('packet.which-campaign'));
  if (flags.paper !== undefined && flags.paper !== 'A4' && flags.paper !== 'Letter') throw new UserError(msg('sheets.paper-takes', { paper: flags.paper }));
  await refuseFileAsOutputFolder(flags.output, ctx.deps.cwd);
  const languages = flags.language?.split(',').map((code) => code.trim()).filter(Boolean);
  const { words } = ctx;
  const progress = ctx.progress(words.t('cli.reading'));
  let result;
  try {
    const request = await deliveryRequest({ ...flags, campaign: flags.campaign }, ctx, progress.update);
    result = await buildPress({ ...request, languages, paper: flags.paper as 'A4' | 'Letter' | undefined, allowEmpty: flags.allowEmpty });
  } catch (error) {
    // Nothing to announce (no signers, or none new since the delivery this one follows): a warning, exit 1, no kit.
    if (!(error instanceof EmptyFollowUpError)) throw error;
    ctx.err(`${words.t('cli.warning', { message: error.describe(words) })}\n`);
    return EXIT_PROBLEMS;
  } finally {
    progress.done();
  }
  const { delivery, run, facts } = result.decided;
  const { counts } = run;
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  const pending = counts.pendingReview > 0 ? { pairs: counts.pendingReview, unique: counts.unique, low: counts.uniqueLow, high: counts.uniqueHigh } : undefined;
  // One list for stderr and --json: a script reading the JSON sees every warning a person reading the terminal sees.
  // The scripts of missing characters are named by Intl in the language the list is said in.
  const warningsIn = (language: string): Message[] => {
    const scripts = missingScripts(result.missingCharacters, language);
    return [
      ...(pending ? [msg('press.pending-review', pending)] : []),
      ...(result.missingCharacters.length
        ? [msg('press.missing-characters', { characters: result.missingCharacters.join(' '), scripts, hasScripts: scripts ? 'yes' : 'no' })]
        : []),
      ...result.warnings,
    ];
  };
  if (flags.json) {
    ctx.out(JSON.stringify({
      delivery: delivery.id, outDir: flags.output, languages: result.languages, signers: facts.signers, countries: facts.countries,
      packetFingerprint: result.manifest.packetFingerprint, outputs: result.outputs, missingCharacters: result.missingCharacters,
      pendingReview: pending ? { pairs: pending.pairs, min: pending.low, max: pending.high } : null,
      warnings: warningsIn('en').map((warning) => english().say(warning)),
      seconds: { poster: seconds(result.timings.poster), cards: seconds(result.timings.cards), release: seconds(result.timings.release) },
    }, null, 2) + '\n');
  } else {
    const built = { id: delivery.id, date: delivery.date, place: delivery.places?.[words.language] ?? delivery.place, folder: `${visibleInLine(flags.output)}/`, signers: facts.signers, fingerprint: result.manifest.packetFingerprint };
    ctx.out(`${words.t('press.built', built)}\n\n`);
    for (const file of result.outputs) ctx.out(`  ${file.path.padEnd(28)} ${(file.pages === undefined ? '' : words.t('packet.pages', { pages: file.pages })).padStart(8)}  sha256 ${file.sha256.slice(0, 16)}…\n`);
    ctx.out(`  manifest.json\n\n${words.t('press.timings', { poster: seconds(result.timings.poster), cards: seconds(result.timings.cards), release: seconds(result.timings.release) })}\n`);
  }
  for (const warning of warningsIn(words.language)) ctx.err(`${words.t('cli.warning', { message: words.say(warning) })}\n`);
  ctx.err(formatProblems(run.scan.problems, run.rejections, run.counts.rejected, words,
    petitionCommand(['dedupe', '--campaign', flags.campaign, '-o', 'merged.csv', '--rejects', 'rejects.csv'])));
  const problems = counts.rejected > 0 || counts.pendingReview > 0 || result.missingCharacters.length > 0 || result.warnings.length > 0;
  return problems ? EXIT_PROBLEMS : EXIT_DONE;
}
