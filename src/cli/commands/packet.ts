// `petition packet --campaign campaign.yaml [--delivery ID] -o DIR`: the delivery packet, as files in DIR.
import { fewestSignersNamed } from '../../tally/fewest-named.js';
import { deliveryRequest } from '../delivery-request.js';
import { buildPacket, CONTACT_COLUMNS, EmptyFollowUpError } from '../../packet/build-packet.js';
import { UserError, visibleInLine } from '../../errors.js';
import { formatCounts } from '../format-counts.js';
import { formatProblems } from '../format-problems.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import type { CommandContext } from '../context.js';
import { msg } from '../../i18n/message.js';
import { english } from '../../i18n/translator.js';
import { listRowsCutMessage } from '../../packet/signature-list/list-rows-cut-message.js';
import { petitionCommand } from '../../text/shell-words.js';
import { exitCodeOf } from './count.js';
import { pressKitInPacket } from '../../press/build-press.js';
import { dirname, join, relative, resolve } from 'node:path';
import { refuseFileAsOutputFolder } from '../../output/output-folder-path.js';

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
  force?: boolean;
}

export async function packetCommand(flags: PacketFlags, ctx: CommandContext): Promise<number> {
  if (!flags.campaign) throw new UserError(msg('packet.which-campaign'));
  await refuseFileAsOutputFolder(flags.output, ctx.deps.cwd);
  const includeColumns = (flags.include ?? []).flatMap((value) => value.split(',')).map((c) => c.trim()).filter(Boolean);
  for (const column of includeColumns) {
    if (!(CONTACT_COLUMNS as readonly string[]).includes(column)) {
      throw new UserError(msg('packet.include-takes', { columns: CONTACT_COLUMNS.join(', '), column }));
    }
  }
  const { words } = ctx;
  const progress = ctx.progress(words.t('cli.reading'));
  let result;
  try {
    const request = await deliveryRequest({ ...flags, campaign: flags.campaign }, ctx, progress.update);
    // A delivery with `press: true` gets its kit in press/, as batch builds it: rebuilt with the packet (to mark it
    // delivered), it stays listed in the packet's manifest, which the ledger then pins.
    const kitIfAsked = pressKitInPacket({});
    result = await buildPacket({
      ...request, includeColumns, markDelivered: flags.markDelivered, allowEmpty: flags.allowEmpty,
      alsoWrite: async (decided, dir) => (decided.delivery.press === true ? kitIfAsked(decided, dir) : []),
    });
  } catch (error) {
    if (!(error instanceof EmptyFollowUpError)) throw error;
    ctx.err(`${words.t('cli.warning', { message: error.describe(words) })}\n`);
    return EXIT_PROBLEMS;
  } finally {
    progress.done();
  }
  const { run, delivery, outputs, missingCharacters } = result;
  if (flags.json) {
    ctx.out(JSON.stringify({
      delivery: delivery.id, target: delivery.target, outDir: flags.output, outputs, counts: run.counts, signers: result.signers,
      follows: result.manifest.follows ?? null, markedDelivered: result.ledgerEntry ? { signers: result.ledgerEntry.signers, total: result.ledgerEntry.total } : null,
      missingCharacters, untranslated: result.untranslated.map((missing) => english().say(missing)), problems: run.scan.problems,
    }, null, 2) + '\n');
  } else {
    ctx.out(`${words.t('packet.built', { id: delivery.id, date: delivery.date, place: delivery.places?.[words.language] ?? delivery.place, folder: `${visibleInLine(flags.output)}/` })}\n\n`);
    if (result.deliveredBefore && result.manifest.follows) {
      const { follows } = result.manifest;
      ctx.out(`${words.t('packet.follows', { delivery: follows.delivery, date: follows.date, leftOut: result.deliveredBefore.leftOut, signers: result.signers })}\n\n`);
    }
    // The line of top countries names and folds the countries as the packet's summary and certificate do.
    ctx.out(formatCounts(run.counts, ctx.color, words, ['--campaign', flags.campaign], {}, { fewest: fewestSignersNamed(delivery.privacy, 'official'), alsoFolded: result.foldedCountries }));
    ctx.out('\n');
    for (const file of outputs) ctx.out(`  ${file.path.padEnd(26)} ${(file.pages === undefined ? '' : words.t('packet.pages', { pages: file.pages })).padStart(12)}  sha256 ${file.sha256.slice(0, 16)}…\n`);
    ctx.out(`  manifest.json\n`);
    if (result.ledgerEntry) ctx.out(`\n${words.t('packet.marked', { signers: result.ledgerEntry.signers, ledger: visibleInLine(asGivenBeside(flags.campaign, result.ledgerFile ?? '', ctx.deps.cwd)) })}\n`);
  }
  // The console's range and the packet's one number, side by side: the packet states the count as decided so far.
  const { counts } = run;
  if (counts.pendingReview > 0) {
    ctx.err(`${words.t('cli.warning', { message: words.t('packet.pending-review', { pairs: counts.pendingReview, unique: counts.unique, low: counts.uniqueLow, high: counts.uniqueHigh }) })}\n`);
  }
  if (missingCharacters.length) ctx.err(`${words.t('cli.warning', { message: words.t('packet.missing-characters', { characters: missingCharacters.join(' ') }) })}\n`);
  if (result.listRowsCut.count > 0) ctx.err(`${words.t('cli.warning', { message: words.say(listRowsCutMessage(result.listRowsCut)) })}\n`);
  // A public list may be published: contact details asked for by name go into it, but not without saying so.
  const contactsInPublicList = delivery.privacy === 'public' && includeColumns.length > 0;
  if (contactsInPublicList) ctx.err(`${words.t('cli.warning', { message: words.t('packet.contacts-in-public-list', { columns: includeColumns.join(', '), id: delivery.id }) })}\n`);
  if (result.paperContactsWithheld.length) ctx.err(`${words.t('cli.warning', { message: words.t('packet.paper-contacts-withheld', { columns: result.paperContactsWithheld.join(', ') }) })}\n`);
  if (result.foreignFiles.length) {
    const files = result.foreignFiles.map(visibleInLine).join(', ');
    ctx.err(`${words.t('cli.warning', { message: words.t('packet.foreign-files', { count: result.foreignFiles.length, files }) })}\n`);
  }
  for (const missing of result.untranslated) ctx.err(`${words.t('cli.warning', { message: words.t('packet.untranslated', { missing }) })}\n`);
  ctx.err(formatProblems(run.scan.problems, run.rejections, run.counts.rejected, words,
    petitionCommand(['dedupe', '--campaign', flags.campaign, '-o', 'merged.csv', '--rejects', 'rejects.csv'])));
  // The run's own problems weigh as in `count` (a decisions file that matches no pair is one), so both agree. A name
  // cut short in the list is one too: the official would not read it whole, and someone should look at what was typed.
  const problems = exitCodeOf(run) !== EXIT_DONE || missingCharacters.length > 0 || result.untranslated.length > 0 || result.foreignFiles.length > 0
    || result.listRowsCut.count > 0 || contactsInPublicList;
  return problems ? EXIT_PROBLEMS : EXIT_DONE;
}

/** A file beside the campaign, written the way the organizer wrote the campaign's path (relative stays relative). */
function asGivenBeside(campaignArg: string, file: string, cwd: string): string {
  return join(dirname(campaignArg), relative(dirname(resolve(cwd, campaignArg)), file));
}
