// Opens a campaign's ledger for comparing signers: with its keyer, and with entries an older version wrote under a
// plain SHA-256 re-keyed in place, once, so no copy of the ledger lets anyone test an email against it any more.
import { existsSync, promises as fsp } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolders, writeWholeFileAtomic, type OpenWrite } from '../output/atomic-write.js';
import { headPath } from './ledger-head.js';
import { decodeLedger } from './decode-ledger.js';
import { keysDigest, ledgerLine, type LedgerEntry } from './ledger-entry.js';
import { withLedgerLock } from './ledger-lock.js';
import { parseLedger } from './parse-ledger.js';
import { readLedger } from './read-ledger.js';
import { campaignKeyer, type LedgerKeyer } from './signer-secret.js';
import { sortedDistinct } from '../text/sorted-distinct.js';

export interface KeyedLedger {
  keyer: LedgerKeyer;
  entries: LedgerEntry[];
}

/** An entry recorded under the plain hash, as the keyer records it. Its count can only shrink if two keys collide. */
export function keyedEntry(entry: LedgerEntry, keyer: LedgerKeyer): LedgerEntry {
  if (entry.keyId !== undefined) return entry;
  const keys = sortedDistinct(entry.keys.map((key) => keyer.key(key)));
  return { ...entry, signers: keys.length, keysSha256: keysDigest(keys), keyId: keyer.keyId, keys };
}

/**
 * Under the ledger's lock: the keyer (its secret created if need be) and the entries, every one keyed. A ledger with
 * plain-hashed entries is rewritten whole (atomically, 0600), each such line replaced by its keyed form; a line that
 * is not an entry (damaged, torn) is kept as it was, so nothing the ledger held is lost.
 */
export async function openKeyedLedger(ledgerFile: string, campaignFile: string, open?: OpenWrite): Promise<KeyedLedger> {
  await makeFolders(dirname(ledgerFile));
  return withLedgerLock(ledgerFile, async () => {
    const ledger = await readLedger(ledgerFile);
    const ledgerHoldsNothing = !ledger.entries.length && !ledger.problems.length && ledger.completeBytes === 0 && !existsSync(headPath(ledgerFile));
    const keyer = await campaignKeyer(campaignFile, ledger.entries, { ledgerHoldsNothing, open });
    if (ledger.entries.every((entry) => entry.keyId !== undefined)) return { keyer, entries: ledger.entries };
    // Decoded as it was read: a UTF-16 ledger rewritten from its bytes read as UTF-8 would lose every line.
    const { text } = decodeLedger(await fsp.readFile(ledgerFile));
    const lines = text.split(/(?<=\n)/);
    const rewritten = lines.map((line) => {
      const [entry] = line.endsWith('\n') ? parseLedger(line).entries : [];
      return entry && entry.keyId === undefined ? ledgerLine(keyedEntry(entry, keyer)) : line;
    });
    await writeWholeFileAtomic(ledgerFile, rewritten.join(''), { mode: 0o600 });
    return { keyer, entries: ledger.entries.map((entry) => keyedEntry(entry, keyer)) };
  });
}
