// Ledger text → entries. A torn last line (a process killed mid-write) is ignored, never counted; so is a damaged line.
import { keysDigest, type LedgerEntry } from './ledger-entry.js';

export interface LedgerProblem {
  /** 1-based line number in the ledger file. */
  line: number;
  message: string;
}

export interface ParsedLedger {
  entries: LedgerEntry[];
  problems: LedgerProblem[];
  /** Bytes up to the end of the last complete line: an append starts here, cutting a torn tail. */
  completeBytes: number;
}

const KEY_PATTERN = /^[0-9a-f]{16}$/;

export function parseLedger(text: string): ParsedLedger {
  const entries: LedgerEntry[] = [];
  const problems: LedgerProblem[] = [];
  const lastNewline = text.lastIndexOf('\n');
  const complete = text.slice(0, lastNewline + 1);
  const lines = complete.split('\n');
  lines.pop(); // the empty string after the final newline
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const entry = readEntry(line);
    if (typeof entry === 'string') problems.push({ line: index + 1, message: entry });
    else entries.push(entry);
  });
  if (text.length > complete.length) {
    problems.push({ line: lines.length + 1, message: 'an unfinished last line (a write was interrupted); it is ignored' });
  }
  return { entries, problems, completeBytes: Buffer.byteLength(complete, 'utf8') };
}

function readEntry(line: string): LedgerEntry | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return 'not a JSON line; it is ignored';
  }
  if (typeof value !== 'object' || value === null) return 'not a ledger entry; it is ignored';
  const entry = value as Partial<LedgerEntry>;
  if (typeof entry.delivery !== 'string' || typeof entry.date !== 'string' || !Array.isArray(entry.keys)) {
    return 'a ledger entry needs delivery, date and keys; it is ignored';
  }
  if (!entry.keys.every((key) => typeof key === 'string' && KEY_PATTERN.test(key))) return 'holds a key that is not a signer key; it is ignored';
  if (entry.keysSha256 !== keysDigest(entry.keys) || entry.signers !== entry.keys.length) {
    return `the keys of delivery "${entry.delivery}" do not match their recorded hash or count; it is ignored`;
  }
  return {
    delivery: entry.delivery,
    date: entry.date,
    markedAt: String(entry.markedAt ?? ''),
    ...(typeof entry.since === 'string' ? { since: entry.since } : {}),
    signers: entry.signers,
    total: typeof entry.total === 'number' ? entry.total : entry.signers,
    keysSha256: entry.keysSha256,
    signerListFingerprint: String(entry.signerListFingerprint ?? ''),
    manifestSha256: String(entry.manifestSha256 ?? ''),
    ...(typeof entry.packetFingerprint === 'string' ? { packetFingerprint: entry.packetFingerprint } : {}),
    sources: Array.isArray(entry.sources) ? entry.sources.map(String) : [],
    ...(typeof entry.keyId === 'string' ? { keyId: entry.keyId } : {}),
    keys: entry.keys,
  };
}
