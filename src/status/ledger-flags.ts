// What `status` must not let pass in silence: a delivered export gone from the campaign, delivered signers no longer found.
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import type { Message } from '../i18n/message.js';
import { counted, pluralForm } from '../text/counted.js';
import { latestEntry } from '../ledger/delivered-before.js';

export interface StatusFlag {
  code: 'source-removed' | 'delivered-signers-missing' | 'delivered-namesakes' | 'ledger-damaged' | 'ledger-tampered' | 'ledger-tail-lost' | 'ledger-head-tampered' | 'ledger-head-missing' | 'ledger-head-rebuilt' | 'ledger-tail-recorded-now' | 'ledger-orphaned' | 'sheets-not-returned' | 'sheets-unchecked' | 'review-decisions';
  message: string;
  /** `message` in catalog form for the terminal; not enumerable, so --json keeps the English. */
  readonly text?: Message;
  delivery?: string;
  path?: string;
  count?: number;
  /** source-removed: the deliveries the export was part of. */
  deliveries?: string[];
  /** delivered-signers-missing: how many signers that delivery delivered. */
  delivered?: number;
}

/**
 * `missing` holds, per marked delivery, how many of the signers its own list carried no signer counted now is: matched
 * as a follow-up matches them (src/ledger/new-signers.ts), so status and the follow-up's letter give one number.
 */
export function ledgerFlags(entries: readonly LedgerEntry[], sourcesNow: readonly string[], missing: ReadonlyMap<string, number>): StatusFlag[] {
  const flags: StatusFlag[] = [];
  const current = new Set(sourcesNow);
  const removed = new Map<string, string[]>();
  for (const entry of entries) {
    for (const path of entry.sources) {
      if (!current.has(path)) removed.set(path, [...(removed.get(path) ?? []), entry.delivery]);
    }
  }
  for (const [path, deliveries] of removed) {
    flags.push({ code: 'source-removed', path, deliveries, message: `${path} was part of delivery ${deliveries.join(', ')} but is no longer in the campaign` });
  }
  for (const entry of entries) {
    const gone = missing.get(entry.delivery) ?? 0;
    // The last line for a delivery is the one its list is read from (latestEntry).
    if (gone > 0 && latestEntry(entries, entry.delivery) === entry) {
      flags.push({
        code: 'delivered-signers-missing', delivery: entry.delivery, count: gone, delivered: entry.signers,
        message: `${gone.toLocaleString('en-US')} of the ${counted(entry.signers, 'signer')} delivered in ${entry.delivery} ${pluralForm({ one: 'is', other: 'are' }, gone)} no longer in the exports; a follow-up no longer counts them in its total, and its letter says so`,
      });
    }
  }
  return flags;
}
