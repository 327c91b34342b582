// Commands we print for the user to run: each word quoted so that a shell reads it back as itself.

/** A word a shell reads back as itself: quoted when it holds anything but safe characters. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** The shapes of the options we write into hints ("-o", "--campaign"), and "-" for standard input. */
const OPTION_OR_STDIN = /^(-|-[a-zA-Z]|--[a-z][a-z0-9-]*)$/;

/**
 * An argument as the command line reads it back: a file named "-c.yaml" would be taken for an option ("unknown
 * option"), so a path that starts with "-" is written "./-c.yaml". Options we write keep their shape.
 */
function commandArgument(arg: string): string {
  return arg.startsWith('-') && !OPTION_OR_STDIN.test(arg) ? `./${arg}` : arg;
}

/** `npx petition …` with its arguments quoted: a hint that runs as pasted (petition is not on PATH after npm ci). */
export function petitionCommand(args: readonly string[]): string {
  return ['npx', 'petition', ...args.map((arg) => shellWord(commandArgument(arg)))].join(' ');
}
