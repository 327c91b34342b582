// A ledger line whose delivery id the campaign no longer defines: the delivery was renamed or removed in the campaign
// file after it was marked. Said, never passed over: otherwise the renamed delivery reads as undelivered and the
// same packet is marked a second time under its new id.
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

export function orphanedMessage(entry: LedgerEntry, campaignFile: string): Message {
  return msg('ledger.orphaned', { delivery: entry.delivery, date: entry.date, signers: entry.signers, file: basename(campaignFile) });
}
