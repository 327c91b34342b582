// Builds valid ledger entries for tests: n distinct 16-hex keys, the digest and counts filled in.
import { createHash } from 'node:crypto';
import { keysDigest, type LedgerEntry } from '../../src/ledger/ledger-entry.js';

export function makeKeys(n: number, seed: string): string[] {
  return Array.from({ length: n }, (_, i) => createHash('sha256').update(`${seed}:${i}`).digest('hex').slice(0, 16)).sort();
}

export function makeEntry(delivery: string, keys: string[], extra: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    delivery, date: '2025-12-10', markedAt: '2025-12-09T12:00:00.000Z', signers: keys.length, total: keys.length,
    keysSha256: keysDigest(keys), signerListFingerprint: keysDigest(keys).slice(0, 12), manifestSha256: 'f'.repeat(64),
    sources: ['../exports/a.csv'], keys, ...extra,
  };
}
