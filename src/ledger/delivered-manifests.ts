// The packets a campaign has handed over, as the ledger pins them: the SHA-256 of each delivered packet's manifest.
import { ledgerPath } from './ledger-files.js';
import { readLedger } from './read-ledger.js';

export async function deliveredManifests(campaignPath: string): Promise<Set<string>> {
  const ledger = await readLedger(ledgerPath(campaignPath));
  return new Set(ledger.entries.map((entry) => entry.manifestSha256).filter(Boolean));
}
