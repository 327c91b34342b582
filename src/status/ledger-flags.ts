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

interface KeySet {
  has(key: string): boolean;
}

/**
 * `presentKeys` holds the signer key of every accepted row now (not only kept rows), so a signer whose
 * kept row changed is still found; `presentWeakKeys` their weak keys (name + country), keyed the same way.
 */
export function ledgerFlags(entries: readonly LedgerEntry[], sourcesNow: readonly string[], presentKeys: KeySet, presentWeakKeys: KeySet = new Set<string>()): StatusFlag[] {
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
    const missing = signersMissing(entry, presentKeys, presentWeakKeys);
    if (missing > 0) {
      flags.push({
        code: 'delivered-signers-missing', delivery: entry.delivery, count: missing, delivered: entry.signers,
        message: `${missing.toLocaleString('en-US')} of the ${counted(entry.signers, 'signer')} delivered in ${entry.delivery} ${pluralForm({ one: 'is', other: 'are' }, missing)} no longer in the exports; a follow-up no longer counts them in its total, and its letter says so`,
      });
    }
  }
  return flags;
}

/**
 * The delivered signers none of whose keys is found now: not the kept row's, nor another row's, nor their name and
 * country. A line of an older version does not say whose its other keys are: there, as then, a signer is missing when
 * their kept row's key is.
 */
function signersMissing(entry: LedgerEntry, presentKeys: KeySet, presentWeakKeys: KeySet): number {
  const found = new Uint8Array(entry.keys.length);
  entry.keys.forEach((key, i) => {
    if (presentKeys.has(key)) found[i] = 1;
  });
  const groups: Array<[readonly string[] | undefined, readonly number[] | undefined, KeySet]> = [
    [entry.rowKeys, entry.rowKeysSigner, presentKeys],
    [entry.weakKeys, entry.weakKeysSigner, presentWeakKeys],
  ];
  for (const [keys, signers, present] of groups) {
    if (!keys || !signers) continue;
    keys.forEach((key, i) => {
      if (present.has(key)) found[signers[i]] = 1;
    });
  }
  return found.length - found.reduce((sum, flag) => sum + flag, 0);
}
