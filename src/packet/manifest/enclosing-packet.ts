// A press kit built into its packet folder (press/ beside the packet's manifest.json, as batch and packet write it
// for `press: true`) is listed, manifest and all, in the packet's manifest: the ledger pins that manifest, so it pins
// the kit's bytes too. A kit built on its own has no such anchor: its figures and files are its own word.
import { createHash } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { MANIFEST_FILE } from './build-manifest.js';
import { readRegularFile } from '../../output/read-regular-file.js';

export interface EnclosingPacket {
  /** SHA-256 of the packet's manifest.json, as the ledger records it when the packet is marked delivered. */
  manifestSha256: string;
  /** What the packet's manifest lists for the kit's manifest.json. */
  listedSha256: string;
}

/** The packet whose manifest lists this kit folder's manifest.json, or null when the kit stands on its own. */
export async function enclosingPacket(kitDir: string): Promise<EnclosingPacket | null> {
  const folder = resolve(kitDir);
  const packetDir = dirname(folder);
  if (packetDir === folder) return null;
  let text: Buffer;
  try {
    text = await readRegularFile(join(packetDir, MANIFEST_FILE));
  } catch {
    return null;
  }
  let outputs: unknown;
  try {
    outputs = (JSON.parse(text.toString('utf8')) as { outputs?: unknown }).outputs;
  } catch {
    return null;
  }
  if (!Array.isArray(outputs)) return null;
  const kitManifest = `${basename(folder)}/${MANIFEST_FILE}`;
  const listed = outputs.find((output): output is { sha256: string } => typeof output?.path === 'string' && output.path === kitManifest && typeof output.sha256 === 'string');
  if (!listed) return null;
  return { manifestSha256: createHash('sha256').update(text).digest('hex'), listedSha256: listed.sha256 };
}
