// Why a file could not be read, in catalog form: the system's own words (ENOENT, EACCES) are not the organizer's.
import { msg, type Message } from '../i18n/message.js';

export function fileErrorText(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return msg('read.no-such-file');
  if (code === 'EISDIR') return msg('read.is-folder');
  return msg('read.cannot-read', { reason: code ?? (error instanceof Error ? error.message : String(error)) });
}
