// Reads a campaign's ledger from disk; a missing ledger is an empty one.
import { promises as fsp } from 'node:fs';
import { UserError } from '../errors.js';
import { byteOffset, decodeLedger, type LedgerEncoding } from './decode-ledger.js';
import { parseLedger, type ParsedLedger } from './parse-ledger.js';
import { msg } from '../i18n/message.js';

export interface ReadLedger extends ParsedLedger {
  /** How the file is encoded and its lines end: an appended line is written the same way. */
  encoding: LedgerEncoding;
  crlf: boolean;
}

export async function readLedger(path: string): Promise<ReadLedger> {
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], problems: [], completeBytes: 0, needsNewline: false, encoding: 'utf-8', crlf: false };
    throw new UserError(msg('ledger.unreadable', { reason: (error as NodeJS.ErrnoException).code ?? String(error) }), { file: path }, { cause: error });
  }
  const decoded = decodeLedger(bytes);
  const parsed = parseLedger(decoded.text);
  const completeBytes = parsed.needsNewline ? bytes.length : byteOffset(bytes, decoded, decoded.text.lastIndexOf('\n') + 1);
  return { ...parsed, completeBytes, encoding: decoded.encoding, crlf: decoded.crlf };
}
