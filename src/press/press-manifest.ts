// The press kit's manifest.json. It sits in the public press folder, so it carries only what the kit itself prints
// (the decided total, the number of countries, the countries it names) and what verify needs: the kit's files with
// their hashes and the packet fingerprint. The packet's full counts (per country, day, language, source) and its
// input paths stay in the packet's manifest: "1 signer from China" in a public file can point at a person.
import type { Counts } from '../types.js';
import type { Delivery } from '../campaign/campaign-schema.js';
import type { Manifest, ManifestFile } from '../packet/manifest/build-manifest.js';
import { publicCountries } from './press-facts.js';

export interface PressManifest {
  kit: 'press';
  tool: { name: string; version: string };
  campaign: string;
  target: string;
  delivery: string;
  privacy: string;
  createdFor: string;
  /** The figures the posters, cards and releases state. */
  figures: { signers: number; countries: number; topCountries: string[] };
  outputs: ManifestFile[];
  /** Every file the kit is made of, so that verify misses one deleted with its line in `outputs`. */
  parts: string[];
  /** The delivered packet's fingerprint (printed on its pages, recorded in the ledger): what ties the kit to it. */
  packetFingerprint: string;
}

export interface PressManifestInput {
  sealed: Omit<Manifest, 'outputs' | 'packetFingerprint' | 'parts'>;
  packetFingerprint: string;
  delivery: Pick<Delivery, 'privacy'>;
  counts: Counts;
  facts: { signers: number; countries: number };
  outputs: ManifestFile[];
}

export function buildPressManifest({ sealed, packetFingerprint, delivery, counts, facts, outputs }: PressManifestInput): PressManifest {
  return {
    kit: 'press',
    tool: { name: sealed.tool.name, version: sealed.tool.version },
    // The campaign file's name, not the path it was built from (which can name a person's home folder).
    campaign: sealed.campaign.replaceAll('\\', '/').split('/').pop() ?? sealed.campaign,
    target: sealed.target,
    delivery: sealed.delivery,
    privacy: sealed.privacy,
    createdFor: sealed.createdFor,
    figures: { signers: facts.signers, countries: facts.countries, topCountries: publicCountries(counts, delivery) },
    outputs: outputs.map(({ path, bytes, sha256, pages }) => ({ path: path.replaceAll('\\', '/'), bytes, sha256, ...(pages !== undefined ? { pages } : {}) })),
    parts: outputs.map(({ path }) => path.replaceAll('\\', '/')),
    packetFingerprint,
  };
}
