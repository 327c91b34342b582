// One question, answered by its flag, by a default (with --yes), or by a person at the terminal: init never asks what a flag said.
import { UserError } from '../errors.js';
import type { Choice, Prompter } from '../cli/prompter.js';
import { END_OF_PASTE } from '../cli/read-pasted-text.js';
import type { Check } from './answer-checks.js';
import { msg } from '../i18n/message.js';
import type { Translator } from '../i18n/translator.js';

export interface Question {
  /** The flag that answers it, for messages: `--place`. */
  flag: string;
  message: string;
  /** The flag's value, when given. */
  given?: string;
  default?: string;
  check?: Check;
}

export interface AnswerAsker {
  /** Whether a person is asked (no --yes). */
  readonly interactive: boolean;
  text(question: Question): Promise<string>;
  /** Multi-line text: typed, pasted, or a path to a file. */
  longText(question: Question): Promise<string>;
  choose<T extends string>(question: Omit<Question, 'check'> & { choices: Array<Choice<T>> }): Promise<T>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}

export function answerAsker(prompter: Prompter, interactive: boolean, words: Translator): AnswerAsker {
  const checkOf = (check: Check | undefined) => (check ? (value: string) => { const verdict = check(value); return verdict === true ? true : words.say(verdict); } : undefined);
  const fromFlagOrDefault = (q: Question): string | undefined => {
    if (q.given !== undefined) {
      const verdict = q.check ? q.check(q.given) : true;
      if (verdict !== true) throw new UserError(msg('init.flag-verdict', { flag: q.flag, value: JSON.stringify(q.given), verdict: words.say(verdict) }));
      return q.given.trim();
    }
    if (!interactive) {
      if (q.default !== undefined) return q.default;
      throw new UserError(msg('init.flag-needed', { flag: q.flag, question: q.message.replace(/[:?：]\s*$/, '') }));
    }
    return undefined;
  };
  return {
    interactive,
    async text(q) {
      const known = fromFlagOrDefault(q);
      if (known !== undefined) return known;
      return (await prompter.input({ message: q.message, default: q.default, validate: checkOf(q.check) })).trim();
    },
    async longText(q) {
      const known = fromFlagOrDefault(q);
      if (known !== undefined) return known;
      for (;;) {
        const value = await prompter.editor({ message: q.message, default: q.default, hint: words.t('init.long-text-hint'), pasteHint: words.t('init.paste-hint', { end: END_OF_PASTE }) });
        const verdict = q.check ? q.check(value) : true;
        if (verdict === true) return value;
        // The editor prompt cannot validate as it goes; say what is wrong and ask again.
        if (!(await prompter.confirm({ message: words.t('init.try-again', { verdict: words.say(verdict) }), default: true }))) throw new UserError(msg('init.flag-wrong', { flag: q.flag, verdict: words.say(verdict) }));
      }
    },
    async choose(q) {
      const values = q.choices.map((c) => c.value as string);
      const known = fromFlagOrDefault({ ...q, check: (value) => (values.includes(value.trim()) ? true : msg('check.choose-one', { values: values.join(', ') })) });
      if (known !== undefined) return known as (typeof q.choices)[number]['value'];
      return prompter.select({ message: q.message, choices: q.choices, default: q.default as (typeof q.choices)[number]['value'] | undefined });
    },
    async confirm(message, defaultValue) {
      return interactive ? prompter.confirm({ message, default: defaultValue }) : defaultValue;
    },
  };
}
