// `petition init`: a guided walk-through (or flags with --yes) that writes a valid, commented campaign.yaml, all at once at the end.
import { withoutTerminalSaying } from '../prompter.js';
import { existsSync, readFileSync } from 'node:fs';
import { statPath } from '../../read/stat-path.js';
import { dirname, relative, resolve } from 'node:path';
import { refuseInsideDeliveryFolder } from '../../output/folder-kind.js';
import { answerAsker, type AnswerAsker } from '../../campaign-init/answer-asker.js';
import { campaignYamlText } from '../../campaign-init/campaign-yaml-text.js';
import { gatherAnswers, type InitFlagValues } from '../../campaign-init/gather-answers.js';
import { inspectExport } from '../../campaign-init/inspect-export.js';
import { parseCampaign } from '../../campaign/parse-campaign.js';
import { loadLetterLibrary } from '../../packet/letter/load-letter-library.js';
import { writeWholeFileAtomic } from '../../output/atomic-write.js';
import { UserError } from '../../errors.js';
import { EXIT_DONE } from '../exit-codes.js';
import type { CommandContext } from '../context.js';
import { msg } from '../../i18n/message.js';
import { petitionCommand } from '../../text/shell-words.js';

export interface InitFlags extends InitFlagValues {
  output: string;
  yes?: boolean;
  force?: boolean;
}

export async function initCommand(flags: InitFlags, ctx: CommandContext): Promise<number> {
  const { cwd } = ctx.deps;
  const output = resolve(cwd, flags.output);
  const { words } = ctx;
  const asker = answerAsker(withoutTerminalSaying(ctx.deps.prompter, msg('init.needs-terminal')), !flags.yes, words);
  if (!flags.force) await refuseInsideDeliveryFolder(flags.output, dirname(output));
  if (existsSync(output) && !flags.force) {
    if (!asker.interactive) throw new UserError(msg('init.exists-force'), { file: flags.output });
    if (!(await asker.confirm(words.t('init.ask.replace', { file: flags.output }), false))) throw new UserError(msg('init.exists-kept'), { file: flags.output });
  }
  const isFile = (path: string) => {
    try {
      return statPath(path).isFile();
    } catch {
      return false;
    }
  };
  const answers = await gatherAnswers({
    asker, flags, cwd, campaignDir: dirname(output),
    say: (text) => ctx.out(text),
    today: ctx.deps.now().toISOString().slice(0, 10),
    localTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
    library: loadLetterLibrary(),
    inspect: (path, options) => inspectExport(path, { ...options, words }),
    readNamedFile: (value) => {
      if (!value.trim() || value.includes('\n')) return null;
      const path = resolve(cwd, value.trim());
      try {
        const found = statPath(path);
        if (found.isDirectory()) return { kind: 'folder' };
        return found.isFile() ? { kind: 'file', bytes: readFileSync(path) } : null;
      } catch {
        return null;
      }
    },
    isFile,
    words,
  });
  await confirmPastDeliveries(answers.deliveries, ctx.deps.now().toISOString().slice(0, 10), asker, ctx);
  const text = campaignYamlText(answers, ctx.words);
  try {
    parseCampaign(text, flags.output, dirname(output));
  } catch (error) {
    // The answers were checked one by one; a file that still fails is a bug here, and nothing is written.
    throw new Error(`init produced a campaign file that does not pass its own check: ${error instanceof UserError ? error.describe() : String(error)}`, { cause: error });
  }
  await writeWholeFileAtomic(output, text);
  const nearby = relative(cwd, output);
  const shown = nearby && !nearby.startsWith('..') ? nearby : output;
  // A workbook whose sheets are read as separate sources is one export and several sources: both are said.
  const sources = answers.sources.reduce((n, s) => n + (s.sheets?.length ?? 1), 0);
  const wrote = { file: shown, exports: answers.sources.length, sources, targets: answers.targets.length, deliveries: answers.deliveries.length };
  ctx.out(`\n${words.t(sources === answers.sources.length ? 'init.wrote' : 'init.wrote-sheets', wrote)}\n`);
  ctx.out(`${words.t('init.next', { status: petitionCommand(['status', shown]), packet: petitionCommand(['packet', '--campaign', shown, '--delivery', answers.deliveries[0].id, '-o', 'packet']) })}\n`);
  return EXIT_DONE;
}

/**
 * A delivery dated before today is most often a typo (2025 for 2026): warn, and ask before writing (with --yes,
 * the warning only, since an organizer may record a delivery already made).
 */
async function confirmPastDeliveries(deliveries: Array<{ id: string; date: string }>, today: string, asker: AnswerAsker, ctx: CommandContext): Promise<void> {
  const { words } = ctx;
  for (const delivery of deliveries.filter((d) => d.date < today)) {
    ctx.err(`${words.t('cli.warning', { message: words.t('init.past-date', { id: delivery.id, date: delivery.date, today }) })}\n`);
    if (asker.interactive && !(await asker.confirm(words.t('init.ask.past-date'), false))) throw new UserError(msg('init.past-date-kept'));
  }
}

