// Which of today's signers an earlier delivery carried. A signer's key (src/dedupe/signer-key.ts) settles it when it
// is in the ledger. A signer is keyed by their email, or without one by name + postcode/city + country, so one whose
// email was added, removed or changed, or whose city or postcode was corrected, after the delivery has a new key; the
// ledger's weak keys (name + country) still find them.
// A weak key alone cannot tell that signer from a namesake (김민수 of Busan after 김민수 of Seoul), so such a row is
// held back from the new signers (the letter never states a person twice) and named, until the campaign's
// `namesakes` decision says which it is.
import { signerKey, weakSignerKey } from '../dedupe/signer-key.js';
import { msg, withText } from '../i18n/message.js';
import { english } from '../i18n/translator.js';
import type { Problem, Signature } from '../types.js';
import type { DeliveredBefore } from './delivered-before.js';
import { UndatedRows, type Undated } from '../pipeline/undated-rows.js';
import { firstOfMany } from '../text/first-of-many.js';

/**
 * `"FILE:ROW:CHECK"` (the source as the campaign writes it, the data row, and the row's check: the first hex digits of
 * its keyed weak key) → what the organizer decided the row is. The check keeps a decision to its person: after an
 * export is sorted again, another signer at that row number does not take it.
 */
export type NamesakeDecisions = Readonly<Record<string, 'same-person' | 'new-person'>>;

/** A row that matches a delivered signer by name and country only, and no decision says whom it is. */
export interface UnsettledNamesake {
  source: string;
  row: number;
  /** The row's check, for the decision's key (NamesakeDecisions). */
  check: string;
}

/** Hex digits of a row's keyed weak key in a namesakes decision's key: enough to tell the people of one file apart. */
export const CHECK_DIGITS = 6;

/** The key a namesakes decision is written under for this row. */
export function decisionKey(source: string, row: number, check: string): string {
  return `${source}:${row}:${check}`;
}

interface WeakRow {
  cluster: number;
  weak: string;
  source: string;
  row: number;
}

/** A row's weak key (weakSignerKey) keyed as the ledger keys it, or null when the row has none (no name). */
export function keyedWeakKey(signature: Signature, key: (stableKey: string) => string): string | null {
  const basis = weakSignerKey(signature);
  return basis === null ? null : key(basis);
}

/** Rows named in the warning; the rest are counted in it. */
const ROWS_SHOWN = 10;

/** Fed every accepted row with its dedupe cluster, then asked which clusters were delivered. */
export class DeliveredMatcher {
  private readonly byKey: Uint8Array;
  private readonly weakRows: WeakRow[] = [];
  /** Rows counted without a date (scan-sources.ts), to be named only when this delivery is the one that counts them. */
  private readonly undatedRows: Array<{ cluster: number; source: string; row: number; line: number; kind: Undated }> = [];
  /** The namesakes decisions some row of today's exports answers to: the others name no row (a path spelled otherwise, a re-sorted export). */
  private readonly answered = new Set<string>();
  private readonly hasDecisions: boolean;

  constructor(private readonly before: Pick<DeliveredBefore, 'keys' | 'weakKeys'>, private readonly key: (stableKey: string) => string, signers: number, private readonly decisions: NamesakeDecisions = {}) {
    this.byKey = new Uint8Array(signers);
    this.hasDecisions = Object.keys(decisions).length > 0;
  }

  /**
   * Whether row() looks at a row's weak key (the ledger holds weak keys, or namesakes decisions name rows): a caller
   * that keys each row's weak key anyway passes it in, so no row's is made twice.
   */
  get wantsWeakKey(): boolean {
    return this.before.weakKeys.size > 0 || this.hasDecisions;
  }

  /**
   * `key` is the row's ledger key, when the caller has it already; `undated` the scan's word that no date places the
   * row; `weak` its keyed weak key (null: the row has none), when the caller has it already.
   */
  row(signature: Signature, cluster: number, key = this.key(signerKey(signature)), undated?: Undated, weak: string | null | undefined = undefined): void {
    if (this.before.keys.has(key)) this.byKey[cluster] = 1;
    if (undated) this.undatedRows.push({ cluster, source: signature.source, row: signature.row, line: signature.line, kind: undated });
    if (!this.wantsWeakKey) return;
    if (weak === undefined) weak = keyedWeakKey(signature, this.key);
    if (weak === null) return;
    if (this.hasDecisions) {
      const decision = decisionKey(signature.source, signature.row, weak.slice(0, CHECK_DIGITS));
      if (Object.hasOwn(this.decisions, decision)) this.answered.add(decision);
    }
    if (this.before.weakKeys.has(weak)) this.weakRows.push({ cluster, weak, source: signature.source, row: signature.row });
  }

