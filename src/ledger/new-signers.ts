// Which of today's signers a follow-up delivery would carry: the ones none of whose rows an earlier packet delivered.
import { outcomeOf, type DedupeRun } from '../pipeline/run-dedupe.js';
import { scanSources } from '../pipeline/scan-sources.js';
import { signerKey } from '../dedupe/signer-key.js';
import { ShardedSet } from '../dedupe/sharded-map.js';
import type { LedgerKeyer } from './signer-secret.js';
import type { DeliveredBefore } from './delivered-before.js';

/**
 * Pass 2: the key of every accepted row (for the ledger checks), and for each follow-up chain the number of
 * signers none of whose rows was delivered before.
 */
export async function keysNow(run: DedupeRun, scanOptions: Parameters<typeof scanSources>[0], chains: DeliveredBefore[], keyer: LedgerKeyer): Promise<{ keys: ShardedSet<string>; newSigners: Map<DeliveredBefore, number> }> {
  const keys = new ShardedSet<string>();
  const { cluster, signers } = outcomeOf(run);
  const hit = chains.map(() => new Uint8Array(signers));
  await scanSources(scanOptions, (event) => {
    if (event.kind !== 'accepted') return;
    const key = keyer.key(signerKey(event.signature));
    keys.add(key);
    for (let i = 0; i < chains.length; i++) if (chains[i].keys.has(key)) hit[i][cluster[event.index]] = 1;
  });
  const newSigners = new Map<DeliveredBefore, number>();
  chains.forEach((chain, i) => {
    let delivered = 0;
    for (const flag of hit[i]) delivered += flag;
    newSigners.set(chain, signers - delivered);
  });
  return { keys, newSigners };
}
