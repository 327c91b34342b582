// Which of today's signers a follow-up delivery would carry: the ones none of whose rows an earlier packet delivered.
import { outcomeOf, type DedupeRun } from '../pipeline/run-dedupe.js';
import { scanSources } from '../pipeline/scan-sources.js';
import { signerKey } from '../dedupe/signer-key.js';
import { ShardedSet } from '../dedupe/sharded-map.js';
import type { LedgerKeyer } from './signer-secret.js';
import type { DeliveredBefore } from './delivered-before.js';
import type { Problem } from '../types.js';
import { CHECK_DIGITS, decisionKey, DeliveredMatcher, keyedWeakKey, type NamesakeDecisions, type UnsettledNamesake } from './delivered-matcher.js';

/**
 * Pass 2: the key of every accepted row (for the ledger checks; with `presentWeakKeys` its weak key too, keyed, unless
 * the campaign's `namesakes` says the row is a new person), and for each follow-up chain the number of
 * signers none of whose rows was delivered before, with the rows held back as possible namesakes (delivered-matcher.ts).
 */
export async function keysNow(
  run: DedupeRun, scanOptions: Parameters<typeof scanSources>[0], chains: DeliveredBefore[], keyer: LedgerKeyer, decisions?: NamesakeDecisions,
  presentWeakKeys?: ShardedSet<string>,
): Promise<{
  keys: ShardedSet<string>; newSigners: Map<DeliveredBefore, number>; unsettled: Map<DeliveredBefore, UnsettledNamesake[]>;
  /** Per chain, the warnings about undated signers that chain did not deliver (its follow-up counts them). */
  undated: Map<DeliveredBefore, Problem[]>;
  /** Per chain, the namesakes decisions no row answers to (delivered-matcher.ts). */
  unmatched: Map<DeliveredBefore, string[]>;
}> {
  const keys = new ShardedSet<string>();
  const { cluster, signers } = outcomeOf(run);
  const matchers = chains.map((chain) => new DeliveredMatcher(chain, keyer.key, signers, decisions));
  const needsWeakKey = presentWeakKeys !== undefined || matchers.some((matcher) => matcher.wantsWeakKey);
  await scanSources(scanOptions, (event) => {
    if (event.kind !== 'accepted') return;
    const key = keyer.key(signerKey(event.signature));
    keys.add(key);
    // One weak key a row, keyed once, for presentWeakKeys and every chain's matcher alike.
    const weak = needsWeakKey ? keyedWeakKey(event.signature, keyer.key) : null;
    if (weak !== null && presentWeakKeys && decisions?.[decisionKey(event.signature.source, event.signature.row, weak.slice(0, CHECK_DIGITS))] !== 'new-person') presentWeakKeys.add(weak);
    for (const matcher of matchers) matcher.row(event.signature, cluster[event.index], key, event.undated, weak);
  });
  const newSigners = new Map<DeliveredBefore, number>();
  const unsettled = new Map<DeliveredBefore, UnsettledNamesake[]>();
  const undated = new Map<DeliveredBefore, Problem[]>();
  const unmatched = new Map<DeliveredBefore, string[]>();
  chains.forEach((chain, i) => {
    const found = matchers[i].finish();
    let delivered = 0;
    for (const flag of found.delivered) delivered += flag;
    newSigners.set(chain, signers - delivered);
    unsettled.set(chain, found.unsettled);
    undated.set(chain, found.undated.problems(scanOptions.windowOf));
    unmatched.set(chain, found.unmatched);
  });
  return { keys, newSigners, unsettled, undated, unmatched };
}
