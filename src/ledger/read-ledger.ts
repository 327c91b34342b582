// Reads a campaign's ledger from disk; a missing ledger is an empty one.
import { promises as fsp } from 'node:fs';
import { UserError } from '../errors.js';
import { parseLedger, type ParsedLedger } from './parse-ledger.js';
import { msg } from '../i18n/message.js';

export async function readLedger(path: string): Promise<ParsedLedger> {
  let text: string;
  try {
    text = await fsp.readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], problems: [], completeBytes: 0, needsNewline: false };
    throw new UserError(msg('ledger.unreadable', { reason: (error as NodeJS.ErrnoException).code ?? String(error) }), { file: path }, { cause: error });
  }
  return parseLedger(text);
}
