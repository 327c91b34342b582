// Commander wiring only: flags → one typed call per command → exit code. The one place user errors are caught.
import { CommanderError, Option } from 'commander';
import { SpokenCommand } from './spoken-command.js';
import { realDeps, type Deps } from '../deps.js';
import { campaignFileOf } from './campaign-file.js';
import { UserError } from '../errors.js';
import { systemReasonText } from '../output/atomic-write.js';
import { createContext, type CommandContext } from './context.js';
import { EXIT_DONE, EXIT_FAILED } from './exit-codes.js';
import { addOptions, MATCH_OPTIONS, READ_OPTIONS } from './read-options.js';
import { VERSION } from './version.js';
import { chooseLanguage, langFlag, LANGUAGES, supportedLanguage } from '../i18n/language.js';
import { translator } from '../i18n/translator.js';
import { acceptingStdinRowRef } from './stdin-row-ref.js';


// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commander hands actions untyped arguments
type Action = (ctx: CommandContext, ...args: any[]) => Promise<number>;

export async function main(argv: string[], deps: Deps = realDeps()): Promise<number> {
  // The language is chosen before commander runs, so that help is built in it too.
  const lang = langFlag(argv);
  const words = translator(chooseLanguage(lang, deps.env));
  deps.prompter.speak?.(words);
  const ctx = createContext(deps, words);
  if (lang !== undefined && !supportedLanguage(lang)) {
    ctx.err(`petition: ${words.t('cli.unknown-language', { lang, languages: LANGUAGES.join(', ') })}\n`);
    return EXIT_FAILED;
  }
  const fromEnv = deps.env.PETITION_LANG;
  if (lang === undefined && fromEnv !== undefined && fromEnv.trim() !== '' && !supportedLanguage(fromEnv)) {
    // Said in the language the tool falls back to, the one the rest of the run speaks.
    ctx.err(`petition: ${words.t('cli.unknown-env-language', { lang: fromEnv, languages: LANGUAGES.join(', '), chosen: words.language })}\n`);
  }
  const debug = argv.includes('--debug');
  let exitCode = EXIT_DONE;
  // Heavy modules (PDF, prompts) load only when their command runs.
  const run = (action: Action) => async (...args: unknown[]) => {
    exitCode = await action(ctx, ...args.slice(0, -1)); // commander passes the Command last
  };

  const collect = (value: string, previous: string[] = []) => [...previous, value];
  /** Help text in the organizer's language: commands, arguments and options are described from the catalogs. */
  const h = (key: string) => words.t(key);
  const defaultNote = (value: string) => words.t('help.default', { value });

  const program = new SpokenCommand('petition', words)
    .description(h('help.program'))
    .version(VERSION, '-V, --version', h('help.version'))
    .helpOption('-h, --help', h('help.help'))
    .helpCommand('help [command]', h('help.help-command'))
    .configureHelp({
      styleTitle: (title) => words.known(`help.title.${title.replace(/:$/, '').toLowerCase()}`) ?? title,
      // The usage line's placeholders in the organizer's words ("[옵션]"); option names and file arguments stay as typed.
      styleUsage: (usage) => usage.split(' ').map((word) => (word === '[options]' ? `[${h('help.usage.options')}]` : word === '[command]' ? `[${h('help.usage.command')}]` : word)).join(' '),
      // Commander appends "(default: …)" itself; the value stays, the words are the organizer's.
      styleOptionDescription: (text) => text.replace(/\(default: (.*)\)$/, (_, value: string) => defaultNote(value)),
      styleArgumentDescription: (text) => text.replace(/\(default: (.*)\)$/, (_, value: string) => defaultNote(value)),
    })
    .addOption(new Option('--debug', h('help.program.debug')))
    .addOption(new Option('--lang <code>', h('help.program.lang')))
    .showHelpAfterError(words.t('cli.help-after-error'))
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) });

  const count = program.command('count').description(h('help.count'))
    .argument('[files...]', h('help.count.arg.files'))
    .option('--campaign <file>', h('help.count.campaign'))
    .option('--delivery <id>', h('help.count.delivery'))
    .option('--json', h('help.count.json'));
  addOptions(addOptions(count, READ_OPTIONS, words), MATCH_OPTIONS, words)
    .action(run(async (ctx, files: string[], flags) => (await import('./commands/count.js')).countCommand(files, flags, ctx)));

  const dedupe = program.command('dedupe').description(h('help.dedupe'))
    .argument('[files...]', h('help.dedupe.arg.files'))
    .option('--campaign <file>', h('help.dedupe.campaign'))
    .option('--delivery <id>', h('help.dedupe.delivery'))
    .option('-o, --output <file>', h('help.dedupe.output'))
    .option('--clusters <file>', h('help.dedupe.clusters'))
    .option('--rejects <file>', h('help.dedupe.rejects'))
    .option('--review <file>', h('help.dedupe.review'))
    .option('--no-bom', h('help.dedupe.no-bom'))
    .option('--force', h('help.dedupe.force'))
    .option('--json', h('help.dedupe.json'));
  addOptions(addOptions(dedupe, READ_OPTIONS, words), MATCH_OPTIONS, words)
    .action(run(async (ctx, files: string[], flags) => (await import('./commands/dedupe.js')).dedupeCommand(files, flags, ctx)));

  const inspect = program.command('inspect').description(h('help.inspect'))
    .argument('<file>', h('help.inspect.arg.file'))
    .option('--rows <n>', h('help.inspect.rows'), '5')
    .option('--json', h('help.inspect.json'));
  addOptions(inspect, READ_OPTIONS, words)
    .action(run(async (ctx, file: string, flags) => (await import('./commands/inspect.js')).inspectCommand(file, flags, ctx)));

  const packet = program.command('packet').description(h('help.packet'))
    .argument('[campaign]', h('help.press.arg.campaign'))
    .option('--campaign <file>', h('help.packet.campaign'))
    .option('--delivery <id>', h('help.packet.delivery'))
    .option('-o, --output <dir>', h('help.packet.output'), 'out')
    .option('--include <columns>', h('help.packet.include'), collect)
    .option('--mark-delivered', h('help.packet.mark-delivered'))
    .option('--allow-empty', h('help.packet.allow-empty'))
    .option('--force', h('help.packet.force'))
    .option('--json', h('help.packet.json'));
  addOptions(packet, MATCH_OPTIONS, words)
    .action(run(async (ctx, campaign: string | undefined, flags) => (await import('./commands/packet.js')).packetCommand({ ...flags, campaign: campaignFileOf('packet', campaign, flags.campaign) }, ctx)));

  const press = program.command('press').description(h('help.press'))
    .argument('[campaign]', h('help.press.arg.campaign'))
    .option('--campaign <file>', h('help.press.campaign'))
    .option('--delivery <id>', h('help.press.delivery'))
    .option('--language <codes>', h('help.press.language'))
    .option('--paper <size>', h('help.press.paper'))
    .option('-o, --output <dir>', h('help.press.output'), 'press')
    .option('--allow-empty', h('help.press.allow-empty'))
    .option('--force', h('help.packet.force'))
    .option('--json', h('help.press.json'));
  addOptions(press, MATCH_OPTIONS, words)
    .action(run(async (ctx, campaign: string | undefined, flags) => (await import('./commands/press.js')).pressCommand({ ...flags, campaign: campaignFileOf('press', campaign, flags.campaign) }, ctx)));

  program.command('sheets').description(h('help.sheets'))
    .option('--campaign <file>', h('help.sheets.campaign'))
    .option('--language <code>', h('help.sheets.language'))
    .option('--count <n>', h('help.sheets.count'), '50')
    .option('--columns <list>', h('help.sheets.columns'))
    .option('--paper <size>', h('help.sheets.paper'), 'A4')
    .option('-o, --output <file>', h('help.sheets.output'))
    .option('--template <file>', h('help.sheets.template'))
    .option('--returned <sheets...>', h('help.sheets.returned'))
    .option('--not-returned <sheets...>', h('help.sheets.not-returned'))
    .option('--void <batches...>', h('help.sheets.void'))
    .option('--unvoid <batches...>', h('help.sheets.unvoid'))
    .option('--reprint <batch>', h('help.sheets.reprint'))
    .option('--force', h('help.sheets.force'))
    .option('--json', h('help.sheets.json'))
    .action(run(async (ctx, flags) => (await import('./commands/sheets.js')).sheetsCommand(flags, ctx)));

  program.command('verify').description(h('help.verify'))
    .argument('<dir>', h('help.verify.arg.dir'))
    .option('--inputs <dir>', h('help.verify.inputs'))
    .option('--campaign <file>', h('help.verify.campaign'))
    .option('--fingerprint <code>', h('help.verify.fingerprint'))
    .option('--json', h('help.verify.json'))
    .action(run(async (ctx, dir: string, flags) => (await import('./commands/verify.js')).verifyCommand(dir, flags, ctx)));

  const explain = acceptingStdinRowRef(program.command('explain')).description(h('help.explain'))
    .argument('<file:row>', h('help.explain.arg.file-row'))
    .argument('[files...]', h('help.explain.arg.files'))
    .option('--json', h('help.explain.json'));
  addOptions(addOptions(explain, READ_OPTIONS, words), MATCH_OPTIONS, words)
    .action(run(async (ctx, ref: string, files: string[], flags) => (await import('./commands/explain.js')).explainCommand(ref, files, flags, ctx)));

  const review = program.command('review').description(h('help.review'))
    .argument('<review-file>', h('help.review.arg.review-file'))
    .option('--decisions <file>', h('help.review.decisions'))
    .option('--import', h('help.review.import'))
    .option('--force', h('help.review.force'));
  review.action(run(async (ctx, file: string, flags) => (await import('./commands/review.js')).reviewCommand(file, flags, ctx)));

  program.command('init').description(h('help.init'))
    .option('-o, --output <file>', h('help.init.output'), 'campaign.yaml')
    .option('-y, --yes', h('help.init.yes'))
    .option('--force', h('help.init.force'))
    .option('--language <codes>', h('help.init.language'))
    .option('--title <LANG=TEXT>', h('help.init.title'), collect)
    .option('--text <LANG=TEXT|FILE>', h('help.init.text'), collect)
    .option('--summary <LANG=TEXT>', h('help.init.summary'), collect)
    .option('--url <address>', h('help.init.url'))
    .option('--code <letters>', h('help.init.code'))
    .option('--organizer <name>', h('help.init.organizer'))
    .option('--organization <name>', h('help.init.organization'))
    .option('--address <line>', h('help.init.address'), collect)
    .option('--contact <text>', h('help.init.contact'))
    .option('--signatory <name>', h('help.init.signatory'))
    .option('--role <text>', h('help.init.role'))
    .option('--roles <LANG=TEXT>', h('help.init.roles'), collect)
    .option('--source <file>', h('help.init.source'), collect)
    .option('--map <[FILE:]FIELD=HEADER>', h('help.init.map'), collect)
    .option('--country <[FILE:]CODE>', h('help.init.country'), collect)
    .option('--preset <id>', h('help.init.preset'))
    .option('--variant <id>', h('help.init.variant'))
    .option('--official <name>', h('help.init.official'))
    .option('--official-name <LANG=NAME>', h('help.init.official-name'), collect)
    .option('--gender <gender>', h('help.init.gender'))
    .option('--ambassador <name>', h('help.init.ambassador'))
    .option('--ambassador-name <LANG=NAME>', h('help.init.ambassador-name'), collect)
    .option('--ambassador-gender <gender>', h('help.init.ambassador-gender'))
    .option('--target-id <id>', h('help.init.target-id'))
    .option('--delivery-id <id>', h('help.init.delivery-id'))
    .option('--date <YYYY-MM-DD>', h('help.init.date'))
    .option('--place <text>', h('help.init.place'))
    .option('--places <LANG=TEXT>', h('help.init.places'), collect)
    .option('--occasion <text>', h('help.init.occasion'))
    .option('--occasions <LANG=TEXT>', h('help.init.occasions'), collect)
    .option('--privacy <profile>', h('help.init.privacy'))
    .option('--letter-language <codes>', h('help.init.letter-language'))
    .option('--goal <n>', h('help.init.goal'))
    .option('--timezone <zone>', h('help.init.timezone'))
    .action(run(async (ctx, flags) => (await import('./commands/init.js')).initCommand(flags, ctx)));

  const status = program.command('status').description(h('help.status'))
    .argument('[campaign]', h('help.press.arg.campaign'))
    .option('--campaign <file>', h('help.packet.campaign'))
    .option('--json', h('help.status.json'))
    .option('--rebuild-ledger-head', h('help.status.rebuild-ledger-head'));
  addOptions(status, MATCH_OPTIONS, words).action(run(async (ctx, campaign: string | undefined, flags) => (await import('./commands/status.js')).statusCommand(campaignFileOf('status', campaign, flags.campaign) ?? 'campaign.yaml', flags, ctx)));

  const batch = program.command('batch').description(h('help.batch'))
    .argument('[campaign]', h('help.press.arg.campaign'))
    .option('--campaign <file>', h('help.packet.campaign'))
    .option('--delivery <id>', h('help.batch.delivery'), collect)
    .option('-o, --output <dir>', h('help.batch.output'), 'packets')
    .option('--force', h('help.batch.force'))
    .option('--allow-empty', h('help.packet.allow-empty'))
    .option('--json', h('help.batch.json'));
  addOptions(batch, MATCH_OPTIONS, words).action(run(async (ctx, campaign: string | undefined, flags) => (await import('./commands/batch.js')).batchCommand(campaignFileOf('batch', campaign, flags.campaign) ?? 'campaign.yaml', flags, ctx)));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, ctx, debug);
  }
}

