// The one module that asks a person questions. Tests pass a scripted Prompter; nothing here needs a TTY otherwise.
export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

export interface Prompter {
  input(question: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(question: { message: string; choices: Array<Choice<T>>; default?: T }): Promise<T>;
  /** Multi-line text (a petition text): typed or pasted, ended with an empty line, or a path to a file. */
  editor(question: { message: string; default?: string }): Promise<string>;
}

/** The real prompts, loaded only when a command asks its first question. Ctrl-C raises ExitPromptError. */
export function inquirerPrompter(): Prompter {
  const load = () => import('@inquirer/prompts');
  return {
    input: async (q) => (await load()).input({ message: q.message, default: q.default, validate: q.validate }),
    confirm: async (q) => (await load()).confirm({ message: q.message, default: q.default }),
    select: async <T>(q: { message: string; choices: Array<Choice<T>>; default?: T }) => (await load()).select<T>({ message: q.message, choices: q.choices, default: q.default }),
    editor: async (q) => (await load()).input({ message: `${q.message} (one line, or a path to a text file)`, default: q.default }),
  };
}
