// A ledger line carries a MAC under the campaign secret (ledger-entry.ts): a line edited after it was written no
// longer matches it. `verify` checks the line of the packet it verifies; `status` and `packet` check every line they
// build on, so a total or a delivery edited by hand is named wherever the ledger is read with its secret.
import { entryMac, type LedgerEntry } from './ledger-entry.js';
import type { LedgerKeyer } from './signer-secret.js';

/**
 * The lines, as read from the file, whose MAC does not match their content. Lines without a MAC (older versions) are
 * not sealed, not tampered; but every version that chains lines seals them, so a chained line without a MAC had it
 * removed (to pass a hand-mended chain off as an old line).
 */
export function tamperedEntries(entries: readonly LedgerEntry[], keyer: Pick<LedgerKeyer, 'mac'>): LedgerEntry[] {
  return entries.filter((entry) => !sealHolds(entry, keyer));
}

/** Whether a line's seal holds under the campaign secret; an unchained line without a MAC (an older version's) has none to hold. */
export function sealHolds(entry: LedgerEntry, keyer: Pick<LedgerKeyer, 'mac'>): boolean {
  if (entry.mac === undefined) return entry.previousSeal === undefined;
  return entry.mac === entryMac(entry, keyer);
}
