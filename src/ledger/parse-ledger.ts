// Ledger text → entries. A torn last line (a process killed mid-write) is ignored, never counted; so is a damaged line.
// A last line that reads as a whole record is a record though its newline is missing (an editor, a copy dropped it),
// and a byte order mark (Notepad saves one) is not part of the first line.
import { keysDigest, type LedgerEntry } from './ledger-entry.js';
import { isMessage, msg, type Message } from '../i18n/message.js';
import { ChainWalk } from './ledger-chain.js';

export interface LedgerProblem {
  /** 1-based line number in the ledger file. */
  line: number;
  message: Message;
}

export interface ParsedLedger {
  entries: LedgerEntry[];
  problems: LedgerProblem[];
  /** Bytes up to the end of the last complete line: an append starts here, cutting a torn tail (kept aside first). */
  completeBytes: number;
  /** The last record has no newline after it: an append writes one first. */
  needsNewline: boolean;
}

const BOM = '\uFEFF';

const KEY_PATTERN = /^[0-9a-f]{16}$/;

export function parseLedger(text: string): ParsedLedger {
  const entries: LedgerEntry[] = [];
  const problems: LedgerProblem[] = [];
  const lastNewline = text.lastIndexOf('\n');
  let complete = text.slice(0, lastNewline + 1);
  const lines = (complete.startsWith(BOM) ? complete.slice(BOM.length) : complete).split('\n');
  lines.pop(); // the empty string after the final newline
  const chain = new ChainWalk();
  let broken = false;
  const take = (entry: LedgerEntry, line: number) => {
    entries.push(entry);
    // The first break is named; the lines after it are followed from the line actually before them.
    if (!chain.linked(entry) && !broken) {
      broken = true;
      problems.push({ line, message: msg('ledger.problem.chain-broken') });
    }
  };
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const entry = readEntry(line);
    if (isMessage(entry)) {
      problems.push({ line: index + 1, message: entry });
      chain.unreadable();
    } else take(entry, index + 1);
  });
  let needsNewline = false;
  const tail = text.slice(complete.length);
  if (tail.trim() !== '') {
    const entry = readEntry(complete === '' && tail.startsWith(BOM) ? tail.slice(BOM.length) : tail);
    if (isMessage(entry)) {
      problems.push({ line: lines.length + 1, message: msg('ledger.problem.unfinished') });
    } else {
      take(entry, lines.length + 1);
      complete = text;
      needsNewline = true;
    }
  }
  return { entries, problems, completeBytes: Buffer.byteLength(complete, 'utf8'), needsNewline };
}

function readEntry(line: string): LedgerEntry | Message {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return msg('ledger.problem.not-json');
  }
  if (typeof value !== 'object' || value === null) return msg('ledger.problem.not-entry');
  const entry = value as Partial<LedgerEntry>;
  if (typeof entry.delivery !== 'string' || typeof entry.date !== 'string' || !Array.isArray(entry.keys)) {
    return msg('ledger.problem.incomplete');
  }
  if (!entry.keys.every((key) => typeof key === 'string' && KEY_PATTERN.test(key))) return msg('ledger.problem.bad-key');
  for (const more of [entry.weakKeys, entry.rowKeys]) {
    if (more !== undefined && !(Array.isArray(more) && more.every((key) => typeof key === 'string' && KEY_PATTERN.test(key)))) return msg('ledger.problem.bad-key');
  }
  if (entry.keysSha256 !== keysDigest(entry.keys) || entry.signers !== entry.keys.length) {
    return msg('ledger.problem.hash-mismatch', { delivery: entry.delivery });
  }
  return {
    delivery: entry.delivery,
    date: entry.date,
    markedAt: String(entry.markedAt ?? ''),
    ...(typeof entry.target === 'string' ? { target: entry.target } : {}),
    ...(typeof entry.since === 'string' ? { since: entry.since } : {}),
    signers: entry.signers,
    total: typeof entry.total === 'number' ? entry.total : entry.signers,
    keysSha256: entry.keysSha256,
    signerListFingerprint: String(entry.signerListFingerprint ?? ''),
    manifestSha256: String(entry.manifestSha256 ?? ''),
    ...(typeof entry.packetFingerprint === 'string' ? { packetFingerprint: entry.packetFingerprint } : {}),
    ...(isDecisionsRecord(entry.decisions) ? { decisions: { sha256: entry.decisions.sha256, count: entry.decisions.count } } : {}),
    sources: Array.isArray(entry.sources) ? entry.sources.map(String) : [],
    ...(typeof entry.keyId === 'string' ? { keyId: entry.keyId } : {}),
    ...(typeof entry.previousSeal === 'string' ? { previousSeal: entry.previousSeal } : {}),
    keys: entry.keys,
    ...(entry.weakKeys !== undefined ? { weakKeys: entry.weakKeys } : {}),
    ...(entry.rowKeys !== undefined ? { rowKeys: entry.rowKeys } : {}),
    ...(signerIndexes(entry.weakKeysSigner, entry.weakKeys, entry.keys.length) ? { weakKeysSigner: entry.weakKeysSigner } : {}),
    ...(signerIndexes(entry.rowKeysSigner, entry.rowKeys, entry.keys.length) ? { rowKeysSigner: entry.rowKeysSigner } : {}),
    ...(typeof entry.mac === 'string' ? { mac: entry.mac } : {}),
  };
}

/**
 * Whether `indexes` gives, for each of `keys`, a listed signer (an index below `signers`). One that does not is left out:
 * the line's MAC then no longer checks and says so, and status counts that line's signers as an older version did.
 */
function signerIndexes(indexes: unknown, keys: readonly string[] | undefined, signers: number): indexes is number[] {
  return Array.isArray(indexes) && keys !== undefined && indexes.length === keys.length && indexes.every((i) => Number.isInteger(i) && i >= 0 && i < signers);
}

function isDecisionsRecord(value: unknown): value is { sha256: string; count: number } {
  const record = value as { sha256?: unknown; count?: unknown } | null | undefined;
  return typeof record?.sha256 === 'string' && typeof record.count === 'number';
}
