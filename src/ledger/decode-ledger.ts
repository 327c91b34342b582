// A ledger's bytes as text, decoded as exports are: a byte order mark or UTF-16's zero bytes settle the encoding.
// Notepad's "Unicode" and PowerShell 5's Set-Content re-save a ledger as UTF-16LE with CRLF; it must still read.
import { fixedEncoding } from '../read/sniff-encoding.js';

export type LedgerEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedLedger {
  /** The text, its byte order mark (if any) kept as U+FEFF so that lengths map back to bytes. */
  text: string;
  encoding: LedgerEncoding;
  /** Lines end in CRLF: a line appended ends the same way. */
  crlf: boolean;
}

export function decodeLedger(bytes: Buffer): DecodedLedger {
  const sniffed = fixedEncoding(bytes)?.encoding;
  const encoding: LedgerEncoding = sniffed === 'utf-16le' || sniffed === 'utf-16be' ? sniffed : 'utf-8';
  const text = encoding === 'utf-8' ? bytes.toString('utf8')
    : encoding === 'utf-16le' ? bytes.toString('utf16le')
      : Buffer.from(bytes.subarray(0, bytes.length & ~1)).swap16().toString('utf16le');
  const firstBreak = text.indexOf('\n');
  return { text, encoding, crlf: firstBreak > 0 && text[firstBreak - 1] === '\r' };
}

export function encodeLedgerText(text: string, encoding: LedgerEncoding): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes = Buffer.from(text, 'utf16le');
  return encoding === 'utf-16le' ? bytes : bytes.swap16();
}

/** Bytes up to the end of `text.slice(0, chars)`: UTF-16 has two bytes a code unit; UTF-8 is counted on the raw bytes. */
export function byteOffset(bytes: Buffer, decoded: DecodedLedger, chars: number): number {
  if (chars >= decoded.text.length) return bytes.length;
  if (decoded.encoding !== 'utf-8') return chars * 2;
  // A damaged UTF-8 byte decodes to U+FFFD (three bytes): count the raw line breaks instead of re-encoding.
  const breaks = decoded.text.slice(0, chars).split('\n').length - 1;
  let offset = 0;
  for (let i = 0; i < breaks; i++) offset = bytes.indexOf(0x0a, offset) + 1;
  return offset;
}