  /**
   * One flag per cluster (1: delivered before), and the rows held back undecided. A weak key is looked at only while
   * fewer of today's signers found by their full key carry it than delivered signers had it: a delivered 김민수 still
   * in the export as delivered leaves a new 김민수 new.
   */
  finish(): { delivered: Uint8Array; unsettled: UnsettledNamesake[]; undated: UndatedRows; unmatched: string[] } {
    const delivered = this.byKey.slice();
    const found = new Map<string, Set<number>>();
    for (const r of this.weakRows) {
      if (this.byKey[r.cluster] !== 1) continue;
      const clusters = found.get(r.weak) ?? new Set<number>();
      clusters.add(r.cluster);
      found.set(r.weak, clusters);
    }
    const held: WeakRow[] = [];
    const settled = new Set<number>();
    for (const r of this.weakRows) {
      if (this.byKey[r.cluster] === 1) continue;
      if ((this.before.weakKeys.get(r.weak) ?? 0) <= (found.get(r.weak)?.size ?? 0)) continue;
      const decision = this.decisions[decisionKey(r.source, r.row, r.weak.slice(0, CHECK_DIGITS))];
      if (decision === 'new-person') continue;
      delivered[r.cluster] = 1;
      if (decision === 'same-person') settled.add(r.cluster);
      else held.push(r);
    }
    // An undated signer an earlier delivery carried was counted and named there: this one says nothing of them.
    const undated = new UndatedRows();
    for (const r of this.undatedRows) if (delivered[r.cluster] !== 1) undated.add(r.source, r.row, r.line, r.kind);
    const unmatched = Object.keys(this.decisions).filter((key) => !this.answered.has(key));
    return { delivered, unsettled: held.filter((r) => !settled.has(r.cluster)).map(({ source, row, weak }) => ({ source, row, check: weak.slice(0, CHECK_DIGITS) })), undated, unmatched };
  }
}

/** The warning about rows held back: which, why, and the lines of campaign.yaml that settle them. */
export function namesakeProblems(unsettled: readonly UnsettledNamesake[], since: string, campaignFile: string): Problem[] {
  if (unsettled.length === 0) return [];
  const [first] = unsettled;
  const rows = firstOfMany(unsettled.slice(0, ROWS_SHOWN).map((r) => decisionKey(r.source, r.row, r.check)), unsettled.length);
  const text = msg('ledger.namesakes-held', { count: unsettled.length, rows, since, file: campaignFile, first: decisionKey(first.source, first.row, first.check) });
  return [withText({ source: first.source, row: first.row, code: 'delivered_namesake', message: english().say(text) }, text)];
}

/**
 * The warning about namesakes decisions no row of today's exports answers to (FILE:ROW:CHECK names no row: the path
 * spelled otherwise than the campaign's source, or the export sorted again so the row moved): ignored silently, the
 * organizer would think the row decided while it stays held back, or counted again.
 */
export function unmatchedNamesakeProblems(unmatched: readonly string[], campaignFile: string): Problem[] {
  if (unmatched.length === 0) return [];
  const text = msg('ledger.namesakes-unmatched', { count: unmatched.length, keys: firstOfMany(unmatched.slice(0, ROWS_SHOWN).map((key) => JSON.stringify(key)), unmatched.length), file: campaignFile });
  return [withText({ source: campaignFile, code: 'namesake_unmatched', message: english().say(text) }, text)];
}

/** The one-line note for a chain an older version wrote: its signers whose address was corrected since are not recognised. */
export function withoutWeakKeysProblems(before: Pick<DeliveredBefore, 'withoutWeakKeys'>, ledgerFile: string): Problem[] {
  if (before.withoutWeakKeys.length === 0) return [];
  const text = msg('ledger.without-weak-keys', { deliveries: before.withoutWeakKeys.map((e) => e.delivery).join(', '), count: before.withoutWeakKeys.length });
  return [withText({ source: ledgerFile, code: 'ledger_without_weak_keys', message: english().say(text) }, text)];
}