/** An error of the operating system about a file (ENOSPC, EFBIG, EACCES, …) that no step turned into a UserError. */
function fileSystemFailure(error: unknown): UserError | null {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code) || typeof path !== 'string') return null;
  return new UserError(systemReasonText(error), { file: path }, { cause: error });
}

function reportError(error: unknown, ctx: CommandContext, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has printed its own message; help and version are not errors.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT_DONE : EXIT_FAILED;
  }
  if (error instanceof UserError) {
    ctx.err(`petition: ${error.describe(ctx.words)}\n`);
    if (debug && error.cause instanceof Error) ctx.err(`${error.cause.stack}\n`);
    return EXIT_FAILED;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    ctx.err(`petition: ${ctx.words.t('cli.cancelled')}\n`);
    return EXIT_FAILED;
  }
  const failed = fileSystemFailure(error);
  if (failed) {
    // The disk, not the program: full, too large, refused. Said with the file, like a user error.
    ctx.err(`petition: ${failed.describe(ctx.words)}\n`);
    if (debug && error instanceof Error) ctx.err(`${error.stack}\n`);
    return EXIT_FAILED;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.err(`petition: ${ctx.words.t('cli.unexpected', { message })}\n`);
  ctx.err(debug && error instanceof Error ? `${error.stack}\n` : `${ctx.words.t('cli.bug')}\n`);
  return EXIT_FAILED;
}
