// Builds manifest.json: what went into the packet, what came out, and the counts, with a hash for every file.
import type { Counts } from '../../types.js';
import { CURRENT_RECIPE, packetFingerprint, type FingerprintedContent } from './packet-fingerprint.js';

export { signerListFingerprint } from './signer-list-fingerprint.js';

export interface ManifestFile {
  /** Inputs: the path as the user gave it. Outputs: relative to the packet folder, with '/' separators. */
  path: string;
  bytes: number;
  sha256: string;
  rows?: number;
  pages?: number;
}

export interface Manifest {
  tool: { name: string; version: string };
  campaign: string;
  target: string;
  /** When and where the packet is delivered (also the PDFs' fixed creation date). */
  delivery: string;
  /** The privacy profile the signature list was printed with. */
  privacy: string;
  createdFor: string;
  counts: Counts;
  inputs: ManifestFile[];
  outputs: ManifestFile[];
  /**
   * Every file the build wrote, each of which the packet (or kit) requires: letters, every volume of the list, a
   * follow-up's list, the press kit's files. `verify` requires each to be listed and present, and guesses none.
   */
  parts: string[];
  signerListFingerprint: string;
  /** The signers shown as anonymous (FingerprintedContent); absent in manifests written before it was covered. */
  anonymousSignersFingerprint?: string;
  /** The signature list's files (one, or a volume each) and the signatures each holds; none when no list is enclosed. */
  listParts?: FingerprintedContent['listParts'];
  /** For a follow-up: the packet it follows, as the ledger recorded it. */
  follows?: FingerprintedContent['follows'];
  /** What the petition text and the letters state in words: the petition, the organizer, each letter. */
  stated?: FingerprintedContent['stated'];
  /** What the pages could not print as written (manifest-warnings.ts); not covered by the fingerprint. */
  warnings?: string[];
  /** The recipe packetFingerprint used; absent in manifests sealed by recipe 1. */
  fingerprintRecipe?: FingerprintedContent['fingerprintRecipe'];
  /** packetFingerprint() of the fields above but `warnings`: printed on every page, recorded in the ledger. */
  packetFingerprint: string;
}

export const MANIFEST_FILE = 'manifest.json';

/** Fixes the key order, so the same packet always gives the same manifest bytes. */
function file({ path, bytes, sha256, rows, pages }: ManifestFile): ManifestFile {
  return { path, bytes, sha256, ...(rows !== undefined ? { rows } : {}), ...(pages !== undefined ? { pages } : {}) };
}

export function buildManifest(input: Omit<Manifest, 'packetFingerprint' | 'parts' | 'fingerprintRecipe'>): Manifest {
  const outputs = input.outputs.map((output) => file({ ...output, path: output.path.replaceAll('\\', '/') }));
  const listed = outputs.find((o) => o.path === MANIFEST_FILE);
  if (listed) throw new Error('manifest.json cannot list itself as an output');
  const inputs = input.inputs.map(file);
  const content = { ...input, inputs, outputs, fingerprintRecipe: CURRENT_RECIPE } as const;
  return {
    tool: { name: input.tool.name, version: input.tool.version },
    campaign: input.campaign,
    target: input.target,
    delivery: input.delivery,
    privacy: input.privacy,
    createdFor: input.createdFor,
    counts: input.counts,
    inputs,
    outputs,
    parts: outputs.map((output) => output.path),
    ...(input.listParts ? { listParts: input.listParts } : {}),
    signerListFingerprint: input.signerListFingerprint,
    ...(input.anonymousSignersFingerprint !== undefined ? { anonymousSignersFingerprint: input.anonymousSignersFingerprint } : {}),
    ...(input.follows ? { follows: input.follows } : {}),
    ...(input.stated ? { stated: input.stated } : {}),
    ...(input.warnings?.length ? { warnings: input.warnings } : {}),
    fingerprintRecipe: CURRENT_RECIPE,
    packetFingerprint: packetFingerprint(content),
  };
}

/** The manifest as written to disk: two-space JSON with a final newline. */
export function manifestText(manifest: object): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
