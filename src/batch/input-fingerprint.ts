// One hash of everything a packet is built from: when it is unchanged, so is the packet, and batch skips it.
import { createHash } from 'node:crypto';

export interface PacketInputs {
  toolVersion: string;
  /** SHA-256 of the campaign file's bytes. */
  campaignSha256: string;
  /** Each export as written in the campaign, with the SHA-256 of its bytes, in campaign order. */
  sources: Array<{ path: string; sha256: string }>;
  delivery: string;
  /** The absolute packet folder. */
  outDir: string;
  /** SHA-256 of the decisions file, or null. */
  decisionsSha256: string | null;
  exact: boolean;
  /** For a follow-up: the keys digests of the ledger entries it depends on, nearest first. */
  ledgerChain: string[];
}

export function inputFingerprint(inputs: PacketInputs): string {
  // A fixed key order, so the same inputs always give the same hash.
  const canonical = JSON.stringify([
    inputs.toolVersion, inputs.campaignSha256, inputs.sources.map((s) => [s.path, s.sha256]), inputs.delivery,
    inputs.outDir, inputs.decisionsSha256, inputs.exact, inputs.ledgerChain,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
