// Commander wiring only: flags → one typed call per command → exit code. The one place user errors are caught.
import { Command, CommanderError, Option } from 'commander';
import { realDeps, type Deps } from '../deps.js';
import { UserError } from '../errors.js';
import { systemReason } from '../output/atomic-write.js';
import { createContext, type CommandContext } from './context.js';
import { EXIT_DONE, EXIT_FAILED } from './exit-codes.js';
import { addOptions, MATCH_OPTIONS, READ_OPTIONS } from './read-options.js';
import { VERSION } from './version.js';


// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commander hands actions untyped arguments
type Action = (ctx: CommandContext, ...args: any[]) => Promise<number>;

export async function main(argv: string[], deps: Deps = realDeps()): Promise<number> {
  const ctx = createContext(deps);
  const debug = argv.includes('--debug');
  let exitCode = EXIT_DONE;
  // Heavy modules (PDF, prompts) load only when their command runs.
  const run = (action: Action) => async (...args: unknown[]) => {
    exitCode = await action(ctx, ...args.slice(0, -1)); // commander passes the Command last
  };

  const collect = (value: string, previous: string[] = []) => [...previous, value];

  const program = new Command('petition')
    .description('Merge, deduplicate and count petition signature exports, and build a delivery packet for a named official.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--debug', 'show stack traces of errors'))
    .showHelpAfterError('(run npx petition --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) });

  const count = program.command('count').description('count signatures: rows read, rejected, duplicates, unique signers, by country, day and source')
    .argument('[files...]', "export files (CSV, TSV; any encoding); '-' reads standard input")
    .option('--campaign <file>', "read the campaign's sources with their own options, as packet does (instead of files)")
    .option('--delivery <id>', 'with --campaign: the delivery the count is for')
    .option('--json', 'print the counts as JSON on stdout');
  addOptions(addOptions(count, READ_OPTIONS), MATCH_OPTIONS)
    .action(run(async (ctx, files: string[], flags) => (await import('./commands/count.js')).countCommand(files, flags, ctx)));

  const dedupe = program.command('dedupe').description('merge exports into one list of unique signers')
    .argument('[files...]', "export files; '-' reads standard input")
    .option('--campaign <file>', "read the campaign's sources with their own options, as packet does (instead of files)")
    .option('--delivery <id>', 'with --campaign: the delivery the list is for')
    .option('-o, --output <file>', 'the merged list (CSV, one row per unique signer)')
    .option('--clusters <file>', 'one line per input row: file,row,status,cluster,reason')
    .option('--rejects <file>', 'the rejected rows with their reasons')
    .option('--review <file>', 'pairs that may be the same person, for a person to decide (decision column: same/different)')
    .option('--no-bom', 'write the CSV files without a UTF-8 byte order mark')
    .option('--json', 'print the counts as JSON on stdout');
  addOptions(addOptions(dedupe, READ_OPTIONS), MATCH_OPTIONS)
    .action(run(async (ctx, files: string[], flags) => (await import('./commands/dedupe.js')).dedupeCommand(files, flags, ctx)));

  const inspect = program.command('inspect').description('show how a file will be read: encoding, delimiter, format, column mapping, first rows, problems')
    .argument('<file>', "an export file; '-' reads standard input")
    .option('--rows <n>', 'how many rows to show', '5')
    .option('--json', 'print what was detected as JSON');
  addOptions(inspect, READ_OPTIONS)
    .action(run(async (ctx, file: string, flags) => (await import('./commands/inspect.js')).inspectCommand(file, flags, ctx)));

  const packet = program.command('packet').description('build the delivery packet: letters, summary, petition text, signature list, packet.pdf, manifest.json')
    .option('--campaign <file>', 'the campaign file (campaign.yaml)')
    .option('--delivery <id>', 'which delivery (default: the only one, or the next to come)')
    .option('-o, --output <dir>', 'the packet folder', 'out')
    .option('--include <columns>', 'contact columns to print in the list, named explicitly: email, phone, street (repeatable)', collect)
    .option('--mark-delivered', "record in the campaign's ledger which signers this packet delivered (hashed keys; a later delivery with since: leaves them out)")
    .option('--allow-empty', 'build a follow-up delivery even when no one signed since the delivery it follows')
    .option('--json', 'print what was built as JSON on stdout');
  addOptions(packet, MATCH_OPTIONS)
    .action(run(async (ctx, flags) => (await import('./commands/packet.js')).packetCommand(flags, ctx)));

  program.command('sheets').description('print paper signature sheets, each with an ID and QR code recorded in the sheet register; --template writes the file to type them into')
    .option('--campaign <file>', 'the campaign file (campaign.yaml)')
    .option('--language <code>', 'the language the sheets are printed in: en, ko or es (default: the petition\'s first)')
    .option('--count <n>', 'how many sheets to print in this batch', '50')
    .option('--columns <list>', 'the columns people fill in: name, city, country, email (default all four)')
    .option('--paper <size>', 'A4 or Letter', 'A4')
    .option('-o, --output <file>', 'the PDF to print')
    .option('--template <file>', 'write the transcription template (CSV) volunteers type the sheets into')
    .option('--json', 'print what was written as JSON on stdout')
    .action(run(async (ctx, flags) => (await import('./commands/sheets.js')).sheetsCommand(flags, ctx)));

  program.command('verify').description("re-check a packet: its manifest against the ledger or the fingerprint on paper, then every file against the manifest")
    .argument('<dir>', 'the packet folder')
    .option('--inputs <dir>', 'also check the input exports, found relative to this folder')
    .option('--campaign <file>', "check the manifest against the campaign's delivery ledger (written by packet --mark-delivered)")
    .option('--fingerprint <code>', 'check the manifest against the packet fingerprint printed at the foot of the paper letter')
    .option('--json', 'print the result as JSON')
    .action(run(async (ctx, dir: string, flags) => (await import('./commands/verify.js')).verifyCommand(dir, flags, ctx)));

  const explain = program.command('explain').description('show why a row was kept, merged with another (which rule, which fields, what score) or rejected')
    .argument('<file:row>', 'the row to explain: an export file and its data row number, as in clusters.csv (e.g. eff-raw.csv:3)')
    .argument('[files...]', 'the other exports it was merged with (give the same files as to count or dedupe)')
    .option('--json', 'print the explanation as JSON on stdout');
  addOptions(addOptions(explain, READ_OPTIONS), MATCH_OPTIONS)
    .action(run(async (ctx, ref: string, files: string[], flags) => (await import('./commands/explain.js')).explainCommand(ref, files, flags, ctx)));

  const review = program.command('review').description('decide the uncertain pairs of a review.csv one by one: same person, different people, skip')
    .argument('<review-file>', 'a review.csv written by petition dedupe … --review review.csv')
    .option('--decisions <file>', 'where decisions are kept and read back by count and dedupe (default: decisions.csv beside the review file)')
    .option('--import', 'copy the decisions filled in the decision column of the review file, asking nothing');
  review.action(run(async (ctx, file: string, flags) => (await import('./commands/review.js')).reviewCommand(file, flags, ctx)));

  program.command('init').description('write a commented campaign.yaml by answering questions (or flags, with --yes)')
    .option('-o, --output <file>', 'the campaign file to write', 'campaign.yaml')
    .option('-y, --yes', 'ask nothing: take every answer from the flags, and defaults for the rest')
    .option('--force', 'replace the campaign file if it exists')
    .option('--language <codes>', 'languages the petition was signed in, comma-separated (en,ko,es); the first is the default letter language')
    .option('--title <LANG=TEXT>', 'the title in one language (repeatable)', collect)
    .option('--text <LANG=TEXT|FILE>', 'the petition text in one language, or a path to a text file (repeatable)', collect)
    .option('--summary <LANG=TEXT>', 'one sentence saying what the petition asks, for the letter (repeatable)', collect)
    .option('--organizer <name>', 'your name')
    .option('--organization <name>', 'the organization sending the letters')
    .option('--address <line>', 'a postal address line (repeatable)', collect)
    .option('--contact <text>', 'email and/or phone, one line')
    .option('--signatory <name>', 'who signs the letters (default: the organizer)')
    .option('--role <text>', 'printed under the signatory')
    .option('--source <file>', 'a signature export (repeatable); each is inspected', collect)
    .option('--map <[FILE:]FIELD=HEADER>', 'map a column of an export by hand (repeatable); without FILE, every export with that header', collect)
    .option('--country <[FILE:]CODE>', 'country (ISO 3166-1 alpha-2) for rows without one (repeatable; without FILE, every export)', collect)
    .option('--preset <id>', 'the office preset of the target (un-secretary-general, head-of-state-via-embassy, …)')
    .option('--variant <id>', 'the preset variant (cn-washington, kr)')
    .option('--official <name>', "the official's name")
    .option('--official-name <LANG=NAME>', "the official's name in letters of another script, e.g. zh=习近平 (repeatable; asked for each such letter language)", collect)
    .option('--gender <gender>', "the official's gender: male, female or neutral")
    .option('--ambassador <name>', 'for an embassy preset: the ambassador who receives the covering letter')
    .option('--ambassador-name <LANG=NAME>', "the ambassador's name in letters of another script, e.g. zh=谢锋 (repeatable)", collect)
    .option('--ambassador-gender <gender>', "the ambassador's gender: male, female or neutral")
    .option('--target-id <id>', 'an id for the target')
    .option('--delivery-id <id>', 'an id for the delivery')
    .option('--date <YYYY-MM-DD>', 'the delivery date (default: the next Human Rights Day, 10 December)')
    .option('--place <text>', 'where the petition is delivered')
    .option('--occasion <text>', 'the occasion (Human Rights Day, World Refugee Day, …)')
    .option('--privacy <profile>', 'who may see signer names: public, recipient or count-only')
    .option('--letter-language <codes>', 'letter languages of the delivery, comma-separated')
    .option('--goal <n>', 'a target number of signatures')
    .option('--timezone <zone>', 'the campaign time zone (IANA name such as Asia/Seoul)')
    .action(run(async (ctx, flags) => (await import('./commands/init.js')).initCommand(flags, ctx)));

  const status = program.command('status').description('where things stand: per delivery the days left, the count, the goal, the pace, pairs to review and changed files')
    .argument('[campaign]', 'the campaign file', 'campaign.yaml')
    .option('--json', 'print the status as JSON on stdout');
  addOptions(status, MATCH_OPTIONS).action(run(async (ctx, campaign: string, flags) => (await import('./commands/status.js')).statusCommand(campaign, flags, ctx)));

  const batch = program.command('batch').description('build every packet of a campaign (or the named ones) without a prompt; unchanged packets are not rebuilt')
    .argument('<campaign>', 'the campaign file')
    .option('--delivery <id>', 'only this delivery (repeatable, or comma-separated)', collect)
    .option('-o, --output <dir>', 'the folder that receives one packet folder per delivery', 'packets')
    .option('--force', 'rebuild even when nothing changed')
    .option('--json', 'print the summary as JSON on stdout');
  addOptions(batch, MATCH_OPTIONS).action(run(async (ctx, campaign: string, flags) => (await import('./commands/batch.js')).batchCommand(campaign, flags, ctx)));

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
  return new UserError(systemReason(error), { file: path }, { cause: error });
}

function reportError(error: unknown, ctx: CommandContext, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has printed its own message; help and version are not errors.
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT_DONE : EXIT_FAILED;
  }
  if (error instanceof UserError) {
    ctx.err(`petition: ${error.describe()}\n`);
    if (debug && error.cause instanceof Error) ctx.err(`${error.cause.stack}\n`);
    return EXIT_FAILED;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    ctx.err('petition: cancelled; nothing was written\n');
    return EXIT_FAILED;
  }
  const failed = fileSystemFailure(error);
  if (failed) {
    // The disk, not the program: full, too large, refused. Said with the file, like a user error.
    ctx.err(`petition: ${failed.describe()}\n`);
    if (debug && error instanceof Error) ctx.err(`${error.stack}\n`);
    return EXIT_FAILED;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.err(`petition: unexpected error: ${message}\n`);
  ctx.err(debug && error instanceof Error ? `${error.stack}\n` : 'This is a bug in petition-courier. Run again with --debug to see where it happened.\n');
  return EXIT_FAILED;
}
