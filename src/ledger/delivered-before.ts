// Which signers a follow-up delivery must leave out: those carried by the delivery it follows and that one's own predecessors.
import type { LedgerEntry } from './ledger-entry.js';
import { ShardedSet } from '../dedupe/sharded-map.js';

export interface DeliveredBefore {
  /** The chain, nearest first: the `since` delivery, then the one it followed, and so on. */
  chain: LedgerEntry[];
  /** The keys of every row the chain's lists were made of and, where recorded, of those signers' other rows. */
  keys: ShardedSet<string>;
  /** The chain's weak keys (name + country of every listed signer), each with how many delivered signers had it. */
  weakKeys: Map<string, number>;
  /** Lines of the chain an older version wrote without weak keys: a signer they carried whose address was corrected since is not recognised. */
  withoutWeakKeys: LedgerEntry[];
  /**
   * The total the nearest delivery's letter stated, as its ledger line records it: a correction it already made (a
   * review decision, a withdrawal) is not made again by the next one. The chain's keys may be more (two rows of one
   * person, both delivered before they were found to be one).
   */
  signers: number;
}

/**
 * `sinceOf` maps a delivery id to the id it follows (from campaign.yaml). Returns the missing delivery id
 * instead when a delivery of the chain was never marked delivered.
 */
export function deliveredBefore(entries: readonly LedgerEntry[], since: string, sinceOf: (id: string) => string | undefined): DeliveredBefore | { missing: string } {
  const chain: LedgerEntry[] = [];
  const keys = new ShardedSet<string>();
  const weakKeys = new Map<string, number>();
  const withoutWeakKeys: LedgerEntry[] = [];
  const seen = new Set<string>();
  for (let id: string | undefined = since; id !== undefined && !seen.has(id); id = sinceOf(id)) {
    seen.add(id);
    const entry = latestEntry(entries, id);
    if (!entry) return { missing: id };
    chain.push(entry);
    for (const key of entry.keys) keys.add(key);
    for (const key of entry.rowKeys ?? []) keys.add(key);
    if (entry.weakKeys === undefined) withoutWeakKeys.push(entry);
    for (const key of entry.weakKeys ?? []) weakKeys.set(key, (weakKeys.get(key) ?? 0) + 1);
  }
  return { chain, keys, weakKeys, withoutWeakKeys, signers: chain[0]?.total ?? keys.size };
}

/** The last line for a delivery wins (a delivery is normally marked once; the ledger refuses a second mark). */
export function latestEntry(entries: readonly LedgerEntry[], delivery: string): LedgerEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].delivery === delivery) return entries[i];
  return undefined;
}
