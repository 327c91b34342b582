// `petition review REVIEW.csv`: a person decides the uncertain pairs one by one (or imports a filled-in spreadsheet);
// decisions go to a decisions file, saved after every answer, that count and dedupe apply with --decisions.
import { dirname, join } from 'node:path';
import { DECISIONS_COLUMNS, DECISIONS_HEADER, decisionsCsvRows, mergeDecisions, parseDecisions, rowContentKey } from '../../dedupe/fuzzy/review-csv.js';
import type { ReviewDecision } from '../../dedupe/fuzzy/refine-with-fuzzy.js';
import { formatReviewPair } from '../../dedupe/explain/format-review-pair.js';
import { newDecisions, parseReviewFile, undecidedPairs, type ReviewFile, type ReviewPair } from '../../dedupe/explain/review-file.js';
import { writeWholeFileAtomic } from '../../output/atomic-write.js';
import { claimOutputFile } from '../../output/claim-output-file.js';
import { csvLine } from '../../output/csv-cell.js';
import { UserError, visibleInLine } from '../../errors.js';
import { withoutTerminalSaying, type Choice } from '../prompter.js';
import type { CommandContext } from '../context.js';
import { petitionCommand, shellWord } from '../../text/shell-words.js';
import { EXIT_DONE, EXIT_PROBLEMS } from '../exit-codes.js';
import { msg } from '../../i18n/message.js';
import type { Translator } from '../../i18n/translator.js';

export interface ReviewFlags {
  decisions?: string;
  import?: boolean;
  force?: boolean;
}

type Answer = 'same' | 'different' | 'skip' | 'quit';

const ANSWERS: readonly Answer[] = ['same', 'different', 'skip', 'quit'];

function choices(words: Translator): Array<Choice<Answer>> {
  return ANSWERS.map((value) => ({ name: words.t(`review.choice.${value}`), value, description: words.t(`review.choice.${value}.description`) }));
}

export async function reviewCommand(file: string, flags: ReviewFlags, ctx: CommandContext): Promise<number> {
  const decisionsPath = flags.decisions ?? join(dirname(file), 'decisions.csv');
  const review = parseReviewFile(await readText(file, ctx, false), file);
  await claimOutputFile(decisionsPath, { force: flags.force === true, header: DECISIONS_HEADER });
  let decisions = await readDecisionsFile(decisionsPath, ctx);
  const session: ReviewDecision[] = [];
  const save = async (added: ReviewDecision[]): Promise<void> => {
    decisions = mergeDecisions(decisions, added);
    session.push(...added);
    const text = '\uFEFF' + csvLine(DECISIONS_COLUMNS) + decisionsCsvRows(decisions).map((row) => csvLine(row)).join('');
    await writeWholeFileAtomic(decisionsPath, text, { mode: 0o600 });
  };

  // Answers typed into the spreadsheet's decision column count as given, with or without --import.
  const fresh = undecidedPairs(review.pairs, decisions).length;
  const imported = newDecisions(review.filled, decisions);
  if (imported.length) await save(imported);
  const open = undecidedPairs(review.pairs, decisions);
  const { words } = ctx;
  const shownFile = visibleInLine(file);
  if (imported.length) ctx.err(`${words.t('review.took', { count: imported.length, file: shownFile })}\n`);
  else if (flags.import) ctx.err(`${words.t('review.none-filled', { file: shownFile })}\n`);
  if (review.pairs.length > fresh && !flags.import) ctx.err(`${words.t('review.decided-before', { before: review.pairs.length - fresh, total: review.pairs.length })}\n`);

  let interrupted = false;
  // Without a terminal: the way that needs none, with this review's own files.
  const command = petitionCommand(['review', file, '--import', '--decisions', decisionsPath]);
  const prompter = withoutTerminalSaying(ctx.deps.prompter, msg('review.needs-terminal', { file: shownFile, command }));
  if (!flags.import) {
    try {
      for (let i = 0; i < open.length; i++) {
        const pair = open[i];
        ctx.out(`\n${formatReviewPair(pair, { at: i + 1, of: open.length }, ctx.color, words)}`);
        const answer = await prompter.select<Answer>({ message: words.t('review.question'), choices: choices(words) });
        if (answer === 'quit') break;
        if (answer === 'skip') continue;
        await save([{ a: decisionSide(pair.a), b: decisionSide(pair.b), decision: answer }]);
      }
    } catch (error) {
      // Ctrl-C: the answers given so far are already saved, so this is a clean stop, not a loss.
      if (!(error instanceof Error && error.name === 'ExitPromptError')) throw error;
      interrupted = true;
    }
  }

  const stillOpen = undecidedPairs(review.pairs, decisions).length;
  const same = session.filter((d) => d.decision === 'same').length;
  const tally = { decided: session.length, same, different: session.length - same, open: stillOpen };
  ctx.out(`\n${words.t(interrupted ? 'review.stopped-summary' : 'review.summary', tally)}\n`);
  if (session.length) ctx.out(savedHint(review, decisionsPath, words));
  return stillOpen > 0 ? EXIT_PROBLEMS : EXIT_DONE;
}

/**
 * How to apply the decisions, as commands that run when pasted in the directory the review file was made in: the
 * run's own inputs as recorded in the file (a campaign's count and packet, or every file). A file from before
 * inputs were recorded names the files of its pairs.
 */
function savedHint(review: ReviewFile, decisionsPath: string, words: Translator): string {
  const file = visibleInLine(decisionsPath);
  const decisions = `--decisions ${shellWord(decisionsPath)}`;
  const withInputs = (command: string) => `npx petition ${command} ${visibleInLine(review.inputs)} ${decisions}`;
  if (review.inputs.startsWith('--campaign ')) {
    return `${words.t('review.saved', { file, command: withInputs('count') })}\n${words.t('review.saved-packet', { command: withInputs('packet') })}\n`;
  }
  if (review.inputs) return `${words.t('review.saved', { file, command: withInputs('count') })}\n`;
  const sources = [...new Set(review.pairs.flatMap((pair) => [pair.a.source, pair.b.source]))];
  return `${words.t('review.saved', { file, command: petitionCommand(['count', ...sources, '--decisions', decisionsPath]) })}\n`;
}

async function readText(path: string, ctx: CommandContext, missingIsEmpty: boolean): Promise<string> {
  try {
    return (await ctx.deps.readFile(path)).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && missingIsEmpty) return '';
    throw new UserError(code === 'ENOENT' ? msg('read.no-such-file') : msg('read.cannot-read', { reason: code ?? String(error) }), { file: path }, { cause: error });
  }
}

async function readDecisionsFile(path: string, ctx: CommandContext): Promise<ReviewDecision[]> {
  const text = await readText(path, ctx, true);
  try {
    return parseDecisions(text);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.text, { ...error.location, file: path }, { cause: error });
    throw error;
  }
}

function decisionSide(side: ReviewPair['a']): ReviewDecision['a'] {
  return { source: side.source, row: side.row, ...(side.sha256 ? { sha256: side.sha256 } : {}), rowKey: rowContentKey(side) };
}

