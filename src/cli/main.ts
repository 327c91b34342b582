// Commander wiring only: flags → one typed call per command → exit code. The one place user errors are caught.
import { Command, CommanderError, Option } from 'commander';
import { realDeps, type Deps } from '../deps.js';
import { UserError } from '../errors.js';
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

  const program = new Command('petition')
    .description('Merge, deduplicate and count petition signature exports, and build a delivery packet for a named official.')
    .version(VERSION, '-V, --version')
    .addOption(new Option('--debug', 'show stack traces of errors'))
    .showHelpAfterError('(run petition --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => ctx.out(s), writeErr: (s) => ctx.err(s) });

  const count = program.command('count').description('count signatures: rows read, rejected, duplicates, unique signers, by country, day and source')
    .argument('<files...>', "export files (CSV, TSV; any encoding); '-' reads standard input")
    .option('--json', 'print the counts as JSON on stdout');
  addOptions(addOptions(count, READ_OPTIONS), MATCH_OPTIONS)
    .action(run(async (ctx, files: string[], flags) => (await import('./commands/count.js')).countCommand(files, flags, ctx)));

  const dedupe = program.command('dedupe').description('merge exports into one list of unique signers')
    .argument('<files...>', "export files; '-' reads standard input")
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
    .option('--include <columns>', 'contact columns to print in the list, named explicitly: email, phone, street (repeatable)', (value: string, previous: string[] = []) => [...previous, value])
    .option('--json', 'print what was built as JSON on stdout');
  addOptions(packet, MATCH_OPTIONS)
    .action(run(async (ctx, flags) => (await import('./commands/packet.js')).packetCommand(flags, ctx)));

  program.command('verify').description("re-check every file of a packet against its manifest's SHA-256 hashes")
    .argument('<dir>', 'the packet folder')
    .option('--inputs <dir>', 'also check the input exports, found relative to this folder')
    .option('--json', 'print the result as JSON')
    .action(run(async (ctx, dir: string, flags) => (await import('./commands/verify.js')).verifyCommand(dir, flags, ctx)));

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, ctx, debug);
  }
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
  const message = error instanceof Error ? error.message : String(error);
  ctx.err(`petition: unexpected error: ${message}\n`);
  ctx.err(debug && error instanceof Error ? `${error.stack}\n` : 'This is a bug in petition-courier. Run again with --debug to see where it happened.\n');
  return EXIT_FAILED;
}
