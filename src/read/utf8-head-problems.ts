// Tells the user of a file's start read as UTF-8 in a file of another encoding (utf8-head.ts): the file is read, but
// mixes encodings, and a name garbled in either part is theirs to check.
import type { Problem } from '../types.js';
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import type { Utf8Head } from './utf8-head.js';

export function utf8HeadProblems(file: string, head: Utf8Head, encoding: string): Problem[] {
  const { utf8Lines } = head;
  // A mark before a UTF-8 header is that header's own: the mixing is said by its lines.
  const message = utf8Lines.length > 0
    ? msg('problem.utf8-head', { count: utf8Lines.length, lines: utf8Lines.join(', '), from: utf8Lines.at(-1)! + 1, encoding })
    : msg('problem.utf8-mark', { encoding });
  return [withText({ source: file, line: utf8Lines[0] ?? 1, code: 'mixed_encoding', message: english().say(message) }, message)];
}
