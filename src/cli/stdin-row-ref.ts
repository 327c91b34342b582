// `petition explain -:2 -`: a row of standard input is named `-:ROW`, which commander would refuse as an unknown
// option (outside tester Q, L9). Before any `--`, such a word is taken as the command's first argument.
import type { Command } from 'commander';

const STDIN_ROW_REF = /^-:/u;

export function acceptingStdinRowRef(command: Command): Command {
  const parseOptions = command.parseOptions.bind(command);
  command.parseOptions = (args: string[]) => {
    const at = args.findIndex((arg) => STDIN_ROW_REF.test(arg));
    if (at === -1 || args.slice(0, at).includes('--')) return parseOptions(args);
    const parsed = parseOptions([...args.slice(0, at), ...args.slice(at + 1)]);
    return { ...parsed, operands: [args[at], ...parsed.operands] };
  };
  return command;
}
