// The one module that asks a person questions. Tests pass a scripted Prompter; nothing here needs a TTY otherwise.
import type { Readable, Writable } from 'node:stream';
import { readPastedText } from './read-pasted-text.js';
import { english, type Translator } from '../i18n/translator.js';
import { UserError } from '../errors.js';
import { msg, type Message } from '../i18n/message.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  input(question: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(question: { message: string; choices: Array<Choice<T>>; default?: T }): Promise<T>;
  /**
   * Multi-line text (a petition text): a path to a text file, or pasted, many lines, ended by a line with a single ".".
   * `hint` says so under the question, and `pasteHint` when the pasting starts, in the organizer's language.
   */
  editor(question: { message: string; default?: string; hint?: string; pasteHint?: string }): Promise<string>;
  /** The language of the prompts' own help (key hints, yes and no), once the command knows it. */
  speak?(words: Translator): void;
}

/** The prompt library's own words (inquirer's key hints "navigate", "select", and "Y/n") in the organizer's language. */
export function promptTheme(words: Translator) {
  return {
    select: {
      style: {
        keysHelpTip: (keys: Array<[string, string]>): string => keys.map(([key, action]) => `${key} ${words.known(`prompt.key.${action}`) ?? action}`).join(' • '),
      },
    },
    confirm: {
      style: { defaultAnswer: (text: string): string => `(${words.t(text === 'y/N' ? 'prompt.confirm.default-no' : 'prompt.confirm.default-yes')})` },
    },
    yesNo: (value: boolean): string => words.t(value ? 'prompt.yes' : 'prompt.no'),
    /** The answer in the organizer's language ("s", "sí"; "예", "네"; English always); the default when empty; undefined when unclear. */
    readYesNo: (answer: string, byDefault: boolean): boolean | undefined => {
      const given = answer.trim().toLocaleLowerCase();
      if (given === '') return byDefault;
      const listed = (key: string) => words.t(key).split(',').map((word) => word.trim().toLocaleLowerCase());
      if (listed('prompt.yes-answers').includes(given)) return true;
      if (listed('prompt.no-answers').includes(given)) return false;
      return undefined;
    },
    unclearYesNo: (): string => words.t('prompt.yes-no-unclear', { yes: words.t('prompt.yes'), no: words.t('prompt.no') }),
  };
}

/** The real prompts, loaded only when a command asks its first question. Ctrl-C raises ExitPromptError. */
export function inquirerPrompter(input: Readable = process.stdin, output: Writable = process.stderr): Prompter {
  // On a pipe the prompts read the first answer and lose the rest (each question opens its own reader), which then
  // looks like a cancel: say instead that a terminal is needed, and what to use without one.
  const load = () => {
    if (!(input as Readable & { isTTY?: boolean }).isTTY) return Promise.reject(new UserError(msg('cli.needs-terminal')));
    return import('@inquirer/prompts');
  };
  let theme = promptTheme(english());
  return {
    speak: (words) => { theme = promptTheme(words); },
    input: async (q) => (await load()).input({ message: q.message, default: q.default, validate: q.validate }),
    // Inquirer's own confirm knows only English y/n and takes any other answer as the default ("sí" became No):
    // asked as text, read in the organizer's language, and asked again when unclear.
    confirm: async (q) => {
      const byDefault = q.default ?? true;
      const read = (value: string) => theme.readYesNo(value, byDefault);
      const answer = await (await load()).input({
        message: `${q.message} ${theme.confirm.style.defaultAnswer(byDefault ? 'Y/n' : 'y/N')}`,
        validate: (value) => (read(value) === undefined ? theme.unclearYesNo() : true),
        transformer: (value, { isFinal }) => (isFinal ? theme.yesNo(read(value) ?? byDefault) : value),
      });
      return read(answer) ?? byDefault;
    },
    select: async <T>(q: { message: string; choices: Array<Choice<T>>; default?: T }) => (await load()).select<T>({ message: q.message, choices: q.choices, default: q.default, theme: theme.select }),
    editor: async (q) => {
      const answer = await (await load()).input({ message: q.hint ? `${q.message} ${q.hint}` : q.message, default: q.default });
      if (answer.trim() !== '') return answer;
      if (q.pasteHint) output.write(`${q.pasteHint}\n`);
      return readPastedText(input, output);
    },
  };
}

/**
 * The prompts, saying without a terminal what the command can do instead (`message`) rather than the shared words,
 * which cannot know the command's files.
 */
export function withoutTerminalSaying(prompter: Prompter, message: Message): Prompter {
  const mapped = <T>(asked: Promise<T>): Promise<T> => asked.catch((error: unknown) => {
    const text = error instanceof UserError ? error.text : undefined;
    if (typeof text === 'object' && text.key === 'cli.needs-terminal') throw new UserError(message, error instanceof UserError ? error.location : {}, { cause: error });
    throw error;
  });
  return {
    ...prompter,
    input: (q) => mapped(prompter.input(q)),
    confirm: (q) => mapped(prompter.confirm(q)),
    select: (q) => mapped(prompter.select(q)),
    editor: (q) => mapped(prompter.editor(q)),
  };
}
