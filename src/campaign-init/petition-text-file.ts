// The petition's text given as a file name at `init`: what the named file holds, or why it cannot be the text. An
// empty file, a folder or a PDF/Word document would otherwise become an empty or unreadable petition text (or the
// folder's name as the text): each is refused with what to do instead, on the command line and at the prompt.
import { msg, type Message } from '../i18n/message.js';

/** What a name given as the text names on disk: a folder, a file's bytes, or nothing (the answer is the text). */
export type NamedOnDisk = { kind: 'folder' } | { kind: 'file'; bytes: Uint8Array } | null;

/** Document formats whose text cannot be read as plain text: a missing one is a missing file, not text. */
export const DOCUMENT_NAME = /\.(?:pdf|docx?|odt|rtf)$/iu;

/** The file's text, or the reason it cannot be the petition's text. */
export function petitionTextOfFile(file: string, found: Exclude<NamedOnDisk, null>): { text: string } | Message {
  if (found.kind === 'folder') return msg('init.check.text-is-folder', { file });
  if (DOCUMENT_NAME.test(file) || found.bytes.includes(0)) return msg('init.check.text-not-plain', { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(found.bytes);
  } catch {
    return msg('init.check.text-not-plain', { file });
  }
  if (text.trim() === '') return msg('init.check.text-file-empty', { file });
  return { text };
}
