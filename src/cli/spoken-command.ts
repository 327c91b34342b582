// Commander's own parse errors (unknown option, missing argument, unknown command, …) in the organizer's language.
// Commander words them in English and names the error by a code (err.code, 'commander.unknownOption'); its values
// (the flag, the argument) are read back from its English, whose shape is fixed for the pinned major version.
import { Command, type ErrorOptions } from 'commander';
import type { Translator } from '../i18n/translator.js';

/** A Command whose errors, and those of its subcommands, are said by `words`. */
export class SpokenCommand extends Command {
  constructor(name: string | undefined, private readonly words: Translator) {
    super(name);
  }

  override createCommand(name?: string): Command {
    return new SpokenCommand(name, this.words);
  }

  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(commanderMessage(message, errorOptions?.code, this.words), errorOptions);
  }
}

type Reading = { pattern: RegExp; say: (words: Translator, ...parts: string[]) => string };

/** Per code, how commander's English reads, and the catalog message that says the same. */
const READINGS: Readonly<Record<string, Reading>> = {
  'commander.unknownOption': { pattern: /^unknown option '(.*)'$/, say: (w, option) => w.t('cli.commander.unknown-option', { option }) },
  'commander.unknownCommand': { pattern: /^unknown command '(.*)'$/, say: (w, command) => w.t('cli.commander.unknown-command', { command }) },
  'commander.missingArgument': { pattern: /^missing required argument '(.*)'$/, say: (w, argument) => w.t('cli.commander.missing-argument', { argument }) },
  'commander.optionMissingArgument': { pattern: /^option '(.*)' argument missing$/, say: (w, option) => w.t('cli.commander.option-needs-value', { option }) },
  'commander.missingMandatoryOptionValue': { pattern: /^required option '(.*)' not specified$/, say: (w, option) => w.t('cli.commander.option-required', { option }) },
  'commander.conflictingOption': {
    pattern: /^(?:option|environment variable) '(.*)' cannot be used with (?:option|environment variable) '(.*)'$/,
    say: (w, option, other) => w.t('cli.commander.conflicting', { option, other }),
  },
  'commander.excessArguments': {
    pattern: /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    say: (w, command, expected, received) => w.t('cli.commander.too-many-arguments', { command: command || 'petition', expected: Number(expected), received: Number(received) }),
  },
  'commander.invalidArgument': {
    pattern: /^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    say: (w, option, value, choices) => w.t('cli.commander.invalid-choice', { option, value, choices }),
  },
};

/**
 * Commander's English message in the language of `words`: "error: unknown option '--jsn'\n(Did you mean --json?)".
 * A message of a shape not known here (a newer commander) stays as commander wrote it, rather than being lost.
 */
export function commanderMessage(message: string, code: string | undefined, words: Translator): string {
  if (words.language === 'en') return message;
  const [first, ...rest] = message.replace(/^error: /, '').split('\n');
  const reading = code === undefined ? undefined : READINGS[code];
  const parts = reading?.pattern.exec(first);
  if (!reading || !parts) return message;
  const suggestion = /^\(Did you mean (one of )?(.*)\?\)$/.exec(rest.join('\n'));
  const lines = [reading.say(words, ...parts.slice(1).map((part) => part ?? ''))];
  if (suggestion) lines.push(words.t(suggestion[1] ? 'cli.commander.did-you-mean-one-of' : 'cli.commander.did-you-mean', { candidates: suggestion[2] }));
  return words.t('cli.error', { message: lines.join('\n') });
}
