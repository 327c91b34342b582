// What `status` must not let pass in silence: a delivered export gone from the campaign, delivered signers no longer found.
import type { LedgerEntry } from '../ledger/ledger-entry.js';
import type { Message } from '../i18n/message.js';
import { counted, pluralForm } from '../text/counted.js';

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
 * `presentKeys` holds the signer key of every accepted row now (not only kept rows), so a signer whose
 * kept row changed is still found.
 */
export function ledgerFlags(entries: readonly LedgerEntry[], sourcesNow: readonly string[], presentKeys: { has(key: string): boolean }): StatusFlag[] {
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
    let missing = 0;
    for (const key of entry.keys) if (!presentKeys.has(key)) missing++;
    if (missing > 0) {
      flags.push({
        code: 'delivered-signers-missing', delivery: entry.delivery, count: missing, delivered: entry.signers,
        message: `${missing.toLocaleString('en-US')} of the ${counted(entry.signers, 'signer')} delivered in ${entry.delivery} ${pluralForm({ one: 'is', other: 'are' }, missing)} no longer in the exports; the delivered total still counts them`,
      });
    }
  }
  return flags;
}
