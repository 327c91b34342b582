// The signature list's inputs and outputs: one row per signer, the options a campaign chooses, and the volumes written.
import type { Writable } from 'node:stream';
import type { CertificateFacts } from './certificate-layout.js';

export interface ListEntry {
  name: string;
  city: string;
  region: string;
  postcode: string;
  /** ISO 3166-1 alpha-2, or 'unknown'. */
  country: string;
  /** Signing time, epoch milliseconds UTC; null when unknown. */
  signedAt: number | null;
  /** The signer asked not to be named: counted, and shown as "Anonymous (country)" or left out. */
  anonymous: boolean;
  /**
   * Not named because their paper sheet's privacy notice did not allow it here (they did not ask to be anonymous):
   * shown or left out as anonymous signers are, but counted apart from those who asked.
   */
  withheld?: boolean;
  /** Values of explicitly requested extra columns only (e.g. email, phone, street), keyed by column name. */
  extra?: Record<string, string>;
  /** Typed up from a paper sheet: its ID and line, so an official or auditor can find the original. */
  /**
   * datedBy: the date shown is the day the sheet was returned or printed, the line having none of its own (marked ‡ and
   * explained under the list); absent when the signer has a signing date, from this row or another of theirs.
   */
  paper?: { sheet: string; line: number; datedBy?: 'returned' | 'printed' };
}

export type Profile = 'public' | 'recipient' | 'count-only';

export interface ListOptions {
  title: string;
  target: string;
  /** public: name, city, country, date; recipient: adds region and postcode; count-only: a certificate of the count. */
  profile: Profile;
  /** Count-only: countries folded in any table of the packet, folded in the certificate too. */
  foldedCountries?: readonly string[];
  anonymous: 'show' | 'omit';
  paper: 'A4' | 'Letter';
  orientation: 'portrait' | 'landscape';
  order: 'time' | 'country' | 'name';
  /** Volumes: one per country, or one per so many signatures. Each has a cover page and a table of contents. */
  split?: { by: 'country' } | { every: number };
  /** Columns beyond the profile (email, phone, street, …), printed only when named here; values come from `extra`. */
  extraColumns?: string[];
  /** A column saying where each signature typed up from paper is ("sheet NKR-01-012-K, line 7"); set when any is. */
  paperColumn?: boolean;
  /** Fixed, so the same inputs give a byte-identical PDF. */
  creationDate: Date;
  /** Short hash of the signer list, printed on every page. */
  fingerprint: string;
  /** The packet fingerprint (manifest/packet-fingerprint.ts), printed in every page's footer when the list is part of a packet. */
  packetFingerprint?: string;
  /** The honest total of signers, anonymous ones included; must equal the number of entries. */
  totalSigners: number;
  /**
   * The signatures these signers gave, repeats included (the summary's "Signatures received"): when more than
   * totalSigners, each volume cover says how the two numbers agree. Not for a follow-up.
   */
  receivedSignatures?: number;
  /**
   * For a follow-up: the signers delivered before who are still counted, so the list says "a further 14 people, 49 in
   * all" and the total is the current tally's.
   */
  previousSigners?: number;
  /** For a follow-up: the date (YYYY-MM-DD) of the delivery it follows, which the certificate names. */
  previousDate?: string;
  /**
   * For a follow-up: signers that delivery counted whom the tally no longer counts (withdrawn, or merged on review).
   * The letters say so; the certificate and the list's volume covers say it in the same words.
   */
  previousNoLongerCounted?: number;
  /**
   * For a follow-up: some further signer signed on or before the earlier delivery's day, or has no date (build-packet
   * decides it once, for the letters and the certificate alike): the certificate then says "not included in", not
   * "signed since".
   */
  furtherSignedBefore?: boolean;
  /** The language whose date style and country names the list uses (the packet's main language); English by default. */
  language?: string;
  /** The campaign's IANA time zone, in which signing dates are days (as in the letter); UTC when absent. */
  timezone?: string;
  /** Deflate page contents (default true; tests turn it off to read the content streams). */
  compress?: boolean;
}

export interface VolumeSummary {
  title: string;
  /** Signature numbers, continuous across volumes (1-based); 0 and 0 for a volume without rows. */
  firstSignature: number;
  lastSignature: number;
  pages: number;
}

export interface SignatureListResult {
  pages: number;
  volumes: VolumeSummary[];
  /** Characters no font has (printed as U+FFFD). */
  missingCharacters: string[];
  /** Rows with a cell too long to print whole, cut to a few lines ending in "…". */
  cutRows: CutRows;
}

/** The rows with a cell cut to a few lines: how many, and the signature numbers of the first few (for the warning). */
export interface CutRows {
  count: number;
  first: number[];
}

/** Where a volume goes when volumes are separate files: call `fill` with the stream (e.g. inside writeFileAtomic). */
export type VolumeSink = (volume: { index: number; count: number; title: string }, fill: (out: Writable) => Promise<void>) => Promise<void>;

/**
 * Signers already in print order, read on demand (a spool on disk): the shape of the list is known up front, so
 * it is drawn without holding the rows. Built by src/packet/signer-spool.ts.
 */
export interface OrderedSigners {
  kind: 'ordered';
  /** The listed signers in print order (those omitted as anonymous are not in it); each call starts again. */
  rows(): AsyncIterator<ListEntry>;
  listed: number;
  omitted: number;
  /** Of the omitted, those not named as their paper sheet promised (withheld), not at their own request. */
  omittedWithheld: number;
  /** Listed signers per country: the volumes of a split by country. */
  countries: ReadonlyMap<string, number>;
  /** For the count-only certificate: every signer, anonymous ones included. */
  certificate: CertificateFacts;
}
