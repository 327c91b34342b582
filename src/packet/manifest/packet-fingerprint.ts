// The packet fingerprint: a short code over what the packet says, known before any page is drawn, printed on every page.
import { createHash } from 'node:crypto';
import type { CountBucket, Counts } from '../../types.js';
import { canonicalJson } from '../../text/canonical-json.js';

/** A file of the signature list and the signatures it holds: "signatures-vol-04.pdf", signatures 31 to 35. */
export interface ListPart {
  path: string;
  first: number;
  count: number;
}

/**
 * What the documents state in words, for the fingerprint printed at their foot to identify: the petition (title,
 * text and summary in each language), the organizer who sends it, and every letter as composed (recipient, body with
 * its figures, signature, enclosures).
 */
export interface StatedFacts {
  petition: { title: Record<string, string>; text: Record<string, string>; summary?: Record<string, string> };
  organizer: object;
  letters: readonly object[];
}

/**
 * What the fingerprint covers: what the documents state (`stated`), the manifest's figures and the signature list's files with the signatures each holds,
 * never the output files' bytes (the pages print it).
 */
export interface FingerprintedContent {
  target: string;
  delivery: string;
  privacy: string;
  createdFor: string;
  counts: Counts;
  signerListFingerprint: string;
  /**
   * signerListFingerprint of the signers the list shows as anonymous: a list printing by name someone who asked not
   * to be named is another packet. Absent in manifests written before it was covered, whose fingerprints stay as they were.
   */
  anonymousSignersFingerprint?: string;
  inputs: ReadonlyArray<{ bytes: number; sha256: string; rows?: number }>;
  follows?: { delivery: string; date: string; signers: number; signerListFingerprint: string; manifestSha256: string };
  /** Absent in manifests written before it was covered, whose fingerprints stay as they were. */
  listParts?: ListPart[];
  /** Absent in manifests written before it was covered, whose fingerprints stay as they were. */
  stated?: StatedFacts;
  /** 2: only what the delivery counts is covered (countedFigures). Absent in manifests sealed by recipe 1. */
  fingerprintRecipe?: 2;
}

/** Version of the recipe below; a change of recipe changes it, so an old fingerprint is never misread. */
const RECIPE = 'petition-courier packet fingerprint 1';
const RECIPE_2 = 'petition-courier packet fingerprint 2';
export const CURRENT_RECIPE = 2 as const;

function countedBucket({ accepted, duplicates, unique }: CountBucket): Omit<CountBucket, 'rows' | 'rejected'> {
  return { accepted, duplicates, unique };
}

function countedBuckets(buckets: Record<string, CountBucket> | undefined): Record<string, Omit<CountBucket, 'rows' | 'rejected'>> {
  // A hand-edited manifest may lack a table: it then gives another fingerprint rather than a crash.
  return Object.fromEntries(Object.entries(buckets ?? {}).filter(([, b]) => b?.accepted > 0).map(([key, b]) => [key, countedBucket(b)]));
}

/**
 * The figures of the signatures the delivery counts. Rows read and rejected are left out: a signature dated after
 * the delivery, appended to an export later, is rejected as outside the window and must not move the fingerprint of
 * a delivered packet when it is rebuilt or its press kit made.
 */
function countedFigures(counts: Counts): object {
  return {
    ...countedBucket(counts),
    duplicatesByRule: counts.duplicatesByRule,
    byCountry: countedBuckets(counts.byCountry),
    byDay: countedBuckets(counts.byDay),
    bySource: countedBuckets(counts.bySource),
    byLanguage: countedBuckets(counts.byLanguage),
    firstSigned: counts.firstSigned,
    lastSigned: counts.lastSigned,
    pendingReview: counts.pendingReview,
    uniqueLow: counts.uniqueLow,
    uniqueHigh: counts.uniqueHigh,
    comparedPairs: counts.comparedPairs,
  };
}

/**
 * 16 hex digits in groups of four ("3F2A-91C0-77DE-0B14"), short enough to type from paper. Recipe 1 (manifests
 * without `fingerprintRecipe`) covered the inputs' contents (size, SHA-256, rows read) but not their paths; recipe 2
 * covers only what the delivery counts.
 */
export function packetFingerprint(content: FingerprintedContent): string {
  const covered = content.fingerprintRecipe === 2 ? {
    recipe: RECIPE_2,
    target: content.target,
    delivery: content.delivery,
    privacy: content.privacy,
    createdFor: content.createdFor,
    // The exports' bytes are left out (the manifest lists them for `verify --inputs`): the signers are covered by
    // signerListFingerprint and their figures by countedFigures.
    counts: countedFigures(content.counts),
    signerListFingerprint: content.signerListFingerprint,
    ...(content.anonymousSignersFingerprint !== undefined ? { anonymousSignersFingerprint: content.anonymousSignersFingerprint } : {}),
    follows: content.follows ?? null,
    listParts: content.listParts?.map(({ path, first, count }) => ({ path, first, count })),
    stated: content.stated,
  } : {
    recipe: RECIPE,
    target: content.target,
    delivery: content.delivery,
    privacy: content.privacy,
    createdFor: content.createdFor,
    counts: content.counts,
    signerListFingerprint: content.signerListFingerprint,
    inputs: content.inputs.map(({ bytes, sha256, rows }) => ({ bytes, sha256, rows: rows ?? null })),
    follows: content.follows ?? null,
    // A volume deleted with its manifest lines changes the fingerprint the official holds on paper.
    listParts: content.listParts?.map(({ path, first, count }) => ({ path, first, count })),
    // A reversed petition text or another sender would otherwise carry the fingerprint of the genuine packet.
    stated: content.stated,
  };
  const hex = createHash('sha256').update(canonicalJson(covered)).digest('hex').slice(0, 16).toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

/** A fingerprint as someone typed it from paper: any case, with or without dashes and spaces. Null if it is not one. */
export function readTypedFingerprint(typed: string): string | null {
  const hex = typed.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-F]{16}$/.test(hex) ? hex.match(/.{4}/g)!.join('-') : null;
}
