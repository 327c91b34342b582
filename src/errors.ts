// The one error type for the user's mistakes: caught once in src/cli, printed without a stack, exit code 2.
import type { Message } from './i18n/message.js';
import { english, type Translator } from './i18n/translator.js';
import { visibleInLine } from './text/visible-in-line.js';

export interface UserErrorLocation {
  file?: string;
  line?: number;
  /** The character on the line (a YAML syntax error), counted from 1. */
  character?: number;
  row?: number;
  column?: string;
}

export class UserError extends Error {
  readonly location: UserErrorLocation;
  /** The message as a catalog entry, said in the organizer's language by src/cli; `message` is its English. */
  readonly text: string | Message;

  constructor(message: string | Message, location: UserErrorLocation = {}, options?: { cause?: unknown }) {
    super(english().say(message), options);
    this.name = 'UserError';
    this.location = location;
    this.text = message;
  }

  /** "file.csv, line 12, column "Email": message", in the language of `words` (English unless told). */
  describe(words: Translator = english()): string {
    const { file, line, character, row, column } = this.location;
    const where = [
      file === undefined ? undefined : visibleInLine(file),
      line !== undefined ? words.t('where.line', { line }) : undefined,
      character !== undefined ? words.t('where.character', { character }) : undefined,
      row !== undefined ? words.t('where.row', { row }) : undefined,
      column !== undefined ? words.t('where.column', { column: visibleInLine(column) }) : undefined,
    ].filter(Boolean).join(', ');
    const message = words.say(this.text);
    return where ? words.t('where.message', { where, message }) : message;
  }
}

/** A file name or header inside one line of a message: a line break in it must not start a forged line. */
export { visibleInLine } from './text/visible-in-line.js';
