// A message not yet put into words: a catalog key and its values. Deep code (readers, checks) returns or throws these;
// src/cli says them in the organizer's language, and the English text stays available for logs and tests.
import { visibleInLine } from '../text/visible-in-line.js';

/** A value of a message; a Message inside is said in the same language ("read as {order}", the order its own entry). */
export type MessageValue = string | number | Date | Message | LanguageNamed;
export type MessageValues = Readonly<Record<string, MessageValue>>;

export interface Message {
  readonly key: string;
  readonly values: MessageValues;
}

/**
 * String values are made one line here, where deep code hands over cell text and file names: whatever path the message
 * then takes (a warning, an error, inspect's problems, --json), a line break inside a value cannot forge a line.
 */
export function msg(key: string, values: MessageValues = {}): Message {
  const oneLineValues: Record<string, MessageValue> = {};
  for (const [name, value] of Object.entries(values)) oneLineValues[name] = typeof value === 'string' ? visibleInLine(value) : value;
  return { key, values: oneLineValues };
}

/**
 * Gives `target` its message in catalog form, not enumerable: JSON output (--json) keeps only the English `message`,
 * identical in every language, while the terminal says `text` in the organizer's language.
 */
export function withText<T extends object>(target: T, text: Message): T & { readonly text?: Message } {
  return Object.defineProperty(target, 'text', { value: text, enumerable: false });
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).key === 'string' && typeof (value as Message).values === 'object';
}

/** A language named in the words of the language a message is said in: "Korean (ko)", "한국어(ko)", "coreano (ko)". */
export interface LanguageNamed {
  readonly languageNamed: string;
}

export function languageNamed(code: string): LanguageNamed {
  return { languageNamed: code };
}

export function isLanguageNamed(value: unknown): value is LanguageNamed {
  return typeof value === 'object' && value !== null && typeof (value as LanguageNamed).languageNamed === 'string';
}

/** The messages with each said once: two letters missing the same translation make one warning. */
export function distinctMessages(messages: readonly Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((message) => {
    const said = JSON.stringify(message);
    if (seen.has(said)) return false;
    seen.add(said);
    return true;
  });
}
