// A follow-up delivery's own figures (signers delivered before, new signers it carries), for `count --delivery`.
import type { Campaign, Delivery } from '../campaign/campaign-schema.js';
import type { DedupeRun } from '../pipeline/run-dedupe.js';
import type { ScanOptions } from '../pipeline/scan-sources.js';
import { deliveredBefore } from './delivered-before.js';
import { openKeyedLedger } from './keyed-ledger.js';
import { ledgerPath } from './ledger-files.js';
import { keysNow } from './new-signers.js';
import { readLedger } from './read-ledger.js';

export type FollowUpFigures =
  | { since: string; deliveredBefore: number; newSigners: number }
  /** A delivery of the chain is not marked delivered yet: the packet would refuse to build. */
  | { since: string; waitingFor: string };

/** Null for a delivery that follows none. `run` must have its per-row outcome (not a counts-only run). */
export async function followUpFigures(campaign: Campaign, delivery: Delivery, run: DedupeRun, scanOptions: ScanOptions): Promise<FollowUpFigures | null> {
  if (delivery.since === undefined) return null;
  const ledgerFile = ledgerPath(campaign.file);
  const ledger = await readLedger(ledgerFile);
  const keyed = ledger.entries.length ? await openKeyedLedger(ledgerFile, campaign.file) : null;
  const sinceOf = (id: string) => campaign.deliveries.find((d) => d.id === id)?.since;
  const chain = deliveredBefore(keyed?.entries ?? [], delivery.since, sinceOf);
  if ('missing' in chain || !keyed) return { since: delivery.since, waitingFor: 'missing' in chain ? chain.missing : delivery.since };
  const { newSigners } = await keysNow(run, scanOptions, [chain], keyed.keyer);
  return { since: delivery.since, deliveredBefore: chain.signers, newSigners: newSigners.get(chain) ?? 0 };
}
