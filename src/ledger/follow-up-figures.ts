// A delivery's own figures, as its packet states them: the signatures up to its day, and for a follow-up the signers
// delivered before that are still counted and the new ones it carries. `packet`, `count --delivery` and `status` all
// take them from here, so they give one number.
import type { Campaign, Delivery } from '../campaign/campaign-schema.js';
import { runDedupe, type DedupeRun, type DedupeRunOptions } from '../pipeline/run-dedupe.js';
import type { ScanOptions } from '../pipeline/scan-sources.js';
import { deliveredBefore, type DeliveredBefore } from './delivered-before.js';
import { openKeyedLedger, type KeyedLedger } from './keyed-ledger.js';
import { ledgerPath } from './ledger-files.js';
import { keysNow } from './new-signers.js';
import { namesakeProblems, unmatchedNamesakeProblems, withoutWeakKeysProblems } from './delivered-matcher.js';
import { withUndatedReplaced } from '../pipeline/undated-rows.js';
import { readLedger } from './read-ledger.js';
import { checkLedgerTail, headPath, refuseLostTail } from './ledger-head.js';
import { existsSync } from 'node:fs';

export type FollowUpFigures =
  | FollowUpCounts & { since: string }
  /** A delivery of the chain is not marked delivered yet: the packet would refuse to build. */
  | { since: string; waitingFor: string };

/** How a follow-up's total splits: the earlier packets' signers still counted, those no longer counted, and the new ones. */
export interface FollowUpCounts {
  /** Signers the earlier packet(s) delivered, as the ledger recorded them. */
  deliveredBefore: number;
  /** Of those, the ones the current tally still counts (a row withdrawn or two rows decided one person are not). */
  stillCounted: number;
  noLongerCounted: number;
  /** Signers none of whose rows an earlier packet delivered: the follow-up's own list. */
  newSigners: number;
}

/** `unique` is the delivery's tally (its window); `deliveredSigners` how many of its signers an earlier packet carried. */
export function followUpCounts(before: DeliveredBefore, unique: number, deliveredSigners: number): FollowUpCounts {
  return { deliveredBefore: before.signers, stillCounted: deliveredSigners, noLongerCounted: Math.max(0, before.signers - deliveredSigners), newSigners: unique - deliveredSigners };
}

/** Null for a delivery that follows none. `run` must have its per-row outcome (not a counts-only run). */
export async function followUpFigures(campaign: Campaign, delivery: Delivery, run: DedupeRun, scanOptions: ScanOptions, ledger?: KeyedLedger | null): Promise<FollowUpFigures | null> {
  if (delivery.since === undefined) return null;
  const keyed = ledger === undefined ? await openLedgerOf(campaign) : ledger;
  const sinceOf = (id: string) => campaign.deliveries.find((d) => d.id === id)?.since;
  const chain = deliveredBefore(keyed?.entries ?? [], delivery.since, sinceOf);
  if ('missing' in chain || !keyed) return { since: delivery.since, waitingFor: 'missing' in chain ? chain.missing : delivery.since };
  const { newSigners, unsettled, undated, unmatched } = await keysNow(run, scanOptions, [chain], keyed.keyer, campaign.namesakes);
  withUndatedReplaced(run.scan.problems, undated.get(chain) ?? []);
  // Said where the figures are: `count --delivery` prints the run's problems, as the packet does.
  run.scan.problems.push(...withoutWeakKeysProblems(chain, ledgerPath(campaign.file)), ...namesakeProblems(unsettled.get(chain) ?? [], chain.chain[0].delivery, campaign.file),
    ...unmatchedNamesakeProblems(unmatched.get(chain) ?? [], campaign.file));
  const unique = run.counts.unique;
  return { since: delivery.since, ...followUpCounts(chain, unique, unique - (newSigners.get(chain) ?? 0)) };
}

/**
 * The campaign's ledger, keyed; null when it was never used. A ledger that lost lines, or whose recorded end is gone or
 * edited, is refused (exit 2) as `packet` and `status` refuse it: a count built on it would state a wrong follow-up.
 */
async function openLedgerOf(campaign: Campaign): Promise<KeyedLedger | null> {
  const ledgerFile = ledgerPath(campaign.file);
  const ledger = await readLedger(ledgerFile);
  if (!ledger.entries.length && !existsSync(headPath(ledgerFile))) return null;
  const keyed = await openKeyedLedger(ledgerFile, campaign.file);
  refuseLostTail(await checkLedgerTail(ledgerFile, keyed.entries, keyed.keyer), ledgerFile, campaign.file);
  return keyed;
}

/** One delivery's tally: the run over the signatures up to its day, and its follow-up figures. */
export interface DeliveryTally {
  run: DedupeRun;
  /** Unique signers the delivery's documents state as the total. */
  signers: number;
  followUp: FollowUpFigures | null;
}

/** `scanOptions` must carry the delivery's window (deliveryScanOptions). */
export async function deliveryTally(
  campaign: Campaign, delivery: Delivery, scanOptions: ScanOptions, options: Pick<DedupeRunOptions, 'exact' | 'decisions' | 'collectGarbage'>, ledger?: KeyedLedger | null,
): Promise<DeliveryTally> {
  const run = await runDedupe({ ...scanOptions, ...options });
  const followUp = await followUpFigures(campaign, delivery, run, { ...scanOptions, onProgress: undefined }, ledger);
  return { run, signers: run.counts.unique, followUp };
}
