// The shape of one ledger line: which signers one delivered packet carried, as hashed keys only (no personal data).
import { createHash } from 'node:crypto';
import { canonicalJson } from '../text/canonical-json.js';
import type { LedgerKeyer } from './signer-secret.js';
import type { ReviewDecision } from '../dedupe/fuzzy/refine-with-fuzzy.js';

export interface LedgerEntry {
  /** The delivery id in campaign.yaml. */
  delivery: string;
  /** The delivery's date (YYYY-MM-DD), as the campaign gave it when the packet was marked delivered. */
  date: string;
  /** When the packet was marked delivered (ISO 8601, UTC). */
  markedAt: string;
  /** The target (official) id the delivery went to: with the date, what tells it from a delivery renamed in the campaign. Absent in older ledgers. */
  target?: string;
  /** The delivery it followed (`since`), if any. */
  since?: string;
  /** Signers this packet carried: the length of `keys`. */
  signers: number;
  /** The total delivered so far, this packet included (for a follow-up: the earlier ones plus this one). */
  total: number;
  /** SHA-256 over the keys, one per line, in the order listed: detects a hand-edited or damaged line. */
  keysSha256: string;
  /** The packet's signer list fingerprint and manifest hash, so a later manifest can point at this packet. */
  signerListFingerprint: string;
  manifestSha256: string;
  /** The packet fingerprint printed on its pages (src/packet/manifest/packet-fingerprint.ts); absent in older ledgers. */
  packetFingerprint?: string;
  /**
   * The review decisions the packet applied (`--decisions`): their digest (decisionsDigest) and how many. A later
   * build without the same decisions gives other signers for a reason the exports do not explain.
   */
  decisions?: { sha256: string; count: number };
  /** The exports as written in the campaign at the time, so a later removal is noticed. */
  sources: string[];
  /**
   * Names the campaign secret the keys are keyed under (src/ledger/signer-secret.ts). Absent in ledgers of older
   * versions, whose keys were plain SHA-256 hashes; openKeyedLedger re-keys those.
   */
  keyId?: string;
  /** Signer keys (src/dedupe/signer-key.ts) as the campaign's keyer keys them (HMAC-SHA-256), sorted. */
  keys: string[];
  /**
   * The weaker key (name + country, weakSignerKey) of each listed signer, keyed like `keys`, sorted,
   * one per signer (namesakes repeat it): a signer whose email, city or postcode is corrected after the delivery has another
   * key but still this one, so a follow-up does not take them for someone new. Absent in ledgers of older versions.
   */
  weakKeys?: string[];
  /**
   * The keys of the listed signers' other rows (a duplicate on another platform, another email), keyed like `keys`,
   * distinct, sorted, none of them in `keys`: when an export drops the row the list was made from, the signer is still
   * found as delivered by another of their rows. Absent in ledgers of older versions.
   */
  rowKeys?: string[];
  /**
   * Whose each of `weakKeys` and `rowKeys` is: the index in `keys` of the listed signer it belongs to, one per key, in
   * their order. With them `status` tells a signer gone from the exports (none of their keys found) from one whose
   * delivered row alone was removed. Absent in ledgers of older versions.
   */
  weakKeysSigner?: number[];
  rowKeysSigner?: number[];
  /**
   * The seal of the line written before this one (src/ledger/ledger-chain.ts), or "start" for a ledger's first line:
   * inside the MAC, so a line deleted, moved or inserted before this one is noticed. Absent in ledgers of older versions.
   */
  previousSeal?: string;
  /**
   * HMAC-SHA-256 of the line's other fields under the campaign secret (entryMac): a line edited in place, its
   * manifestSha256 rewritten for a forged packet, no longer checks. Absent in ledgers of older versions.
   */
  mac?: string;
}

/**
 * What identifies a set of review decisions, whatever the file's path, order or spreadsheet formatting: each pair by
 * the rows' content (file hash and row key, the path and row where those are missing) and its answer.
 */
export function decisionsDigest(decisions: readonly ReviewDecision[]): string {
  const side = (s: ReviewDecision['a']) => `${s.sha256 ?? s.source}:${s.rowKey ?? s.row}`;
  const lines = decisions.map((d) => [side(d.a), side(d.b)].sort().join(' ~ ') + ` ${d.decision}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Whether a build with `decisions` applies the review decisions a ledger line records (none for none). */
export function sameDecisions(entry: Pick<LedgerEntry, 'decisions'>, decisions: readonly ReviewDecision[] | undefined): boolean {
  const given = decisions?.length ? decisionsDigest(decisions) : undefined;
  return entry.decisions?.sha256 === given;
}

export function keysDigest(keys: readonly string[]): string {
  const hash = createHash('sha256');
  for (const key of keys) hash.update(`${key}\n`);
  return hash.digest('hex');
}

/** The MAC a line carries: over every field but the MAC itself, in canonical JSON. */
export function entryMac(entry: LedgerEntry, keyer: Pick<LedgerKeyer, 'mac'>): string {
  return keyer.mac(canonicalJson({ ...entry, mac: undefined }));
}

export function withMac(entry: LedgerEntry, keyer: Pick<LedgerKeyer, 'mac'>): LedgerEntry {
  return { ...entry, mac: entryMac(entry, keyer) };
}

/** The line written to the ledger: one JSON object and a newline; keys come last so the head stays readable. */
export function ledgerLine(entry: LedgerEntry): string {
  const { keys, weakKeys, rowKeys, weakKeysSigner, rowKeysSigner, ...head } = entry;
  const grouped = { ...(weakKeysSigner ? { weakKeysSigner } : {}), ...(rowKeysSigner ? { rowKeysSigner } : {}) };
  return `${JSON.stringify({ ...head, keys, ...(weakKeys ? { weakKeys } : {}), ...(rowKeys ? { rowKeys } : {}), ...grouped })}\n`;
}
