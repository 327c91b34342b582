// Commands we print for the user to run: each word quoted so that a shell reads it back as itself.

/** A word a shell reads back as itself: quoted when it holds anything but safe characters. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/u.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** `npx petition …` with its arguments quoted: a hint that runs as pasted (petition is not on PATH after npm ci). */
export function petitionCommand(args: readonly string[]): string {
  return ['npx', 'petition', ...args.map(shellWord)].join(' ');
}
