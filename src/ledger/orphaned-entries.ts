// A ledger line whose delivery id the campaign no longer defines: the delivery was renamed or removed in the campaign
// file after it was marked. Said, never passed over: otherwise the renamed delivery reads as undelivered and the
// same packet is marked a second time under its new id. Which delivery of the campaign it is, is told by what
// identifies its packet (the manifest's hash, its target and date), not by the date alone: two deliveries on one day
// to two officials are two packets.
import { basename } from 'node:path';
import { msg, type Message } from '../i18n/message.js';
import type { LedgerEntry } from './ledger-entry.js';

/** The latest line of each delivery the ledger records that `deliveryIds` does not name, in ledger order. */
export function orphanedEntries(entries: readonly LedgerEntry[], deliveryIds: readonly string[]): LedgerEntry[] {
  const defined = new Set(deliveryIds);
  const latest = new Map<string, LedgerEntry>();
  for (const entry of entries) if (!defined.has(entry.delivery)) latest.set(entry.delivery, entry);
  return [...latest.values()];
}

/**
 * Whether a delivery of the campaign is the packet an orphaned line recorded:
 * - `same`: the packet folder holds the manifest the line pins (`folderManifestSha256`), or the line names the
 *   delivery's target and date;
 * - `other`: the line names another target or another day, or its packet folder holds another packet;
 * - `date-only`: a line of an older version (no target) of the same day: nothing but the date to go by.
 */
export type OrphanMatch = 'same' | 'other' | 'date-only';

export function matchOrphan(orphan: LedgerEntry, delivery: { id: string; target: string; date: string }, folderManifestSha256?: string): OrphanMatch {
  if (folderManifestSha256 !== undefined && orphan.manifestSha256 !== '' && folderManifestSha256 === orphan.manifestSha256) return 'same';
  if (orphan.date !== delivery.date) return 'other';
  if (orphan.target !== undefined) return orphan.target === delivery.target ? 'same' : 'other';
  return 'date-only';
}

/**
 * The campaign's deliveries not marked in the ledger that an orphaned line may be, renamed: those of its target and
 * date; for a line without a target, those of its date, when only one delivery has it.
 */
export function renamedAs(orphan: LedgerEntry, deliveries: readonly { id: string; target: string; date: string }[], marked: ReadonlySet<string>): string[] {
  const unmarked = deliveries.filter((d) => !marked.has(d.id));
  const same = unmarked.filter((d) => matchOrphan(orphan, d) === 'same');
  if (same.length || orphan.target !== undefined) return same.map((d) => d.id);
  const sameDay = unmarked.filter((d) => matchOrphan(orphan, d) === 'date-only');
  return sameDay.length === 1 ? [sameDay[0].id] : [];
}

export function orphanedMessage(entry: LedgerEntry, campaignFile: string, renamed: readonly string[] = []): Message {
  return msg('ledger.orphaned', { delivery: entry.delivery, date: entry.date, signers: entry.signers, file: basename(campaignFile), renamed: renamed.length ? renamed.join(', ') : 'none' });
}
